/**
 * Records (from report files parsed here, and/or records.json) → the four tables, as `npm run ingest` builds them:
 * registry-resolved agencies, first of repeated ids kept, every rule rerun, rows from src/lib/dataset.
 */
import { AGENCY_COLUMNS, CELL_TABLE_COLUMNS, FINDING_COLUMNS, REPORT_COLUMNS, type Row, type TableName } from '../dataset/columns';
import { agencyRows, cellRows, deriveAgencies, findingRows, reportRow, withRegistryNames } from '../dataset/rows';
import { DatasetError, type DatasetInfo, type DatasetMeta } from '../db/catalog';
import type { Database } from '../db/database';
import { insertRows } from '../db/import';
import type { AnnualReport } from '../report/schema';
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
	// The parser, the rules and the registry load only when someone drops reports (a lazy chunk).
	const [registry, { dropDuplicates, parseReportFile, recordsAndFindings }] = await Promise.all([browserRegistry(), import('./reports')]);
	const outcomes: ReportOutcome[] = [];
	for (const r of jsonRecords) for (const record of r.records) outcomes.push({ file: r.file, status: 'record', record });
	for (const [i, f] of reportFiles.entries()) {
		onProgress({ phase: 'parse', done: i, total: reportFiles.length, message: `解析 ${f.name}` });
		outcomes.push(await parseReportFile(f, registry));
	}
	const kept = dropDuplicates(outcomes);
	for (const r of jsonRecords) {
		const n = kept.filter((o) => o.file === r.file && o.status === 'record').length;
		set({ name: r.file, kind: 'records', status: 'loaded', message: `${n} 条记录` });
	}
	for (const o of kept) {
		if (jsonRecords.some((r) => r.file === o.file)) continue;
		if (o.status === 'record') set({ name: o.file, kind: 'report', status: 'loaded', message: `${o.record.agency.name} ${o.record.year} 年度报告（${o.record.id}）` });
		else set({ name: o.file, kind: 'report', status: 'rejected', message: o.reject.message.zh });
	}
	const { records, findings } = recordsAndFindings(kept.flatMap((o) => (o.status === 'record' ? [o.record] : [])));
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

