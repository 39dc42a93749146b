/** The pure pieces of the query and loading layer: file classification, table detection, view columns, value checks. */
import { describe, expect, it } from 'vitest';
import { viewColumns } from '../../../src/lib/db/catalog';
import { coerce, jsonRows, missingRequired, pickTable } from '../../../src/lib/db/import';
import { plainRows, plainValue } from '../../../src/lib/db/plain';
import { REPORT_COLUMNS, TABLES, type Column } from '../../../src/lib/dataset/columns';
import { fileKind, jsonKind } from '../../../src/lib/load/classify';
import { dropDuplicates, recordsFromJson, sha256Hex } from '../../../src/lib/load/reports';

const enc = (s: string) => new TextEncoder().encode(s);
const col = (name: string): Column => REPORT_COLUMNS.find((c) => c.name === name)!;

describe('fileKind / jsonKind', () => {
	it('knows DuckDB and Parquet by their magic bytes, the rest by extension', () => {
		const duck = new Uint8Array(16);
		duck.set(enc('DUCK'), 8);
		expect(fileKind('anything.bin', duck)).toBe('duckdb');
		expect(fileKind('x.dat', enc('PAR1....'))).toBe('parquet');
		expect(fileKind('a.CSV', enc('a,b'))).toBe('csv');
		expect(fileKind('records.json', enc('[]'))).toBe('json');
		expect(fileKind('001.txt', enc('…'))).toBe('report');
		expect(fileKind('104.HTML', enc('<html>'))).toBe('report');
		expect(fileKind('a.xlsx', enc('PK'))).toBe('unsupported');
	});

	it('tells manifests, records, findings and table rows apart', () => {
		expect(jsonKind([{ agency: {}, year: 2024, source: {} }])).toEqual({ kind: 'records' });
		expect(jsonKind([{ rule: 'MISSING', recordId: 'x' }])).toEqual({ kind: 'findings' });
		expect(jsonKind([{ id: 'x' }])).toEqual({ kind: 'table' });
		expect(jsonKind({ id: ['x'], year: [2024] })).toEqual({ kind: 'table' });
		expect(jsonKind({ schemaVersion: 1, counts: {} })).toMatchObject({ kind: 'other', reason: expect.stringContaining('manifest.json 无效') });
		expect(jsonKind(42)).toMatchObject({ kind: 'other' });
		expect(jsonKind([])).toMatchObject({ kind: 'other', reason: '空数组' });
	});
});

describe('pickTable / missingRequired', () => {
	it('by file name, else by the required columns it has', () => {
		expect(pickTable('reports.csv', [])).toBe('reports');
		expect(pickTable('2024-cells.parquet', [])).toBe('cells');
		expect(pickTable('export.csv', TABLES.findings.map((c) => c.name))).toBe('findings');
		expect(pickTable('export.csv', ['id', 'name', 'aliases', 'level', 'kind'])).toBe('agencies');
		expect(pickTable('export.csv', ['foo'])).toBeUndefined();
		expect(missingRequired('agencies', ['id', 'name'])).toEqual(['aliases', 'level', 'kind']);
	});
});

describe('viewColumns', () => {
	it('selects every dataset column, NULL for an absent optional one; lists missing required and wrong types', () => {
		const actual = new Map(TABLES.agencies.map((c) => [c.name, c.type as string]));
		actual.delete('category');
		expect(viewColumns('agencies', actual)).toMatchObject({ problems: [], select: expect.arrayContaining(['"id"', 'NULL::VARCHAR AS "category"']) });
		actual.delete('id');
		actual.set('aliases', 'VARCHAR');
		expect(viewColumns('agencies', actual).problems).toEqual(['agencies 表缺少必需的列 id', 'agencies.aliases 的类型是 VARCHAR，应为 VARCHAR[]']);
	});
});

describe('coerce', () => {
	it('checks each JS value against its column type', () => {
		expect(coerce(2024, col('year'), 'y')).toBe(2024);
		expect(coerce(2024n, col('year'), 'y')).toBe(2024);
		expect(coerce(null, col('year'), 'y')).toBeNull();
		expect(coerce(undefined, col('category'), 'c')).toBeNull();
		expect(coerce(new Date('2024-01-20T00:00:00Z'), col('published_at'), 'd')).toBe('2024-01-20');
		expect(coerce(1.25, col('disclosure_fees_amountWan'), 'f')).toBe(1.25);
		expect(() => coerce(1.5, col('year'), 'reports 第 1 行 year')).toThrow('reports 第 1 行 year：1.5 不是整数');
		expect(() => coerce('2024', col('year'), 'y')).toThrow('不是数字');
		expect(() => coerce(2 ** 40, col('applications_newReceived_total'), 'n')).toThrow('不是整数');
		expect(() => coerce('2021-02-30', col('published_at'), 'd')).toThrow('不是日期');
		expect(() => coerce(5, col('id'), 'id')).toThrow('不是文本');
		expect(coerce(['a'], TABLES.agencies.find((c) => c.name === 'aliases')!, 'a')).toEqual(['a']);
	});
});

describe('jsonRows', () => {
	it('reads row arrays and column objects; the columns are every key seen', () => {
		expect(jsonRows([{ a: 1 }, { b: 2 }], 'x')).toEqual({ columns: ['a', 'b'], rows: [{ a: 1 }, { b: 2 }] });
		expect(jsonRows({ a: [1, 2], b: ['x'] }, 'x')).toEqual({ columns: ['a', 'b'], rows: [{ a: 1, b: 'x' }, { a: 2, b: undefined }] });
		expect(() => jsonRows([1, 2], 'x.json')).toThrow('x.json 不是数据表');
	});
});

describe('plain rows', () => {
	it('turns Arrow-like vectors and struct rows into arrays and objects', () => {
		const vector = (values: unknown[]) => ({ toArray: () => values, toJSON: () => values });
		const struct = (o: Record<string, unknown>) => ({ toArray: () => Object.values(o), toJSON: () => o });
		expect(plainValue(vector([struct({ year: 2024, n: 1 })]))).toEqual([{ year: 2024, n: 1 }]);
		expect(plainValue(new Int32Array([1, 2]))).toEqual([1, 2]);
		expect(plainRows({ toArray: () => [{ toJSON: () => ({ l: vector(['a', 'b']), n: null }) }] })).toEqual([{ l: ['a', 'b'], n: null }]);
	});
});

describe('report helpers', () => {
	it('sha256 with WebCrypto', async () => {
		expect(await sha256Hex(enc('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('keeps the first of repeated record ids', () => {
		const rec = { id: 'a-2024' } as never;
		const out = dropDuplicates([
			{ file: 'a.txt', status: 'record', record: rec },
			{ file: 'a.html', status: 'record', record: rec }
		]);
		expect(out.map((o) => o.status)).toEqual(['record', 'reject']);
		expect(out[1]).toMatchObject({ reject: { reason: 'duplicate', message: { zh: expect.stringContaining('保留 a.txt') } } });
	});

	it('recordsFromJson names the first invalid entry', () => {
		expect(() => recordsFromJson({}, 'r.json')).toThrow('r.json 不是记录数组');
		expect(() => recordsFromJson([{ id: 1 }], 'r.json')).toThrow(/r\.json 第 1 条不是有效的年度报告记录/);
	});
});
