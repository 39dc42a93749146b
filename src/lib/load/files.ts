/**
 * A user's files → one dataset: a .duckdb file, or dataset tables (Parquet, CSV, JSON), or records (report files
 * and/or records.json), plus an optional manifest.json. One kind per load; any failure leaves the current data.
 */
import type { TableName } from '../dataset/columns';
import type { DatasetManifest } from '../dataset/manifest';
import { DatasetError, type DatasetInfo, type DatasetMeta, type StagingArea } from '../db/catalog';
import type { Database } from '../db/database';
import { deriveAgencyTable, insertFromRaw, insertRows, jsonRows, missingRequired, objectRows, pickTable, rawFromCsv, readParquet } from '../db/import';
import type { AnnualReport } from '../report/schema';
import { fileKind, jsonKind, type FileKind } from './classify';
import { loadRecords } from './records';
import { errorText, LoadError, type FileStatus, type LoadResult, type OnProgress, type SourceFile } from './types';

export interface ReadFile {
	name: string;
	/** The file's bytes; of a .duckdb file given as a Blob (a browser File), only the first ones: see `blob`. */
	bytes: Uint8Array;
	kind: FileKind;
	/** A .duckdb file given as a Blob: attached as it is (DuckDB reads the blocks it needs), never read whole. */
	blob?: Blob;
	json?: unknown;
}

/** A file's kind, and its bytes unless it is a .duckdb Blob (a dataset of any size costs the page nothing). */
async function readSource(f: SourceFile, name: string): Promise<Omit<ReadFile, 'name'>> {
	if (f instanceof Blob) {
		const head = new Uint8Array(await f.slice(0, 16).arrayBuffer());
		if (fileKind(name, head) === 'duckdb') return { bytes: head, kind: 'duckdb', blob: f };
	}
	// Not just `'bytes' in f`: a browser File has a bytes() method (Blob.bytes) too.
	const bytes = 'bytes' in f && f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(await (f as { arrayBuffer(): Promise<ArrayBuffer> }).arrayBuffer());
	return { bytes, kind: fileKind(name, bytes) };
}

