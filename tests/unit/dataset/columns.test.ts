import { describe, expect, it } from 'vitest';
import { cellPaths } from '../../../src/lib/report/paths';
import { Layout } from '../../../src/lib/report/schema';
import {
	AGENCY_COLUMNS,
	CELL_COLUMNS,
	CELL_TABLE_COLUMNS,
	FINDING_COLUMNS,
	NARRATIVE_COLUMNS,
	REPORT_COLUMNS,
	createTableSql,
	layoutCells
} from '../../../src/lib/server/dataset';
import { DICTIONARY, HAS_DICTIONARY, dictionaryKeys } from './fixtures';

const LAYOUTS = Layout.options.flatMap((table2) => Layout.options.map((table3) => ({ table2, table3 })));

if (!HAS_DICTIONARY) console.warn(`[skip] dataset columns vs dictionary: ${DICTIONARY} is absent`);

describe('cell columns', () => {
	it.skipIf(!HAS_DICTIONARY)('are exactly the 229 cell keys of format/dictionary.json', () => {
		const keys = dictionaryKeys()!;
		expect(keys).toHaveLength(229);
		expect(CELL_COLUMNS.map((c) => c.path).sort()).toEqual([...keys].sort());
	});

	it('are every cell of every layout, once, named after the key with _ for .', () => {
		const all = new Set(LAYOUTS.flatMap((l) => cellPaths(l)));
		expect(CELL_COLUMNS).toHaveLength(229);
		expect(new Set(CELL_COLUMNS.map((c) => c.path))).toEqual(all);
		for (const c of CELL_COLUMNS) expect(c.name).toBe(c.path.replaceAll('.', '_'));
		expect(CELL_COLUMNS.map((c) => c.name)).toContain('applications_newReceived_total');
		expect(CELL_COLUMNS.map((c) => c.name)).toContain('disclosure2019_procurement_totalAmount');
		expect(CELL_COLUMNS.map((c) => c.name)).toContain('applications_results_other_total_total');
	});

	it('take their types from the template: amounts DOUBLE, counts and signed changes INTEGER', () => {
		const doubles = CELL_COLUMNS.filter((c) => c.type === 'DOUBLE').map((c) => c.path);
		expect(doubles.sort()).toEqual(['disclosure.fees.amountWan', 'disclosure2019.procurement.totalAmount']);
		const signed = CELL_COLUMNS.filter((c) => c.colType === 'signed');
		expect(signed).toHaveLength(5);
		for (const c of signed) expect(c.type).toBe('INTEGER');
		expect(CELL_COLUMNS.filter((c) => c.type === 'INTEGER')).toHaveLength(227);
	});

	it('list each layout in the order and with the paths of cellPaths(layout)', () => {
		for (const l of LAYOUTS) expect(layoutCells(l).map((c) => c.path)).toEqual(cellPaths(l));
		const t4 = layoutCells(LAYOUTS[0]!).filter((c) => c.tbl === '四');
		expect(t4[0]).toMatchObject({ row: 'reviewLitigation', col: 'review.upheld', path: 'reviewLitigation.review.upheld' });
		const other = layoutCells({ table2: '2021', table3: '2021' }).find((c) => c.path === 'applications.results.other.total.legalPerson.social');
		expect(other).toMatchObject({ tbl: '三', row: 'applications.results.other.total', col: 'legalPerson.social' });
	});
});

describe('report columns', () => {
	it('have unique names: metadata, narrative figures, parse counts, then the cells', () => {
		const names = REPORT_COLUMNS.map((c) => c.name);
		expect(new Set(names).size).toBe(names.length);
		expect(names.slice(0, 3)).toEqual(['id', 'agency_id', 'agency_name']);
		expect(names.slice(-CELL_COLUMNS.length)).toEqual(CELL_COLUMNS.map((c) => c.name));
		const type = (n: string) => REPORT_COLUMNS.find((c) => c.name === n)?.type;
		expect(type('year')).toBe('INTEGER');
		expect(type('published_at')).toBe('DATE');
		expect(type('n_ambiguous_splits')).toBe('INTEGER');
		expect(type('n_missing_rows')).toBe('INTEGER');
	});

	it('have one column per narrative figure of the schema', () => {
		expect(NARRATIVE_COLUMNS.map((c) => [c.name, c.type, c.path])).toEqual([
			['narrative_proactive_items', 'DOUBLE', 'proactiveItems'],
			['narrative_applications_received', 'DOUBLE', 'applicationsReceived'],
			['narrative_applications_new', 'DOUBLE', 'applicationsNew'],
			['narrative_applications_carried_over', 'DOUBLE', 'applicationsCarriedOver'],
			['narrative_applications_concluded', 'DOUBLE', 'applicationsConcluded'],
			['narrative_applications_carried_forward', 'DOUBLE', 'applicationsCarriedForward'],
			['narrative_reviews', 'DOUBLE', 'reviews'],
			['narrative_lawsuits', 'DOUBLE', 'lawsuits'],
			['section6_present', 'BOOLEAN', 'section6.present'],
			['section6_says_nothing', 'BOOLEAN', 'section6.saysNothing'],
			['section6_mentions_fee', 'BOOLEAN', 'section6.mentionsFee'],
			['section6_fee_yuan', 'DOUBLE', 'section6.feeYuan']
		]);
	});
});

describe('DDL', () => {
	it('declares every column with its type, identity columns NOT NULL', () => {
		const sql = createTableSql('findings', FINDING_COLUMNS);
		expect(sql).toContain('CREATE TABLE "findings" (');
		expect(sql).toContain('"paths" VARCHAR[] NOT NULL');
		expect(sql).toContain('"expected" VARCHAR,');
		expect(createTableSql('cells', CELL_TABLE_COLUMNS)).toContain('"value" DOUBLE,');
		expect(createTableSql('agencies', AGENCY_COLUMNS)).toContain('"aliases" VARCHAR[] NOT NULL');
		expect(createTableSql('t', [{ name: 'a"b', type: 'INTEGER' }])).toBe('CREATE TABLE "t" (\n\t"a""b" INTEGER\n)');
	});
});
