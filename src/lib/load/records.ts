/**
 * Records (from report files parsed here, and/or records.json) → the four tables, as `npm run ingest` builds them:
 * registry-resolved agencies, first of repeated ids kept, every rule rerun, rows from src/lib/dataset.
 */
import { AGENCY_COLUMNS, CELL_TABLE_COLUMNS, FINDING_COLUMNS, REPORT_COLUMNS, type Row, type TableName } from '../dataset/columns';
import { agencyRows, cellRows, deriveAgencies, findingRows, reportRow, withRegistryNames } from '../dataset/rows';
import { DatasetError, type DatasetInfo, type DatasetMeta } from '../db/catalog';
import type { Database } from '../db/database';
import { insertRows } from '../db/import';
import type { AnnualReport, Finding } from '../report/schema';
import type { ReadFile } from './files';
import { browserRegistry } from './registry';
import type { ReportOutcome } from './reports';
import type { FileStatus, OnProgress } from './types';

export async function loadRecords(
	db: Database,
	reportFiles: readonly ReadFile[],
	jsonRecords: readonly { file: string; records: AnnualReport[] }[],
	set: (s: FileStatus) => void,
	onProgress: OnProgress,
	meta: DatasetMeta
): Promise<DatasetInfo> {
	// The parser, the rules and the registry load only when someone drops reports (a lazy chunk, or a Web Worker).
	const [registry, { dropDuplicates }, { reportParser }] = await Promise.all([browserRegistry(), import('./reports'), import('./parse-client')]);
	const outcomes: ReportOutcome[] = [];
	for (const r of jsonRecords) for (const record of r.records) outcomes.push({ file: r.file, status: 'record', record });
	const parser = await reportParser();
	let records: AnnualReport[];
	let findings: Finding[];
	try {
		const total = reportFiles.length;
		onProgress({ phase: 'parse', done: 0, total, message: `解析 ${total} 份报告` });
		outcomes.push(...(await parser.parse(reportFiles, (done, name) => onProgress({ phase: 'parse', done, total, message: `解析 ${name}`, file: name }))));
		const kept = dropDuplicates(outcomes);
		for (const r of jsonRecords) {
			const n = kept.filter((o) => o.file === r.file && o.status === 'record').length;
			set({ name: r.file, kind: 'records', status: 'loaded', message: `${n} 条记录` });
		}
		for (const o of kept) {
			if (jsonRecords.some((r) => r.file === o.file)) continue;
			set(reportStatus(o));
		}
		onProgress({ phase: 'check', done: 0, total: 1, message: '核查（含跨年度规则）' });
		({ records, findings } = await parser.check(kept.flatMap((o) => (o.status === 'record' ? [o.record] : []))));
	} finally {
		parser.close();
	}
	if (records.length === 0) throw new DatasetError('没有可载入的年度报告');
	onProgress({ phase: 'insert', done: 0, total: 4, message: `写入 ${records.length} 份报告` });
	const agencies = withRegistryNames(deriveAgencies(records), registry.registry.agencies);
	const tables: [TableName, typeof REPORT_COLUMNS, () => Row[]][] = [
		['reports', REPORT_COLUMNS, () => records.map(reportRow)],
		['cells', CELL_TABLE_COLUMNS, () => records.flatMap(cellRows)],
		['findings', FINDING_COLUMNS, () => findingRows(findings)],
		['agencies', AGENCY_COLUMNS, () => agencyRows(agencies)]
	];
	return db.catalog.replace(async (area) => {
		await area.createTables();
		for (const [i, [table, columns, rows]] of tables.entries()) {
			onProgress({ phase: 'insert', done: i, total: tables.length, message: `写入 ${table} 表` });
			await insertRows(area, table, columns, rows(), `${table} 表`);
		}
		return meta;
	});
}


const LOSSY =
	'文件编码无法识别（既不是 UTF-8，也不是 GB18030/GBK）。';

/** The list entry of one report file. */
export function reportStatus(o: ReportOutcome): FileStatus {
	if (o.status === 'record') {
		return { name: o.file, kind: 'report', status: 'loaded', message: `${o.record.agency.name} ${o.record.year} 年度报告（${o.record.id}）`, recordId: o.record.id };
	}
	const lossy = o.encoding === 'utf-8-lossy';
	return {
		name: o.file,
		kind: 'report',
		status: 'rejected',
		reason: o.reject.reason,
		message: lossy ? `${LOSSY}${o.reject.message.zh}` : o.reject.message.zh,
		messageEn: lossy ? `Unknown text encoding (neither UTF-8 nor GB18030/GBK). ${o.reject.message.en}` : o.reject.message.en
	};
}
