/** The briefing's colophon: which data it was made from, and when. Pure (the date is passed in). */
import { formatNumber } from '../charts';
import type { DatasetInfo } from '../db/catalog';
import type { Lang } from '../filters';
import { LOCALE } from '../i18n';
import { PRINT_MESSAGES } from '../i18n/print';

/** A calendar date for people: 2026年11月25日 / November 25, 2026 (in `timeZone`, default the reader's). */
export function formatDate(date: Date, lang: Lang, timeZone?: string): string {
	return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', day: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** An ISO time as 'YYYY-MM-DD HH:mm UTC' (build times are UTC; the same in both languages). */
export function formatUtc(iso: string): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export interface SourceLine {
	id: 'dataset' | 'synthetic' | 'built' | 'version' | 'counts' | 'origin';
	label: string;
	value: string;
}

/** Dataset label, synthetic warning, build time, versions, counts and origin (from the manifest when there is one). */
export function sourceLines(ds: Pick<DatasetInfo, 'label' | 'manifest' | 'synthetic' | 'counts'>, lang: Lang): SourceLine[] {
	const m = PRINT_MESSAGES[lang];
	const n = (v: number) => formatNumber(lang, v);
	const man = ds.manifest;
	const lines: SourceLine[] = [{ id: 'dataset', label: m.dataset, value: ds.label }];
	if (ds.synthetic === true) lines.push({ id: 'synthetic', label: m.notice, value: m.synthetic });
	lines.push({ id: 'built', label: m.builtAt, value: man ? formatUtc(man.builtAt) : m.noManifest });
	if (man) lines.push({ id: 'version', label: m.version, value: m.versionText(man.schemaVersion, man.datasetVersion, man.parserVersion) });
	lines.push({ id: 'counts', label: m.counts, value: m.countsText(n(ds.counts.reports), n(ds.counts.agencies), n(ds.counts.cells), n(ds.counts.findings)) });
	if (man?.source) lines.push({ id: 'origin', label: m.origin, value: man.source });
	return lines;
}
