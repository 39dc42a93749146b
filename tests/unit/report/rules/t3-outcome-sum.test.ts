import { describe, expect, it } from 'vitest';
import { t3OutcomeSum } from '../../../../src/lib/report/rules/t3-outcome-sum';
import { makeRecord } from './fixtures';

const R = 'applications.results';
const HEAD = [
	'granted',
	'partialGrant',
	'denied.stateSecret',
	'denied.lawForbidden',
	'denied.safetyStability',
	'denied.thirdPartyRights',
	'denied.internalAffairs',
	'denied.processInfo',
	'denied.enforcementCase',
	'denied.adminQuery',
	'unableToProvide.noInfo',
	'unableToProvide.needCreation',
	'unableToProvide.unclear',
	'notProcessed.complaint',
	'notProcessed.repeat',
	'notProcessed.publication',
	'notProcessed.massiveRequests',
	'notProcessed.confirmInfo'
];
const paths = (col: string, other: string[]) => [
	...[...HEAD, ...other].map((row) => `${R}.${row}.${col}`),
	`${R}.totalProcessed.${col}`
];

describe('T3_OUTCOME_SUM', () => {
	it('passes when （七）总计 closes the outcome rows, counting the 2021 （六） sub-rows', () => {
		const r = makeRecord({
			cells: {
				[`${R}.granted.total`]: 3,
				[`${R}.denied.adminQuery.total`]: 1,
				[`${R}.other.overdueFee.total`]: 2,
				[`${R}.totalProcessed.total`]: 6
			}
		});
		expect(t3OutcomeSum.check(r)).toEqual([]);
	});

	it('reports a 2021 column whose total differs, listing the three （六） sub-rows (not the derived subtotal)', () => {
		const r = makeRecord({
			cells: {
				[`${R}.granted.total`]: 3,
				[`${R}.partialGrant.total`]: 1,
				[`${R}.other.overdueFee.total`]: 2,
				[`${R}.totalProcessed.total`]: 5
			}
		});
		expect(t3OutcomeSum.check(r)).toMatchObject([
			{
				rule: 'T3_OUTCOME_SUM',
				severity: 'error',
				paths: paths('total', ['other.overdueCorrection', 'other.overdueFee', 'other.otherReasons']),
				expected: 6,
				actual: 5
			}
		]);
	});

	it('uses the printed （六）其他处理 row in the 2019 layout', () => {
		const r = makeRecord({ layout: '2019', cells: { [`${R}.other.total.naturalPerson`]: 2 } });
		const [f] = t3OutcomeSum.check(r);
		expect(f).toMatchObject({ paths: paths('naturalPerson', ['other.total']), expected: 2, actual: 0 });
		expect(f?.message.zh).toContain('「（七）总计 · 自然人」为 0');
	});

	it('skips a column with a blank cell', () => {
		const r = makeRecord({
			cells: { [`${R}.denied.stateSecret.legalPerson.research`]: null, [`${R}.granted.legalPerson.research`]: 4 }
		});
		expect(t3OutcomeSum.check(r)).toEqual([]);
	});
});
