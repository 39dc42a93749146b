/**
 * The compliance page's named queries on the bundled dataset (@duckdb/node-api), checked against
 * data/default/findings.json and records.json: matrix counts by rule × year, failing-report counts and pages,
 * every finding's evidence cells (values and raw text as the record has them, also from the wide reports row when
 * the dataset has no cells rows), and the export's rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	complianceExport,
	complianceFindings,
	complianceMatrix,
	complianceReports,
	complianceSummary,
	lateMissing,
	type RowOf
} from '../../../src/lib/db/queries';
import type { QueryRunner } from '../../../src/lib/db/runner';
import type { AnnualReport, Finding } from '../../../src/lib/report/schema';
import { DEFAULT_DIR, HAS_DEFAULT, openNode } from './helpers';

const read = <T>(name: string) => JSON.parse(readFileSync(join(DEFAULT_DIR, name), 'utf8')) as T;
const FINDINGS = HAS_DEFAULT ? read<Finding[]>('findings.json') : [];
const RECORDS = HAS_DEFAULT ? read<AnnualReport[]>('records.json') : [];
const YEARS = FINDINGS.map((f) => f.year).concat(RECORDS.map((r) => r.year));
const ALL = { yearFrom: Math.min(...YEARS), yearTo: Math.max(...YEARS), scope: 'all' as const };

const tally = <T>(items: readonly T[], key: (t: T) => string) => {
	const m: Record<string, number> = {};
	for (const i of items) m[key(i)] = (m[key(i)] ?? 0) + 1;
	return m;
};
/** A cell of a record by its dotted path ({ value, raw }), or undefined when the record has no such cell. */
function cellOf(record: AnnualReport, path: string): { value: number | null; raw: string } | undefined {
	let node: unknown = record;
	for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
	return node && typeof node === 'object' && 'raw' in node ? (node as { value: number | null; raw: string }) : undefined;
}

