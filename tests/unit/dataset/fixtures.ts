/** Small synthetic inputs for the dataset tests (no report text): records, findings and the dictionary. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnnualReport, type Finding, type Template } from '../../../src/lib/report/schema';
import { makeRecord } from '../report/render/fixtures';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const DICTIONARY = resolve(ROOT, '../shared/format/dictionary.json');
export const HAS_DICTIONARY = existsSync(DICTIONARY);

/** The 229 cell keys of ../shared/format/dictionary.json (null when ../shared is absent). */
export function dictionaryKeys(): string[] | null {
	if (!HAS_DICTIONARY) return null;
	const d = JSON.parse(readFileSync(DICTIONARY, 'utf8')) as { cells: { key: string }[] };
	return d.cells.map((c) => c.key);
}

export interface RecordSpec {
	template: Template;
	agency: string;
	name?: string;
	year: number;
	raws?: Record<string, string>;
	publishedAt?: string | null;
}

/** A valid record of `template` (every cell '0' unless `raws` says otherwise) for agency `agency` and `year`. */
export function record(spec: RecordSpec): AnnualReport {
	const base = makeRecord(spec.template, spec.raws ?? {}, spec.name ?? `${spec.agency}局`);
	return AnnualReport.parse({
		...base,
		id: `${spec.agency}-${spec.year}`,
		agency: { ...base.agency, id: spec.agency },
		year: spec.year,
		publishedAt: spec.publishedAt ?? null,
		source: { ...base.source, fileName: `${spec.agency}-${spec.year}.txt` }
	});
}

/** A finding about `r`. */
export function finding(r: AnnualReport, over: Partial<Finding> = {}): Finding {
	return {
		rule: 'T3_BALANCE',
		severity: 'error',
		recordId: r.id,
		agencyId: r.agency.id,
		year: r.year,
		paths: ['applications.newReceived.total', 'applications.carriedOver.total'],
		expected: 10,
		actual: 9,
		message: { zh: '合计不符', en: 'Totals differ' },
		...over
	};
}

/** Amount and signed 2019 cells left blank in every record, so their columns are all null. */
export const ALL_BLANK: Record<string, string> = {
	'disclosure.fees.amountWan': '/',
	'disclosure2019.procurement.totalAmount': '',
	'disclosure2019.licensing.changeThisYear': '/'
};

/**
 * Five records: three 2021 (two agencies, the first renamed between years), one hybrid and one 2019, with
 * varied table-三 values; the amount and 2019 本年增/减 licensing columns are blank everywhere.
 */
export function fiveRecords(): AnnualReport[] {
	const n = (v: number) => ({ 'applications.newReceived.total': String(v), 'applications.newReceived.naturalPerson': String(v) });
	return [
		record({ template: '2019', agency: 'ag-a', name: '甲局旧名', year: 2020, raws: { ...ALL_BLANK, ...n(3), 'disclosure2019.punishment.changeThisYear': '-4' }, publishedAt: '2021-01-20' }),
		record({ template: 'hybrid', agency: 'ag-a', name: '甲局旧名', year: 2021, raws: { ...ALL_BLANK, ...n(7) }, publishedAt: '2022-01-25' }),
		record({ template: '2021', agency: 'ag-a', name: '甲局', year: 2022, raws: { ...ALL_BLANK, ...n(11) }, publishedAt: '2023-01-30' }),
		record({ template: '2021', agency: 'ag-b', year: 2022, raws: { ...ALL_BLANK, ...n(0), 'applications.results.other.overdueFee.total': '2' } }),
		record({ template: '2021', agency: 'ag-b', year: 2023, raws: { ...ALL_BLANK, ...n(25) }, publishedAt: '2024-01-15' })
	];
}
