/**
 * recordFromRows is the inverse of reportRow + cellRows: for every bundled report, the record rebuilt from its wide
 * row and its cells rows has the original's cells (value, raw text, derived), identity, agency and source; and from
 * the wide row alone (a dataset without cells) the same values, printed as their raw text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CELL_TABLE_COLUMNS, layoutCells, REPORT_COLUMNS, type CellStatus } from '../../../src/lib/dataset/columns';
import { recordFromRows, type CellInput } from '../../../src/lib/dataset/record';
import { cellRows, reportRow } from '../../../src/lib/dataset/rows';
import { cellAt } from '../../../src/lib/report/paths';
import { renderTablesHtml } from '../../../src/lib/report/render';
import type { AnnualReport } from '../../../src/lib/report/schema';

const RECORDS = JSON.parse(readFileSync(join(__dirname, '../../../data/default/records.json'), 'utf8')) as AnnualReport[];

const wide = (r: AnnualReport) => {
	const row = reportRow(r);
	return Object.fromEntries(REPORT_COLUMNS.map((c, i) => [c.name, row[i]]));
};
const long = (r: AnnualReport): CellInput[] =>
	cellRows(r).map((row) => {
		const o = Object.fromEntries(CELL_TABLE_COLUMNS.map((c, i) => [c.name, row[i]]));
		return { path: o.path as string, row_path: o.row_path as string, value: o.value as number | null, raw: o.raw as string, status: o.status as CellStatus };
	});

describe('recordFromRows', () => {
	it('has rows to check', () => {
		expect(RECORDS.length).toBeGreaterThan(100);
	});

	it('rebuilds every bundled report: the same cells, identity, agency and source', { timeout: 120_000 }, () => {
		for (const r of RECORDS) {
			const back = recordFromRows(wide(r), long(r));
			for (const c of layoutCells(r.layout)) expect(cellAt(back, c.path), `${r.id} ${c.path}`).toEqual(cellAt(r, c.path));
			expect({ id: back.id, year: back.year, template: back.template, layout: back.layout, agency: back.agency, source: back.source, publishedAt: back.publishedAt, signedAt: back.signedAt }).toEqual({
				id: r.id,
				year: r.year,
				template: r.template,
				layout: r.layout,
				agency: r.agency,
				source: r.source,
				publishedAt: r.publishedAt,
				signedAt: r.signedAt
			});
			expect(back.narrative, r.id).toEqual(r.narrative);
			expect(back.parse.missingRows, r.id).toEqual(r.parse.missingRows);
			expect(back.parse.unreadable, r.id).toEqual(r.parse.unreadable);
			// The tables drawn from the rebuilt record are those drawn from the original.
			expect(renderTablesHtml(back), r.id).toBe(renderTablesHtml(r));
		}
	});

	it('without cells rows, takes the wide row values and prints them as their text; blank stays blank', { timeout: 120_000 }, () => {
		for (const r of RECORDS) {
			const back = recordFromRows(wide(r), []);
			for (const c of layoutCells(r.layout)) {
				const orig = cellAt(r, c.path)!;
				const cell = cellAt(back, c.path)!;
				expect(cell.value, `${r.id} ${c.path}`).toBe(orig.value);
				expect(cell.raw, `${r.id} ${c.path}`).toBe(orig.value === null || orig.derived ? '' : String(orig.value));
				expect(cell.derived, `${r.id} ${c.path}`).toBe(orig.derived);
			}
		}
	});

	it('fails loudly on a row without its identity', () => {
		expect(() => recordFromRows({ layout_table2: '2021', layout_table3: '2021' }, [])).toThrow(/no id/);
		expect(() => recordFromRows({ layout_table2: '2020' }, [])).toThrow(/unknown layout/);
	});
});
