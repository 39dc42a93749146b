/**
 * Colours and shared option pieces. One colour per outcome group and per applicant column, the same in every chart
 * (and in the KPI cards); a sober palette with enough contrast on white.
 */
import type { Lang } from '../filters';

export const OUTCOME_COLORS = {
	granted: '#2f6f9f',
	partialGrant: '#7fb0d6',
	denied: '#c0504d',
	unableToProvide: '#e3a33b',
	notProcessed: '#8a6db1',
	other: '#9aa3ab'
} as const;

export const APPLICANT_COLORS = {
	naturalPerson: '#2f6f9f',
	'legalPerson.commercial': '#4f9a7c',
	'legalPerson.research': '#e3a33b',
	'legalPerson.social': '#8a6db1',
	'legalPerson.legal': '#c0504d',
	'legalPerson.other': '#9aa3ab'
} as const;

export const SEVERITY_COLORS = { error: '#c0504d', warning: '#e3a33b', info: '#9aa3ab' } as const;

export const ACCENT = '#2f6f9f';
export const TEXT = '#1f2328';
export const MUTED = '#59636e';

/** Font stack for chart text (CJK first for zh). */
export function fontFamily(lang: Lang): string {
	return lang === 'zh'
		? "'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', system-ui, sans-serif"
		: "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif";
}

/** Options every chart shares: no animation (deterministic, fast updates), aria description, text style. */
export function base(lang: Lang) {
	return {
		animation: false,
		aria: { enabled: true },
		textStyle: { fontFamily: fontFamily(lang), color: TEXT }
	};
}
