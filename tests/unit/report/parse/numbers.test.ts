import { describe, expect, it } from 'vitest';
import { enumerateSplits, possibleTokens, readCell } from '../../../../src/lib/report/parse/numbers';

const counts = (n: number) => Array.from({ length: n }, () => 'count' as const);

describe('readCell', () => {
	it('reads counts, blanks and markers; blank is never 0', () => {
		expect(readCell('12', 'count')).toEqual({ value: 12, readable: true });
		expect(readCell('', 'count')).toEqual({ value: null, readable: true });
		expect(readCell('/', 'count')).toEqual({ value: null, readable: true });
		expect(readCell('—', 'count')).toEqual({ value: null, readable: true });
		expect(readCell('1,234', 'count')).toEqual({ value: 1234, readable: true });
		expect(readCell('约5', 'count')).toEqual({ value: null, readable: false });
	});
	it('reads signed changes with 增/减 and amounts with units', () => {
		expect(readCell('-18', 'signed').value).toBe(-18);
		expect(readCell('减12', 'signed').value).toBe(-12);
		expect(readCell('+1', 'signed').value).toBe(1);
		expect(readCell('251000元', 'amount').value).toBe(251000);
		expect(readCell('24252.311082', 'amount').value).toBe(24252.311082);
		expect(readCell('45.82万元', 'amount').value).toBe(45.82);
	});
});

describe('enumerateSplits', () => {
	it('splits a row of single digits one way only', () => {
		expect(enumerateSplits(['1000001'], counts(7))).toEqual([['1', '0', '0', '0', '0', '0', '1']]);
	});
	it('never lets a cell start with 0 unless it is 0', () => {
		const all = enumerateSplits(['160', '02', '0', '018'], counts(7));
		for (const s of all) for (const t of s) expect(t === '0' || !t.startsWith('0')).toBe(true);
		expect(all).toContainEqual(['16', '0', '0', '2', '0', '0', '18']);
	});
	it('treats whitespace as a boundary: a cell never spans two runs', () => {
		expect(enumerateSplits(['12', '3'], counts(2))).toEqual([['12', '3']]);
	});
	it('finds no split when the digits cannot fill the cells', () => {
		expect(enumerateSplits(['000000'], counts(7))).toEqual([]);
	});
	it('reads a signed change with its sign as a boundary (2019 本年增/减)', () => {
		expect(enumerateSplits(['0+11'], ['count', 'signed', 'count'])).toEqual([['0', '+1', '1']]);
		expect(enumerateSplits(['16减12'], ['count', 'signed'])).toEqual([['16', '减12']]);
	});
	it("reads a lone '-' before a digit as a minus sign, not as a blank cell", () => {
		expect(enumerateSplits(['1-10'], ['count', 'signed', 'count'])).toEqual([['1', '-1', '0']]);
	});
	it('accepts a count unit inside a cell ("2笔")', () => {
		expect(enumerateSplits(['2笔', '984361元'], ['count', 'amount'])).toEqual([['2笔', '984361元']]);
		expect(readCell('2笔', 'count').value).toBe(2);
	});
	it('possibleTokens agrees with the listed splits', () => {
		const segs = ['110000011'];
		const listed = enumerateSplits(segs, counts(7));
		const sets = possibleTokens(segs, counts(7));
		sets.forEach((set, i) => expect([...set].sort()).toEqual([...new Set(listed.map((s) => s[i]!))].sort()));
	});
});
