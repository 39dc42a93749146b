import { describe, expect, it } from 'vitest';
import { feeSection } from '../../../../src/lib/report/rules/fee-section';
import { makeRecord } from './fixtures';

const FEE = 'applications.results.other.overdueFee';
const unpaid = { [`${FEE}.naturalPerson`]: 1, [`${FEE}.total`]: 1 };

describe('FEE_SECTION', () => {
	it('passes when section 六 reports the fee, or nothing calls for it', () => {
		expect(feeSection.check(makeRecord())).toEqual([]);
		const reported = makeRecord({ cells: unpaid, narrative: { section6: { mentionsFee: true } } });
		expect(feeSection.check(reported)).toEqual([]);
		const charged = makeRecord({ narrative: { section6: { mentionsFee: true, feeYuan: 3940 } } });
		expect(feeSection.check(charged)).toEqual([]);
	});

	it('warns when 逾期未缴费 > 0 but section 六 does not mention 信息处理费', () => {
		const fs = feeSection.check(makeRecord({ cells: unpaid }));
		expect(fs).toMatchObject([
			{
				rule: 'FEE_SECTION',
				severity: 'warning',
				paths: [`${FEE}.naturalPerson`, `${FEE}.total`],
				expected: 'section 6 mentions 信息处理费',
				actual: 'no mention'
			}
		]);
		expect(fs[0]?.message.zh).toContain('但“六、其他需要报告的事项”未说明信息处理费情况');
	});

	it('warns when a fee is stated but section 六 is absent', () => {
		const r = makeRecord({ narrative: { section6: { present: false, feeYuan: 3940 } } });
		expect(feeSection.check(r)).toMatchObject([
			{ severity: 'warning', paths: [], actual: 'section 6 absent' }
		]);
	});

	it('notes (info) a missing section 六 when no fee calls for it', () => {
		const r = makeRecord({ narrative: { section6: { present: false } } });
		expect(feeSection.check(r)).toMatchObject([
			{ severity: 'info', paths: [], expected: 'section 6 present', actual: 'section 6 absent' }
		]);
	});

	it('does not apply to a 2019-layout table 三', () => {
		const r = makeRecord({ layout: '2019', narrative: { section6: { present: false, feeYuan: 10 } } });
		expect(feeSection.check(r)).toEqual([]);
	});
});
