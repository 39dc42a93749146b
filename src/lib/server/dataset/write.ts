/**
 * The dataset files (DESIGN.md §4), written with DuckDB (@duckdb/node-api, pinned to the DuckDB version of the
 * browser's @duckdb/duckdb-wasm so that the browser opens gongkai.duckdb):
 *
 *   gongkai.duckdb   tables reports, cells, findings, agencies (explicit DDL from columns.ts, appenders)
 *   *.parquet        one per table, `COPY <table> TO … (FORMAT parquet)` from the same tables
 *   manifest.json    counts, sizes and sha256 of the files above (manifest.ts)
 *
 * Everything is written into a temporary folder inside `dir` and then renamed into place, so a reader never sees
 * half a dataset; manifest.json is renamed last. DuckDB is imported dynamically, so importing this module (e.g.
 * through the ingest outputs) does not load the native library until a dataset is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { PARSER_VERSION } from '../../report/parse';
import type { AnnualReport, Finding } from '../../report/schema';
import {
	TABLE_NAMES,
	TABLES,
	agencyRows,
	buildManifest,
	cellRows,
	createTableSql,
	daysOf,
	deriveAgencies,
	findingRows,
	ident,
	reportRow,
	type AgencyInput,
	type Column,
	type DatasetFile,
	type DatasetManifest,
	type Row,
	type TableName,
	type Value
} from '../../dataset';

export const DUCKDB_FILE = 'gongkai.duckdb';
export const MANIFEST_FILE = 'manifest.json';
export const PARQUET_FILES = TABLE_NAMES.map((t) => `${t}.parquet`);
/** Every file a dataset folder gets, in manifest order (the manifest itself last). */
export const DATASET_FILES: readonly string[] = [...PARQUET_FILES, DUCKDB_FILE, MANIFEST_FILE];

export interface DatasetInput {
	records: readonly AnnualReport[];
	findings: readonly Finding[];
	/** The agency registry; when absent, one agency per distinct record.agency.id (see `deriveAgencies`). */
	agencies?: readonly AgencyInput[] | undefined;
}

export interface DatasetOptions {
	/** Build time for the manifest; default now. Pass a fixed time for a reproducible build. */
	builtAt?: string | Date | undefined;
	/** Generated data (scale tests), labelled as such; default false. */
	synthetic?: boolean | undefined;
	/** Free text: where the reports came from. */
	source?: string | undefined;
	/** Default: the parser's PARSER_VERSION. */
	parserVersion?: string | undefined;
}

type Appendable = (a: DuckDBAppender, v: Value) => void;

/** One appender call per column type; null is appended as NULL whatever the type. */
function appenderFor(col: Column, duck: typeof import('@duckdb/node-api')): Appendable {
	const list = duck.LIST(duck.VARCHAR);
	const put: Record<Column['type'], Appendable> = {
		VARCHAR: (a, v) => a.appendVarchar(v as string),
		INTEGER: (a, v) => a.appendInteger(v as number),
		DOUBLE: (a, v) => a.appendDouble(v as number),
		BOOLEAN: (a, v) => a.appendBoolean(v as boolean),
		DATE: (a, v) => a.appendDate(duck.dateValue(daysOf(v as string))),
		'VARCHAR[]': (a, v) => a.appendList(duck.listValue([...(v as readonly string[])]), list)
	};
	const f = put[col.type];
	return (a, v) => (v === null ? a.appendNull() : f(a, v));
}

async function appendRows(conn: DuckDBConnection, table: TableName, rows: Iterable<Row>, duck: typeof import('@duckdb/node-api')) {
	const cols = TABLES[table];
	const put = cols.map((c) => appenderFor(c, duck));
	const appender = await conn.createAppender(table);
	let n = 0;
	try {
		for (const row of rows) {
			if (row.length !== cols.length) throw new Error(`dataset: a ${table} row has ${row.length} values for ${cols.length} columns`);
			for (let i = 0; i < row.length; i++) put[i]!(appender, row[i]!);
			appender.endRow();
			n++;
		}
		appender.flushSync();
	} finally {
		appender.closeSync();
	}
	return n;
}

function* flat<T>(items: readonly T[], rows: (item: T) => Row[]): Generator<Row> {
	for (const item of items) yield* rows(item);
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

function fileInfo(dir: string, name: string): DatasetFile {
	const bytes = readFileSync(join(dir, name));
	return { name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Writes reports/cells/findings/agencies as gongkai.duckdb and Parquet, plus manifest.json, into `dir`
 * (created if needed). Returns the manifest.
 */
export async function writeDataset(dir: string, input: DatasetInput, opts: DatasetOptions = {}): Promise<DatasetManifest> {
	const duck = await import('@duckdb/node-api');
	const agencies = input.agencies ?? deriveAgencies(input.records);
	mkdirSync(dir, { recursive: true });
	const tmp = mkdtempSync(join(dir, '.dataset-'));
	try {
		const counts = { reports: 0, cells: 0, findings: 0, agencies: 0 };
		// One thread: the data is small, the machine shared, and the files come out in insertion order.
		const instance = await duck.DuckDBInstance.create(join(tmp, DUCKDB_FILE), { threads: '1' });
		try {
			const conn = await instance.connect();
			try {
				for (const t of TABLE_NAMES) await conn.run(createTableSql(t, TABLES[t]));
				counts.reports = await appendRows(conn, 'reports', input.records.map(reportRow), duck);
				counts.cells = await appendRows(conn, 'cells', flat(input.records, cellRows), duck);
				counts.findings = await appendRows(conn, 'findings', findingRows(input.findings), duck);
				counts.agencies = await appendRows(conn, 'agencies', agencyRows(agencies), duck);
				for (const t of TABLE_NAMES) {
					await conn.run(`COPY ${ident(t)} TO ${sqlString(join(tmp, `${t}.parquet`))} (FORMAT parquet)`);
				}
				await conn.run('CHECKPOINT');
			} finally {
				conn.closeSync();
			}
		} finally {
			instance.closeSync();
		}
		const wal = join(tmp, `${DUCKDB_FILE}.wal`);
		if (existsSync(wal) && statSync(wal).size > 0) throw new Error(`dataset: ${DUCKDB_FILE}.wal left behind after CHECKPOINT`);
		rmSync(wal, { force: true });

		const files = [...PARQUET_FILES, DUCKDB_FILE].map((name) => fileInfo(tmp, name));
		const manifest = buildManifest({
			records: input.records,
			...counts,
			files,
			builtAt: opts.builtAt ?? new Date(),
			synthetic: opts.synthetic ?? false,
			parserVersion: opts.parserVersion ?? PARSER_VERSION,
			source: opts.source ?? null
		});
		writeFileSync(join(tmp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
		const extra = readdirSync(tmp).filter((f) => !DATASET_FILES.includes(f));
		if (extra.length) throw new Error(`dataset: unexpected files written: ${extra.join(', ')}`);
		for (const name of DATASET_FILES) renameSync(join(tmp, name), join(dir, name));
		return manifest;
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}
