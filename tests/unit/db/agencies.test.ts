/**
 * The queries of /agencies and /agencies/[id] on the bundled dataset (@duckdb/node-api), checked against
 * data/default/records.json and findings.json: the record rebuilt from report-record + report-cells equals the
 * original for every report; report-findings lists a report's findings; agency-detail; agency-list's findings totals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutCells } from '../../../src/lib/dataset/columns';
import { recordFromRows } from '../../../src/lib/dataset/record';
import { agencyDetail, agencyList, reportCells, reportFindings, reportRecord } from '../../../src/lib/db/queries';
import type { QueryRunner } from '../../../src/lib/db/runner';
import { cellAt } from '../../../src/lib/report/paths';
import type { AnnualReport, Finding } from '../../../src/lib/report/schema';
import { DEFAULT_DIR, HAS_DEFAULT, openNode } from './helpers';

const read = <T>(name: string) => JSON.parse(readFileSync(join(DEFAULT_DIR, name), 'utf8')) as T;

describe.skipIf(!HAS_DEFAULT)('agency queries on the bundled dataset', () => {
	let node: Awaited<ReturnType<typeof openNode>>;
	let runner: QueryRunner;
	const records = HAS_DEFAULT ? read<AnnualReport[]>('records.json') : [];
	const findings = HAS_DEFAULT ? read<Finding[]>('findings.json') : [];

	beforeAll(async () => {
		node = await openNode();
		runner = node.runner;
	});
	afterAll(() => node?.close());

	it('report-record + report-cells rebuild every bundled report with its cells as published', { timeout: 120_000 }, async () => {
		expect(records.length).toBeGreaterThan(100);
		for (const r of records) {
			const [row] = await runner.query(reportRecord, { reportId: r.id });
			expect(row, r.id).toBeDefined();
			const cells = await runner.query(reportCells, { reportId: r.id });
			const back = recordFromRows(row!, cells);
			for (const c of layoutCells(r.layout)) expect(cellAt(back, c.path), `${r.id} ${c.path}`).toEqual(cellAt(r, c.path));
			expect(back.source, r.id).toEqual(r.source);
			expect(back.agency.id, r.id).toBe(r.agency.id);
			expect(back.publishedAt, r.id).toBe(r.publishedAt);
		}
		expect(await runner.query(reportRecord, { reportId: 'no-such-report' })).toEqual([]);
	});

	it('report-findings: every finding of a report, in the order the rules gave them', { timeout: 60_000 }, async () => {
		const byReport = new Map<string, Finding[]>();
		for (const f of findings) byReport.set(f.recordId, [...(byReport.get(f.recordId) ?? []), f]);
		let total = 0;
		for (const r of records) {
			const rows = await runner.query(reportFindings, { reportId: r.id });
			const expected = byReport.get(r.id) ?? [];
			total += rows.length;
			expect(rows.map((f) => [f.rule, f.severity, f.paths, f.message_zh]), r.id).toEqual(expected.map((f) => [f.rule, f.severity, f.paths, f.message.zh]));
			expect(rows.map((f) => f.expected), r.id).toEqual(expected.map((f) => (f.expected === null ? null : String(f.expected))));
		}
		expect(total).toBe(findings.length);
	});

	it('agency-detail: the registry name and aliases of a renamed agency; nothing for an unknown id', async () => {
		const [a] = await runner.query(agencyDetail, { agencyId: 'fj-pingtan-touzicujin' });
		expect(a?.name).toContain('投资促进');
		expect(a?.aliases.some((n) => n.includes('国有资产管理局'))).toBe(true);
		const names = new Set(records.filter((r) => r.agency.id === 'fj-pingtan-touzicujin').map((r) => r.agency.name));
		for (const n of names) expect([a!.name, ...a!.aliases]).toContain(n);
		expect(await runner.query(agencyDetail, { agencyId: 'no-such-agency' })).toEqual([]);
	});

	it('agency-list: findings and errors per agency over the years, MISSING findings included', { timeout: 60_000 }, async () => {
		for (const [from, to] of [
			[2019, 2025],
			[2021, 2022]
		] as const) {
			const rows = await runner.query(agencyList, { yearFrom: from, yearTo: to });
			for (const a of rows) {
				const mine = findings.filter((f) => f.agencyId === a.id && f.year >= from && f.year <= to);
				expect(a.findings, `${a.id} ${from}`).toBe(mine.length);
				expect(a.errors, `${a.id} ${from}`).toBe(mine.filter((f) => f.severity === 'error').length);
				const reports = records.filter((r) => r.agency.id === a.id && r.year >= from && r.year <= to);
				expect(a.reports).toBe(reports.length);
				for (const p of a.series) {
					const inYear = reports.filter((r) => r.year === p.year).map((r) => r.applications.newReceived.total.value);
					expect(p.new_received, `${a.id} ${p.year}`).toBe(inYear.every((v) => v === null) ? null : inYear.reduce<number>((s, v) => s + (v ?? 0), 0));
				}
			}
			expect(rows.reduce((n, a) => n + a.findings, 0)).toBe(findings.filter((f) => f.year >= from && f.year <= to && rows.some((a) => a.id === f.agencyId)).length);
		}
	});
});