describe.skipIf(!HAS_DEFAULT)('compliance queries on the bundled dataset', { timeout: 120_000 }, () => {
	let node: Awaited<ReturnType<typeof openNode>>;
	let runner: QueryRunner;
	beforeAll(async () => {
		node = await openNode();
		runner = node.runner;
	});
	afterAll(() => node?.close());

	it('matrix: findings by rule × year equal findings.json, at every region level', async () => {
		const expected = tally(FINDINGS, (f) => `${f.rule}|${f.year}`);
		for (const regionLevel of ['province', 'city', 'county'] as const) {
			const rows = await runner.query(complianceMatrix, { ...ALL, regionLevel });
			const got: Record<string, number> = {};
			for (const r of rows) got[`${r.rule}|${r.year}`] = (got[`${r.rule}|${r.year}`] ?? 0) + r.findings;
			expect(got, regionLevel).toEqual(expected);
			for (const r of rows) expect(r.errors + r.warnings + r.infos).toBe(r.findings);
		}
		// One year, one rule: the same numbers.
		const y = FINDINGS[0]!.year;
		const rows = await runner.query(complianceMatrix, { ...ALL, yearFrom: y, yearTo: y, regionLevel: 'province' });
		expect(rows.every((r) => r.year === y)).toBe(true);
		expect(rows.reduce((s, r) => s + r.findings, 0)).toBe(FINDINGS.filter((f) => f.year === y).length);
	});

	it('summary: findings, failing reports (report × year), agencies and severities equal findings.json', async () => {
		const [all] = await runner.query(complianceSummary, ALL);
		expect(all).toEqual({
			findings: FINDINGS.length,
			errors: FINDINGS.filter((f) => f.severity === 'error').length,
			warnings: FINDINGS.filter((f) => f.severity === 'warning').length,
			infos: FINDINGS.filter((f) => f.severity === 'info').length,
			reports: new Set(FINDINGS.map((f) => `${f.recordId}|${f.year}`)).size,
			agencies: new Set(FINDINGS.map((f) => f.agencyId)).size
		});
		const some = FINDINGS.filter((f) => f.rule === 'T3_BALANCE' && f.severity === 'error');
		const [one] = await runner.query(complianceSummary, { ...ALL, rule: 'T3_BALANCE', severity: 'error' });
		expect(one!.findings).toBe(some.length);
		expect(one!.reports).toBe(new Set(some.map((f) => `${f.recordId}|${f.year}`)).size);
		const [none] = await runner.query(complianceSummary, { ...ALL, rule: 'T3_BALANCE', severity: 'info' });
		expect(none!.findings).toBe(FINDINGS.filter((f) => f.rule === 'T3_BALANCE' && f.severity === 'info').length);
	});

	it('failing reports: the pages list every report × year once, with its counts and rules; sorted as asked', async () => {
		const [sum] = await runner.query(complianceSummary, ALL);
		const pages: RowOf<typeof complianceReports>[] = [];
		for (let offset = 0; offset < sum!.reports; offset += 7) pages.push(...(await runner.query(complianceReports, { ...ALL, limit: 7, offset })));
		expect(pages).toHaveLength(sum!.reports);
		expect(new Set(pages.map((r) => `${r.report_id}|${r.year}`)).size).toBe(pages.length);
		for (const r of pages) {
			const fs = FINDINGS.filter((f) => f.recordId === r.report_id && f.year === r.year);
			expect(r.findings).toBe(fs.length);
			expect(r.errors).toBe(fs.filter((f) => f.severity === 'error').length);
			expect(r.warnings).toBe(fs.filter((f) => f.severity === 'warning').length);
			expect(r.infos).toBe(fs.filter((f) => f.severity === 'info').length);
			expect(r.rules).toEqual([...new Set(fs.map((f) => f.rule))].sort());
			expect(r.missing).toBe(fs.every((f) => f.rule === 'MISSING'));
		}
		const errors = pages.map((r) => r.errors);
		expect(errors).toEqual([...errors].sort((a, b) => b - a));
		const byAgency = await runner.query(complianceReports, { ...ALL, sort: 'agency', desc: false, limit: 1000 });
		const names = byAgency.map((r) => r.agency_name);
		expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		const byYear = await runner.query(complianceReports, { ...ALL, sort: 'year', desc: false, limit: 1000 });
		expect(byYear[0]!.year).toBe(Math.min(...FINDINGS.map((f) => f.year)));
		// Severity and rule filters: only reports with such findings, counting only those.
		const warn = await runner.query(complianceReports, { ...ALL, severity: 'warning', rule: 'AMBIGUOUS_SPLIT', limit: 1000 });
		const expected = tally(
			FINDINGS.filter((f) => f.severity === 'warning' && f.rule === 'AMBIGUOUS_SPLIT'),
			(f) => `${f.recordId}|${f.year}`
		);
		expect(Object.fromEntries(warn.map((r) => [`${r.report_id}|${r.year}`, r.findings]))).toEqual(expected);
	});

	it('drill-in: every failing report’s findings, each cell with the record’s value and raw text', async () => {
		const rows = await runner.query(complianceReports, { ...ALL, limit: 1000 });
		const byId = new Map(RECORDS.map((r) => [r.id, r]));
		let cells = 0;
		for (const r of rows) {
			const got = await runner.query(complianceFindings, { reportId: r.report_id, year: r.year });
			const want = FINDINGS.filter((f) => f.recordId === r.report_id && f.year === r.year);
			expect(got.map((f) => f.rule).sort()).toEqual(want.map((f) => f.rule).sort());
			const record = byId.get(r.report_id)!;
			for (const f of got) {
				const source = want.find((w) => w.rule === f.rule && w.message.zh === f.message_zh)!;
				expect(source, f.finding_id).toBeDefined();
				expect(f.cells.map((c) => c.path)).toEqual(source.paths);
				for (const c of f.cells) {
					const cell = cellOf(record, c.path);
					expect(c.source).toBe('cells');
					expect(c.value, `${f.finding_id} ${c.path}`).toBe(cell?.value ?? null);
					if (cell) expect(c.raw).toBe(cell.raw);
					cells++;
				}
			}
		}
		expect(cells).toBe(FINDINGS.reduce((s, f) => s + f.paths.length, 0));
	});

	it('drill-in without a cells table: values from the wide reports row, raw text unknown', async () => {
		const bare = await openNode();
		try {
			await bare.conn.run('CREATE OR REPLACE VIEW cells AS SELECT * FROM g.cells WHERE false');
			const f = FINDINGS.find((x) => x.paths.length > 3 && x.rule === 'T3_OUTCOME_SUM')!;
			const record = RECORDS.find((r) => r.id === f.recordId)!;
			const got = await bare.runner.query(complianceFindings, { reportId: f.recordId, year: f.year, rule: f.rule });
			const one = got.find((g) => g.message_zh === f.message.zh)!;
			expect(one.cells.map((c) => c.path)).toEqual(f.paths);
			for (const c of one.cells) {
				expect(c.source).toBe('reports');
				expect(c.raw).toBeNull();
				expect(c.value).toBe(cellOf(record, c.path)?.value ?? null);
			}
		} finally {
			bare.close();
		}
	});

	it('export: every finding of the filters, not one page', async () => {
		const all = await runner.query(complianceExport, ALL);
		expect(all).toHaveLength(FINDINGS.length);
		const key = (f: { rule: string; year: number; message: string }) => `${f.rule}|${f.year}|${f.message}`;
		expect(all.map((r) => key({ rule: r.rule, year: r.year, message: r.message_zh })).sort()).toEqual(FINDINGS.map((f) => key({ rule: f.rule, year: f.year, message: f.message.zh })).sort());
		const y = 2021;
		const some = await runner.query(complianceExport, { ...ALL, yearFrom: y, yearTo: y, severity: 'error' });
		expect(some).toHaveLength(FINDINGS.filter((f) => f.year === y && f.severity === 'error').length);
		for (const r of some) expect(FINDINGS.some((f) => f.recordId === r.report_id && f.rule === r.rule && f.message.en === r.message_en && f.paths.join() === r.paths.join())).toBe(true);
	});

	it('late-missing: the TIMELINESS and MISSING findings', async () => {
		const rows = await runner.query(lateMissing, ALL);
		expect(tally(rows, (r) => `${r.rule}|${r.year}`)).toEqual(tally(FINDINGS.filter((f) => f.rule === 'TIMELINESS' || f.rule === 'MISSING'), (f) => `${f.rule}|${f.year}`));
	});
});
