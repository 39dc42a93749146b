import { describe, expect, it } from 'vitest';
import { t3RowTotal } from '../../../../src/lib/report/rules/t3-row-total';
import { makeRecord } from './fixtures';

const G = 'applications.results.granted';
const rowPaths = (row: string) => [
	`${row}.naturalPerson`,
	`${row}.legalPerson.commercial`,
	`${row}.legalPerson.research`,
	`${row}.legalPerson.social`,
	`${row}.legalPerson.legal`,
	`${row}.legalPerson.other`,
	`${row}.total`
];

describe('T3_ROW_TOTAL', () => {
	it('passes when 总计 = the six applicant columns', () => {
		const r = makeRecord({
			cells: { [`${G}.naturalPerson`]: 2, [`${G}.legalPerson.commercial`]: 1, [`${G}.total`]: 3 }
		});
		expect(t3RowTotal.check(r)).toEqual([]);
	});

	it('reports a row whose total differs', () => {
		const r = makeRecord({
			cells: { [`${G}.naturalPerson`]: 2, [`${G}.legalPerson.commercial`]: 1, [`${G}.total`]: 4 }
		});
		const [f, ...rest] = t3RowTotal.check(r);
		expect(rest).toEqual([]);
		expect(f).toMatchObject({ rule: 'T3_ROW_TOTAL', severity: 'error', paths: rowPaths(G), expected: 3, actual: 4 });
		expect(f?.message.zh).toContain('「（一）予以公开 · 总计」为 4');
	});

	it('does not count a total used to split glued text as a check', () => {
		const r = makeRecord({
			cells: { [`${G}.naturalPerson`]: 2, [`${G}.total`]: 4 },
			parse: { totalsUsed: [`${G}.total`] }
		});
		expect(t3RowTotal.check(r)).toEqual([]);
	});

	it('skips a row with a blank cell', () => {
		const r = makeRecord({ cells: { [`${G}.naturalPerson`]: null, [`${G}.total`]: 4 } });
		expect(t3RowTotal.check(r)).toEqual([]);
	});

	it('skips the derived 2021 （六） subtotal but checks the printed 2019 row', () => {
		const r2021 = makeRecord();
		r2021.applications.results.other.total.total = { value: 9, raw: '', derived: true };
		expect(t3RowTotal.check(r2021)).toEqual([]);

		const O = 'applications.results.other.total';
		const r2019 = makeRecord({ layout: '2019', cells: { [`${O}.naturalPerson`]: 1 } });
		expect(t3RowTotal.check(r2019)).toMatchObject([{ paths: rowPaths(O), expected: 1, actual: 0 }]);
	});

	it('checks the 2021 （六） sub-rows', () => {
		const O = 'applications.results.other.overdueCorrection';
		const r = makeRecord({ cells: { [`${O}.legalPerson.legal`]: 1 } });
		expect(t3RowTotal.check(r)).toMatchObject([{ paths: rowPaths(O), expected: 1, actual: 0 }]);
	});
});
