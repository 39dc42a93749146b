/** CSV: RFC 4180 quoting, BOM, blank cells stay blank, formula injection defused; parse(toCsv(x)) = x (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, parseCsv, toCsv } from '../../../src/lib/export/csv';
import { fileName } from '../../../src/lib/export/download';

describe('csv', () => {
	it('quotes what needs quoting and leaves blanks blank', () => {
		expect(csvField(null)).toBe('');
		expect(csvField(0)).toBe('0');
		expect(csvField(1234.5)).toBe('1234.5');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(['a', 'b'])).toBe('a;b');
		expect(toCsv(['年度', '机关'], [[2024, '平潭综合实验区'], [2025, null]])).toBe(`${CSV_BOM}年度,机关\r\n2024,平潭综合实验区\r\n2025,\r\n`);
	});

	it('defuses spreadsheet formulas in text but not negative numbers', () => {
		expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField(-3)).toBe('-3');
	});

	it('refuses a row whose length differs from the header', () => {
		expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/row 1 has 1 fields, the header has 2/);
	});

	it('round-trips any table of text', () => {
		const text = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s));
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.array(text, { minLength: n, maxLength: n }), fc.array(fc.array(text, { minLength: n, maxLength: n }), { maxLength: 8 }))), ([header, rows]) => {
				const parsed = parseCsv(toCsv(header, rows));
				// A row of one empty field is written as an empty line, which reads back as [''] too.
				expect(parsed).toEqual([header, ...rows]);
			})
		);
	});

	it('file names have no separators or reserved characters', () => {
		expect(fileName(['趋势', '2019–2025', 'a/b:c'], 'csv')).toBe('趋势_2019–2025_a_b_c.csv');
		expect(fileName([], 'png')).toBe('gongkai.png');
	});
});
