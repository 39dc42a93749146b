import { describe, expect, it } from 'vitest';
import { templateUse } from '../../../../src/lib/report/rules/template-use';
import { COLS, makeRecord } from './fixtures';

const brief = (fs: ReturnType<typeof templateUse.check>) =>
	fs.map((f) => [f.severity, f.expected, f.actual]);

describe('TEMPLATE', () => {
	it('passes the format of the year', () => {
		expect(templateUse.check(makeRecord({ year: 2021 }))).toEqual([]);
		expect(templateUse.check(makeRecord({ layout: '2019', year: 2019 }))).toEqual([]);
		expect(templateUse.check(makeRecord({ layout: '2019', year: 2020 }))).toEqual([]);
	});

	it('warns about a hybrid and says which table follows which format', () => {
		const r = makeRecord({ layout: { table2: '2019', table3: '2021' }, year: 2021 });
		const fs = templateUse.check(r);
		expect(brief(fs)).toEqual([
			['warning', '2021', 'hybrid'],
			['warning', '2021', '2019']
		]);
		expect(fs[0]?.message.zh).toBe('表二按 2019 年格式、表三按 2021 年格式填报，两种格式混用。');
		expect(fs[1]?.message.zh).toContain('2021 年度报告的表二仍使用 2019 年格式');
	});

	it('warns about the 2019 format in a 2021+ report', () => {
		const fs = templateUse.check(makeRecord({ layout: '2019', year: 2022 }));
		expect(fs).toMatchObject([{ rule: 'TEMPLATE', severity: 'warning', paths: [], expected: '2021', actual: '2019' }]);
		expect(fs[0]?.message.zh).toContain('表二、表三仍使用 2019 年格式');
	});

	it('notes (info) the 2021 format in a report for 2020 or earlier', () => {
		expect(brief(templateUse.check(makeRecord({ year: 2020 })))).toEqual([['info', '2019', '2021']]);
	});

	it('warns about template rows the report does not print', () => {
		const row = 'applications.results.denied.adminQuery';
		const r = makeRecord({ parse: { missingRows: [row, 'disclosure.fees'] } });
		const fs = templateUse.check(r);
		expect(fs).toMatchObject([
			{
				severity: 'warning',
				paths: [...COLS.map((c) => `${row}.${c}`), 'disclosure.fees.amountWan'],
				expected: 0,
				actual: 2
			}
		]);
		expect(fs[0]?.message.zh).toBe(
			'报告未印出模板中的 2 行：表三「（三）不予公开 8.属于行政查询事项」、表二「行政事业性收费」。'
		);
	});
});
