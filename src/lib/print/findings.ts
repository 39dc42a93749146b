/**
 * The briefing's summary of findings: findings-summary's rows (one per rule and severity, errors first) as a table,
 * and one line with the totals. The number of reports in the selection comes from overview-kpis run with scope
 * 'all' (reports are counted, not summed, so area-wide reports count too). Pure.
 */
import { formatNumber, SEVERITIES, type DataTable } from '../charts';
import type { findingsSummary, RowOf } from '../db/queries';
import type { Lang } from '../filters';
import { messages, ruleLabel, SEVERITY_LABELS } from '../i18n';
import { PRINT_MESSAGES } from '../i18n/print';

export type FindingRow = RowOf<typeof findingsSummary>;

export interface FindingsTotals {
	findings: number;
	bySeverity: Record<(typeof SEVERITIES)[number], number>;
	rules: number;
}

export function findingsTotals(rows: FindingRow[]): FindingsTotals {
	const bySeverity = { error: 0, warning: 0, info: 0 };
	for (const r of rows) bySeverity[r.severity] += r.findings;
	return { findings: rows.reduce((s, r) => s + r.findings, 0), bySeverity, rules: new Set(rows.map((r) => r.rule)).size };
}

/** One sentence with the totals; `reports` = reports in the selection (null while unknown: '—'). */
export function findingsLine(rows: FindingRow[], reports: number | null, lang: Lang): string {
	const m = PRINT_MESSAGES[lang];
	const n = (v: number | null) => formatNumber(lang, v);
	const t = findingsTotals(rows);
	if (t.findings === 0) return m.findingsNone(n(reports));
	return m.findingsLine(n(t.findings), n(t.bySeverity.error), n(t.bySeverity.warning), n(t.bySeverity.info), n(t.rules), n(reports));
}

/** Rule (short name and id), severity, findings, reports concerned: in the query's order. */
export function findingsDigestTable(rows: FindingRow[], lang: Lang): DataTable {
	const t = messages(lang);
	return {
		columns: [t.rule, t.severity, t.count, t.findingsReports],
		rows: rows.map((r) => [lang === 'zh' ? `${ruleLabel(lang, r.rule)}（${r.rule}）` : `${ruleLabel(lang, r.rule)} (${r.rule})`, SEVERITY_LABELS[lang][r.severity], formatNumber(lang, r.findings), formatNumber(lang, r.reports)]),
		numeric: [false, false, true, true]
	};
}
