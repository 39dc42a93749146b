/**
 * A fast check that a record the parser built satisfies {@link AnnualReport}: zod validates the metadata part
 * (RecordMeta), and the ~230 table cells are checked directly against the template's cell list (the same list the
 * schema's table objects are made of). Full zod validation of every small cell object costs ~170 µs per record,
 * a third of the ingest budget; this costs a fraction. Tests validate every parser output with the full schema.
 */
import { cellPaths, getAt } from './paths';
import { RecordMeta, type AnnualReport, type Layout } from './schema';

const TABLE_KEYS = new Set(['disclosure', 'disclosure2019', 'applications', 'reviewLitigation']);

function cellProblem(c: unknown): string | null {
	if (c === null || typeof c !== 'object') return 'not a cell';
	const o = c as Record<string, unknown>;
	if (typeof o.raw !== 'string') return 'raw is not text';
	if (!(o.value === null || (typeof o.value === 'number' && Number.isFinite(o.value)))) return 'value is not a finite number or null';
	if (o.derived !== undefined && o.derived !== true) return 'derived must be true when present';
	for (const k in o) if (k !== 'raw' && k !== 'value' && k !== 'derived') return `unexpected key ${k}`;
	return null;
}

/** Counts the leaf cells under a table object (to catch cells the template does not know). */
function countCells(node: unknown): number {
	if (node === null || typeof node !== 'object') return 0;
	if ('raw' in node) return 1;
	let n = 0;
	for (const v of Object.values(node)) n += countCells(v);
	return n;
}

/** Problems with a candidate record, empty when it is a valid AnnualReport. */
export function recordProblems(candidate: Record<string, unknown>): string[] {
	const problems: string[] = [];
	const meta: Record<string, unknown> = {};
	for (const k in candidate) if (!TABLE_KEYS.has(k)) meta[k] = candidate[k];
	const m = RecordMeta.safeParse(meta);
	if (!m.success) return [m.error.message];
	const layout = m.data.layout as { table2: Layout; table3: Layout };
	const paths = cellPaths(layout);
	for (const p of paths) {
		const why = cellProblem(getAt(candidate, p));
		if (why) problems.push(`${p}: ${why}`);
	}
	const present = ['disclosure', 'disclosure2019', 'applications', 'reviewLitigation'].filter((k) => candidate[k] !== undefined);
	const expected = [layout.table2 === '2021' ? 'disclosure' : 'disclosure2019', 'applications', 'reviewLitigation'];
	if (present.sort().join() !== expected.sort().join()) problems.push(`tables ${present.join(',')} do not match layout ${layout.table2}/${layout.table3}`);
	const cells = present.reduce((n, k) => n + countCells(candidate[k]), 0);
	if (cells !== paths.length) problems.push(`${cells} cells where the layout has ${paths.length}`);
	const expectedTemplate = layout.table2 === layout.table3 ? layout.table2 : 'hybrid';
	if (m.data.template !== expectedTemplate) problems.push(`template must be ${expectedTemplate} for this layout`);
	return problems;
}

/** The candidate as an AnnualReport, or an error naming every problem. */
export function assertRecord(candidate: Record<string, unknown>, file: string): AnnualReport {
	const problems = recordProblems(candidate);
	if (problems.length) throw new Error(`${file}: parser produced an invalid record: ${problems.slice(0, 10).join('; ')}`);
	return candidate as unknown as AnnualReport;
}
