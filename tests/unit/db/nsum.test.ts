/**
 * nsum/nsum3/nsum5/nsum8 (db/queries/macros.sql): the per-report sums of a group of cells. Blank cells count as
 * nothing and the sum is blank only when every cell is blank (blank is never 0): exactly what list_sum over the same
 * cells answers, which the macros replaced for speed. Property test in DuckDB (node-api, the macros as the site
 * loads them), on blanks, zeros and counts up to INTEGER's limit (the sum must not overflow).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_DEFAULT, openNode } from './helpers';
import type { NodeDatabase } from '../../../src/lib/server/query/node-runner';

const MACRO: Record<number, string> = { 2: 'nsum', 3: 'nsum3', 5: 'nsum5', 8: 'nsum8' };
const cell = fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 2 ** 31 - 1000, max: 2 ** 31 - 1 }));
const literal = (v: number | null) => (v === null ? 'NULL::INTEGER' : `${v}::INTEGER`);

describe.skipIf(!HAS_DEFAULT)('nsum macros', () => {
	let db: NodeDatabase;
	beforeAll(async () => {
		db = await openNode();
	});
	afterAll(() => db?.close());

	const both = async (cells: (number | null)[]) => {
		const args = cells.map(literal).join(', ');
		const reader = await db.conn.runAndReadAll(`SELECT ${MACRO[cells.length]}(${args}) AS fast, list_sum([${args}])::DOUBLE AS list`);
		return reader.getRowObjectsJS()[0] as { fast: number | null; list: number | null };
	};

	it('blank only when every cell is blank; zero is a value', async () => {
		expect(await both([null, null])).toEqual({ fast: null, list: null });
		expect(await both([null, 0, null])).toEqual({ fast: 0, list: 0 });
		expect(await both([null, null, null, null, 7])).toEqual({ fast: 7, list: 7 });
		expect(await both([1, 2, 3, 4, 5, 6, 7, 8])).toEqual({ fast: 36, list: 36 });
	});

	for (const n of [2, 3, 5, 8]) {
		it(`${MACRO[n]} equals list_sum over the same cells`, async () => {
			await fc.assert(
				fc.asyncProperty(fc.array(cell, { minLength: n, maxLength: n }), async (cells) => {
					const { fast, list } = await both(cells);
					expect(fast).toBe(list);
				}),
				{ numRuns: 150 }
			);
		});
	}
});
