import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../../../src/lib/report/rules';
import type { Layout } from '../../../../src/lib/report/schema';
import { table3Rows, TABLE4_GROUPS } from '../../../../src/lib/report/template';
import { COLS, makeRecord } from './fixtures';

const PARTS = COLS.filter((c) => c !== 'total');
const small = fc.nat({ max: 40 });

/** Cells of a table 三 and 四 that satisfy every sum, built from random outcome counts. */
function consistentCells(layout: Layout, seedCounts: number[]): Record<string, number> {
	let i = 0;
	const next = () => seedCounts[i++ % seedCounts.length] ?? 0;
	const cells: Record<string, number> = {};
	const outcomeRows = table3Rows(layout)
		.map((r) => r.path)
		.filter((p) => p.startsWith('applications.results.') && !p.endsWith('totalProcessed'));
	const setRow = (row: string, byCol: (c: string) => number) => {
		let total = 0;
		for (const c of PARTS) total += cells[`${row}.${c}`] = byCol(c);
		cells[`${row}.total`] = total;
	};
	for (const row of outcomeRows) setRow(row, () => next());
	const processed = (c: string) => outcomeRows.reduce((a, r) => a + (cells[`${r}.${c}`] ?? 0), 0);
	setRow('applications.results.totalProcessed', processed);
	setRow('applications.carriedForward', () => next());
	setRow('applications.carriedOver', (c) => Math.min(next(), processed(c)));
	setRow(
		'applications.newReceived',
		(c) =>
			processed(c) + (cells[`applications.carriedForward.${c}`] ?? 0) - (cells[`applications.carriedOver.${c}`] ?? 0)
	);
	for (const g of TABLE4_GROUPS) {
		const parts = ['upheld', 'corrected', 'other', 'pending'].map((k) => (cells[`reviewLitigation.${g.key}.${k}`] = next()));
		cells[`reviewLitigation.${g.key}.total`] = parts.reduce((a, b) => a + b, 0);
	}
	return cells;
}

describe('rules on consistent records (property)', () => {
	it.each(['2021', '2019'] as const)('find nothing in any consistent %s record', (layout) => {
		fc.assert(
			fc.property(fc.array(small, { minLength: 1, maxLength: 60 }), (counts) => {
				const cells = consistentCells(layout, counts);
				// Section 六 reports the fee, so that FEE_SECTION is satisfied when 逾期未缴费 > 0.
				const r = makeRecord({ layout, cells, narrative: { section6: { mentionsFee: true } } });
				expect(checkRecord(r)).toEqual([]);
			}),
			{ numRuns: 50 }
		);
	});
});
