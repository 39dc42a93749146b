/** Fixed fixture rows for the option builders (shaped like the named queries' rows; values made up). */
import type { AgencyRow } from '../../../src/lib/charts/top-agencies';
import type { ApplicantRow } from '../../../src/lib/charts/applicants';
import type { FindingRow } from '../../../src/lib/charts/findings';
import type { KpiRow } from '../../../src/lib/charts/kpis';
import type { TrendRow } from '../../../src/lib/charts/trend';

export const TREND: TrendRow[] = [
	{ year: 2023, outcome: 'granted', value: 40 },
	{ year: 2023, outcome: 'partialGrant', value: 5 },
	{ year: 2023, outcome: 'denied', value: 3 },
	{ year: 2023, outcome: 'unableToProvide', value: 12 },
	{ year: 2023, outcome: 'notProcessed', value: 1 },
	{ year: 2024, outcome: 'granted', value: 52 },
	{ year: 2024, outcome: 'partialGrant', value: 8 },
	{ year: 2024, outcome: 'denied', value: 6 },
	{ year: 2024, outcome: 'unableToProvide', value: 20 },
	{ year: 2024, outcome: 'notProcessed', value: 2 },
	{ year: 2024, outcome: 'other', value: 4 }
];

export const APPLICANTS: ApplicantRow[] = [
	{ year: 2023, applicant: 'naturalPerson', new_received: 55 },
	{ year: 2023, applicant: 'legalPerson.commercial', new_received: 4 },
	{ year: 2023, applicant: 'legalPerson.other', new_received: 1 },
	{ year: 2024, applicant: 'naturalPerson', new_received: 80 },
	{ year: 2024, applicant: 'legalPerson.commercial', new_received: 6 },
	{ year: 2024, applicant: 'legalPerson.legal', new_received: 2 }
];

export const AGENCIES: AgencyRow[] = [
	{ agency_id: 'a1', name: '某市人民政府办公室', level: 'prefecture', kind: 'office', category: '政府办公室', reports: 2, new_received: 90, processed: 88, granted: 50, errors: 1 },
	{ agency_id: 'a2', name: '某市自然资源和规划局（很长的机关名称用于截断）', level: 'prefecture', kind: 'department', category: '自然资源', reports: 2, new_received: 40, processed: 41, granted: 20, errors: 0 },
	{ agency_id: 'a3', name: '<img src=x onerror=alert(1)>', level: 'county', kind: 'area', category: null, reports: 1, new_received: null, processed: null, granted: null, errors: 0 }
];

export const FINDINGS: FindingRow[] = [
	{ rule: 'T3_BALANCE', severity: 'error', findings: 5, reports: 4, agencies: 3 },
	{ rule: 'AMBIGUOUS_SPLIT', severity: 'warning', findings: 12, reports: 6, agencies: 5 },
	{ rule: 'T3_BALANCE', severity: 'warning', findings: 1, reports: 1, agencies: 1 },
	{ rule: 'TEMPLATE', severity: 'info', findings: 3, reports: 3, agencies: 2 }
];

/** A year's row; the `_k` numerators (over reports with a known 办结) follow the plain sums unless given. */
const kpi = (year: number, k: Partial<KpiRow>): KpiRow => {
	const known = (v: number | null | undefined) => (k.processed === null || k.processed === undefined ? null : (v ?? null));
	return kpiRow(year, {
		granted_k: known(k.granted),
		partial_grant_k: known(k.partial_grant),
		denied_k: known(k.denied),
		unable_k: known(k.unable),
		not_processed_k: known(k.not_processed),
		...k
	});
};

export const kpiRow = (year: number, k: Partial<KpiRow>): KpiRow => ({
	year,
	reports: 10,
	agencies: 8,
	new_received: null,
	carried_over: null,
	processed: null,
	granted: null,
	partial_grant: null,
	denied: null,
	unable: null,
	not_processed: null,
	other: null,
	carried_forward: null,
	reviews: null,
	lawsuits: null,
	review_corrected: null,
	lawsuit_corrected: null,
	granted_k: null,
	partial_grant_k: null,
	denied_k: null,
	unable_k: null,
	not_processed_k: null,
	...k
});

export const KPIS: KpiRow[] = [
	kpi(2022, { new_received: 50, carried_over: 2, processed: 50, granted: 20, partial_grant: 5, denied: 5, unable: 15, not_processed: 5, carried_forward: 2, reviews: 2, lawsuits: 1, review_corrected: 0, lawsuit_corrected: 0 }),
	kpi(2023, { new_received: 60, carried_over: 2, processed: 61, granted: 40, partial_grant: 5, denied: 3, unable: 12, not_processed: 1, carried_forward: 1, reviews: 3, lawsuits: 1, review_corrected: 1, lawsuit_corrected: 0 }),
	kpi(2024, { new_received: 90, carried_over: 1, processed: 92, granted: 52, partial_grant: 8, denied: 6, unable: 20, not_processed: 2, carried_forward: 0, reviews: 4, lawsuits: 2, review_corrected: 1, lawsuit_corrected: 1 })
];
