/**
 * What a dropped file is, from its name and first bytes: a DuckDB database, one table of a dataset (Parquet, CSV
 * or JSON rows), a manifest, records (records.json), a report to parse (.html/.htm/.txt), or nothing we read.
 */
import { DatasetManifest } from '../dataset/manifest';

export type FileKind = 'duckdb' | 'parquet' | 'csv' | 'json' | 'report' | 'unsupported';

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The kind of a file: by magic bytes for DuckDB (`DUCK` at offset 8) and Parquet (`PAR1`), else by extension. */
export function fileKind(name: string, bytes: Uint8Array): FileKind {
	if (bytes.length >= 12 && ascii(bytes, 8, 12) === 'DUCK') return 'duckdb';
	if (bytes.length >= 4 && ascii(bytes, 0, 4) === 'PAR1') return 'parquet';
	const ext = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';
	if (ext === 'duckdb' || ext === 'db') return 'duckdb';
	if (ext === 'parquet') return 'parquet';
	if (ext === 'csv' || ext === 'tsv') return 'csv';
	if (ext === 'json') return 'json';
	if (ext === 'html' || ext === 'htm' || ext === 'txt') return 'report';
	return 'unsupported';
}

export type JsonKind =
	| { kind: 'manifest'; manifest: DatasetManifest }
	| { kind: 'records' }
	| { kind: 'findings' }
	| { kind: 'table' }
	| { kind: 'other'; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a parsed JSON file holds: a dataset manifest; records (objects with `agency`, `year` and `tables`, as in
 * records.json); findings (findings.json: `rule` and `recordId`); table rows (an array of flat objects, or an
 * object of column arrays); or something else.
 */
export function jsonKind(value: unknown): JsonKind {
	if (isObject(value) && 'schemaVersion' in value && 'counts' in value) {
		const m = DatasetManifest.safeParse(value);
		return m.success ? { kind: 'manifest', manifest: m.data } : { kind: 'other', reason: `manifest.json 无效：${m.error.issues[0]?.message ?? ''}` };
	}
	if (Array.isArray(value)) {
		const first: unknown = value[0];
		if (!isObject(first)) return value.length === 0 ? { kind: 'other', reason: '空数组' } : { kind: 'other', reason: '不是对象数组' };
		if ('agency' in first && 'year' in first && 'source' in first) return { kind: 'records' };
		if ('rule' in first && 'recordId' in first) return { kind: 'findings' };
		return { kind: 'table' };
	}
	if (isObject(value) && Object.values(value).every(Array.isArray)) return { kind: 'table' };
	return { kind: 'other', reason: '既不是数据表，也不是记录或 manifest' };
}
