/**
 * The briefing's key figures over the bundled dataset (@duckdb/node-api, the same named queries as the page): every
 * year and the total equal a direct computation from data/default/records.json, for the default scope (area-wide
 * reports left out) and for all reports; the findings line counts findings.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingsSummary, overviewKpis } from '../../../src/lib/db/queries';
import { findingsTotals, keyFigures, type KeyFigures } from '../../../src/lib/print';
import type { AnnualReport, Finding } from '../../../src/lib/report/schema';
import { DEFAULT_DIR, HAS_DEFAULT, openNode } from '../db/helpers';

const read = <T>(name: string) => JSON.parse(readFileSync(join(DEFAULT_DIR, name), 'utf8')) as T;

type Get = (r: AnnualReport) => number | null | undefined;
const sum = (rs: AnnualReport[], get: Get) =>
	rs.reduce<number | null>((s, r) => {
		const v = get(r) ?? null;
		return v === null ? s : (s ?? 0) + v;
	}, null);
const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

/** The key figures' counts straight from the records. */
function expected(rs: AnnualReport[]): Omit<KeyFigures, 'year' | 'disclosedShare' | 'refusedShare'> {
	const rl = (k: 'review' | 'litigationDirect' | 'litigationAfterReview', f: 'total' | 'corrected') => sum(rs, (r) => r.reviewLitigation[k][f].value);
	return {
		newReceived: sum(rs, (r) => r.applications.newReceived.total.value),
		carriedOver: sum(rs, (r) => r.applications.carriedOver.total.value),
		processed: sum(rs, (r) => r.applications.results.totalProcessed.total.value),
		reviews: rl('review', 'total'),
		lawsuits: add(rl('litigationDirect', 'total'), rl('litigationAfterReview', 'total')),
		corrected: add(rl('review', 'corrected'), add(rl('litigationDirect', 'corrected'), rl('litigationAfterReview', 'corrected')))
	};
}
const counts = ({ year: _y, disclosedShare: _d, refusedShare: _r, ...rest }: KeyFigures) => rest;

describe.skipIf(!HAS_DEFAULT)('key figures on the bundled dataset', () => {
	let node: Awaited<ReturnType<typeof openNode>>;
	const records = HAS_DEFAULT ? read<AnnualReport[]>('records.json') : [];
	const findings = HAS_DEFAULT ? read<Finding[]>('findings.json') : [];
	beforeAll(async () => {
		node = await openNode();
	});
	afterAll(() => node?.close());

	for (const scope of ['agencies', 'all'] as const) {
		it(`every year and the total equal records.json (scope ${scope})`, async () => {
			const range = { yearFrom: 2019, yearTo: 2025 };
			const rows = await node.runner.query(overviewKpis, { ...range, scope });
			const fig = keyFigures(rows, range);
			const kept = records.filter((r) => scope === 'all' || r.agency.kind !== 'area');
			expect(fig.years.map((f) => f.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
			for (const f of fig.years) expect(counts(f), String(f.year)).toEqual(expected(kept.filter((r) => r.year === f.year)));
			expect(counts(fig.total)).toEqual(expected(kept));
			// Shares: of the years whose processed total is known (the per-year sums are the denominator's unit).
			const years = fig.years.filter((f) => f.processed !== null).map((f) => f.year);
			const known = kept.filter((r) => years.includes(r.year));
			const granted = add(sum(known, (r) => r.applications.results.granted.total.value), sum(known, (r) => r.applications.results.partialGrant.total.value));
			expect(fig.total.disclosedShare).toBeCloseTo(granted! / fig.total.processed!, 12);
		});
	}

	it('the findings totals count findings.json in the years', async () => {
		const rows = await node.runner.query(findingsSummary, { yearFrom: 2021, yearTo: 2024, scope: 'all' });
		const inYears = findings.filter((f) => f.year >= 2021 && f.year <= 2024);
		const t = findingsTotals(rows);
		expect(t.findings).toBe(inYears.length);
		expect(t.bySeverity.error).toBe(inYears.filter((f) => f.severity === 'error').length);
		expect(t.rules).toBe(new Set(inYears.map((f) => f.rule)).size);
	});
});
