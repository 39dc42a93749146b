/**
 * Consistency rules (勾稽关系) over records: DESIGN.md §3, FORMAT.md §6–§7, dictionary.json "rules".
 * Pure and isomorphic: the CLI and the browser run the same checks.
 *
 * T3_OTHER_SUM is a RuleId but no rule runs for it: the 2021 （六） subtotal is derived by gongkai from its three
 * sub-rows, so it cannot disagree with them (see t3-outcome-sum.ts).
 */
import type { AnnualReport, Finding, RuleId } from '../schema';
import { DATE } from '../schema';
import type { RecordRule, RuleInfo, SetOptions, SetRule } from './common';
import { t3Balance } from './t3-balance';
import { t3OutcomeSum } from './t3-outcome-sum';
import { t3RowTotal } from './t3-row-total';
import { t4GroupSum } from './t4-group-sum';
import { nonneg } from './nonneg';
import { blankCellsRule } from './blank-cells';
import { ambiguousSplit } from './ambiguous-split';
import { templateUse } from './template-use';
import { feeSection } from './fee-section';
import { narrativeMatch } from './narrative-match';
import { timeliness } from './timeliness';
import { xyCarry } from './xy-carry';
import { missing } from './missing';
import { t2Stock2021 } from './t2-2021-stock';
import { t2Stock2019 } from './t2-2019-stock';

export type { RecordRule, RuleInfo, SetOptions, SetRule, Text } from './common';
export { deadline } from './timeliness';

/** Rules that look at one record, in the order their findings are listed. */
export const RECORD_RULES: readonly RecordRule[] = [
	t3Balance,
	t3OutcomeSum,
	t3RowTotal,
	t4GroupSum,
	nonneg,
	blankCellsRule,
	ambiguousSplit,
	templateUse,
	feeSection,
	narrativeMatch,
	timeliness
];

/** Rules that compare records of the same agency across years. */
export const SET_RULES: readonly SetRule[] = [xyCarry, t2Stock2021, t2Stock2019, missing];

/** Every rule that runs: id, (strongest) severity, scope and a zh/en description, for the UI and the docs. */
export const RULES: readonly RuleInfo[] = [...RECORD_RULES, ...SET_RULES].map(
	({ id, severity, scope, description }) => ({ id, severity, scope, description })
);

/** The description of a rule, or undefined for a RuleId no rule emits (T3_OTHER_SUM). */
export const ruleInfo = (id: RuleId): RuleInfo | undefined => RULES.find((r) => r.id === id);

/** All single-record findings of one record. */
export function checkRecord(record: AnnualReport): Finding[] {
	return RECORD_RULES.flatMap((rule) => rule.check(record));
}

/**
 * All findings of a set of records: every record's own findings (in input order), then the cross-year findings,
 * comparing records with the same `agency.id` in consecutive years.
 * `opts.asOf` (YYYY-MM-DD) lets MISSING report the year after the latest one once its deadline has passed.
 */
export function checkSet(records: readonly AnnualReport[], opts: SetOptions = {}): Finding[] {
	if (opts.asOf !== undefined && !DATE.safeParse(opts.asOf).success) {
		throw new Error(`checkSet: asOf must be a YYYY-MM-DD date, got ${JSON.stringify(opts.asOf)}`);
	}
	return [
		...records.flatMap(checkRecord),
		...SET_RULES.flatMap((rule) => rule.check(records, opts))
	];
}