export async function loadFiles(db: Database, sources: readonly SourceFile[], onProgress: OnProgress): Promise<LoadResult> {
	const statuses = new Map<string, FileStatus>();
	const set = (s: FileStatus) => statuses.set(s.name, s);
	const list = () => [...statuses.values()];
	const files: ReadFile[] = [];
	const names = uniqueNames(sources.map((s) => s.name));
	for (const [i, source] of sources.entries()) {
		const src = { name: names[i]!, source };
		onProgress({ phase: 'read', done: i, total: sources.length, message: `读取 ${src.name}`, file: src.name });
		let read: Omit<ReadFile, 'name'>;
		try {
			read = await readSource(source, src.name);
		} catch (e) {
			set({ name: src.name, kind: 'unsupported', status: 'rejected', reason: 'unreadable', message: `无法读取文件：${errorText(e)}` });
			continue;
		}
		if (read.kind === 'unsupported') {
			set({ name: src.name, kind: read.kind, status: 'rejected', reason: 'unsupported', message: '不支持的文件类型（可载入 .duckdb、.parquet、.csv、.json、.html、.htm、.txt）' });
			continue;
		}
		files.push({ name: src.name, ...read });
	}

	// JSON: a manifest, records, findings or table rows.
	let manifest: DatasetManifest | null = null;
	const records: { file: string; records: AnnualReport[] }[] = [];
	const tables: ReadFile[] = [];
	const reports: ReadFile[] = [];
	const databases: ReadFile[] = [];
	for (const f of files) {
		if (f.kind === 'report') reports.push(f);
		else if (f.kind === 'duckdb') databases.push(f);
		else if (f.kind === 'parquet' || f.kind === 'csv') tables.push(f);
		else {
			let value: unknown;
			try {
				value = JSON.parse(new TextDecoder().decode(f.bytes));
			} catch (e) {
				set({ name: f.name, kind: 'json', status: 'rejected', reason: 'invalid', message: `不是有效的 JSON：${errorText(e)}` });
				continue;
			}
			const k = jsonKind(value);
			if (k.kind === 'manifest') {
				manifest = k.manifest;
				set({ name: f.name, kind: 'manifest', status: 'loaded', message: k.manifest.synthetic ? 'manifest：合成数据' : 'manifest' });
			} else if (k.kind === 'findings') {
				set({ name: f.name, kind: 'findings', status: 'skipped', message: '核查结果按载入的记录重新计算，无需 findings.json' });
			} else if (k.kind === 'records') {
				try {
					const { recordsFromJson } = await import('./reports');
					records.push({ file: f.name, records: recordsFromJson(value, f.name) });
				} catch (e) {
					set({ name: f.name, kind: 'records', status: 'rejected', reason: 'invalid', message: errorText(e) });
				}
			} else if (k.kind === 'table') tables.push({ ...f, json: value });
			else set({ name: f.name, kind: 'json', status: 'rejected', reason: 'invalid', message: `无法识别的 JSON：${k.reason}` });
		}
	}

	// Report files win over dataset files dropped with them (a folder of reports often holds an index.csv): those
	// are listed as not loaded, with the reason, and the reports load.
	if (reports.length + records.length > 0) {
		for (const f of [...databases.splice(0), ...tables.splice(0)]) {
			set({ name: f.name, kind: f.kind, status: 'rejected', reason: 'mixed', message: '与年度报告一起选择的数据表或数据库文件不载入（一次只载入一种数据；如需要请单独载入）' });
		}
	}
	const groups = [databases.length > 0, tables.length > 0, reports.length + records.length > 0].filter(Boolean).length;
	const rejectAll = (message: string): never => {
		for (const f of [...databases, ...tables, ...reports]) if (!statuses.has(f.name)) set({ name: f.name, kind: f.kind, status: 'skipped', message: '未载入' });
		throw new LoadError(message, list());
	};
	if (groups === 0) {
		const why = list().filter((s) => s.status === 'rejected').map((s) => `${s.name}：${s.message}`);
		rejectAll(why.length ? `没有可载入的文件（${why.join('；')}）。之前的数据保持不变。` : '没有选择文件。之前的数据保持不变。');
	}
	if (groups > 1) rejectAll('一次只能载入一种数据：一个 .duckdb 文件，或一组数据表文件，或年度报告文件（可加 records.json）。之前的数据保持不变。');
	if (databases.length > 1) rejectAll('一次只能载入一个 .duckdb 文件。之前的数据保持不变。');

	const meta = (synthetic: boolean | null): DatasetMeta => ({
		label: files.length === 1 ? files[0]!.name : `${files.length} 个文件`,
		origin: 'files',
		manifest,
		synthetic: manifest?.synthetic ?? synthetic
	});
	let current: ReadFile | undefined;
	try {
		let dataset: DatasetInfo;
		if (databases.length) {
			const f = (current = databases[0]!);
			dataset = await db.catalog.replace(async (area) => {
				await area.attach(f.blob ?? f.bytes, f.name);
				return meta(null);
			});
			set({ name: f.name, kind: 'duckdb', status: 'loaded', message: `${dataset.counts.reports} 份报告` });
		} else if (tables.length) {
			dataset = await db.catalog.replace(async (area) => {
				await area.createTables();
				const seen = new Map<TableName, string>();
				for (const [i, f] of tables.entries()) {
					current = f;
					onProgress({ phase: 'insert', done: i, total: tables.length, message: `载入 ${f.name}` });
					const { table, rows } = await importTable(area, f);
					const other = seen.get(table);
					if (other) throw new DatasetError(`${f.name} 与 ${other} 都是 ${table} 表`);
					seen.set(table, f.name);
					set({ name: f.name, kind: f.kind, status: 'loaded', message: `${table} 表 ${rows} 行` });
				}
				current = undefined;
				if (!seen.has('reports')) throw new DatasetError('缺少 reports 表（reports.parquet、reports.csv 或 reports.json）');
				if (!seen.has('agencies')) await deriveAgencyTable(area);
				return meta(null);
			});
		} else {
			dataset = await loadRecords(db, reports, records, set, onProgress, meta(reports.length && !records.length ? false : null));
		}
		return { dataset, files: list() };
	} catch (e) {
		if (e instanceof LoadError) throw e;
		if (current) set({ name: current.name, kind: current.kind, status: 'rejected', message: errorText(e) });
		for (const f of [...databases, ...tables, ...reports]) {
			const s = statuses.get(f.name);
			if (!s || s.status === 'loaded') set({ name: f.name, kind: f.kind, status: 'skipped', message: '未载入（同批文件有错误）' });
		}
		throw new LoadError(`载入失败：${errorText(e)}。之前的数据保持不变。`, list(), { cause: e });
	}
}

/**
 * File names made unique in order: a repeated name (two folders each with 001.txt) gets ` (2)`, ` (3)`… so that
 * every input keeps its own line in the list. Pure.
 */
export function uniqueNames(names: readonly string[]): string[] {
	const seen = new Set<string>();
	return names.map((name) => {
		let n = name;
		for (let i = 2; seen.has(n); i++) n = `${name} (${i})`;
		seen.add(n);
		return n;
	});
}

/** One table file into the staging area; returns the table it filled and its row count. */
async function importTable(area: StagingArea, f: ReadFile): Promise<{ table: TableName; rows: number }> {
	const which = (columns: readonly string[]) => {
		const table = pickTable(f.name, columns);
		if (!table) throw new DatasetError(`${f.name} 不是数据集的表（reports、cells、findings 或 agencies）：列为 ${columns.slice(0, 8).join(', ')}…`);
		const missing = missingRequired(table, columns);
		if (missing.length) throw new DatasetError(`${f.name}：缺少 ${table} 表的必需列 ${missing.join(', ')}`);
		return table;
	};
	if (f.kind === 'parquet' || f.kind === 'json') {
		const decoded = f.kind === 'parquet' ? await readParquet(f.bytes, f.name) : jsonRows(f.json, f.name);
		const table = which(decoded.columns);
		const { columns, rows } = objectRows(table, decoded.rows, decoded.columns, f.name);
		return { table, rows: await insertRows(area, table, columns, rows, f.name) };
	}
	const raw = await rawFromCsv(area, f.bytes, f.name);
	const table = which(raw.columns);
	return { table, rows: await insertFromRaw(area, raw.raw, table, f.name) };
}

