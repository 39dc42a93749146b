/**
 * The dataset the queries see. Whatever was loaded (the bundled gongkai.duckdb, a user's .duckdb, Parquet/CSV/JSON
 * tables or records built from report files), the queries read the same four views in the main schema:
 * `reports`, `cells`, `findings`, `agencies`, with the columns of src/lib/dataset/columns.ts.
 *
 * A new dataset is staged beside the current one (a read-only ATTACHed file, or a schema of the in-memory database
 * filled by the loader), checked column by column, and only then swapped in: the four views, and the tables derived
 * from them (queries/derived.sql), are replaced in one transaction and the old dataset is dropped. A load that
 * fails anywhere leaves the current dataset as it was.
 */
import { createTableSql, ident, TABLE_NAMES, TABLES, type Column, type TableName } from '../dataset/columns';
import type { DatasetManifest } from '../dataset/manifest';
import type { Engine } from './engine';
import DERIVED_SQL from './queries/derived.sql?raw';
import MACROS_SQL from './queries/macros.sql?raw';

export type DatasetOrigin = 'empty' | 'bundled' | 'files';

export interface DatasetCounts {
	reports: number;
	cells: number;
	findings: number;
	agencies: number;
}

/** What is loaded. */
export interface DatasetInfo {
	/** The staging name (`ds_3`), new for every load. */
	id: string;
	/** For people: 默认数据集, or the file names. */
	label: string;
	origin: DatasetOrigin;
	/** The dataset's manifest.json when it came with one. */
	manifest: DatasetManifest | null;
	/** Generated data (must be labelled as such); null when unknown (a file without a manifest). */
	synthetic: boolean | null;
	counts: DatasetCounts;
}

/** What a loader says about the dataset it staged. */
export type DatasetMeta = Pick<DatasetInfo, 'label' | 'origin' | 'manifest' | 'synthetic'>;

/** A dataset that cannot be used, with a message for people (zh). */
export class DatasetError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'DatasetError';
	}
}

/**
 * The only path prefix DuckDB may read once external access is off (see LOCKDOWN_SQL in database.ts): every file
 * the loader registers (a dropped .duckdb, CSV or JSON file, the bundled gongkai.duckdb) is named `gk/…` and held
 * by duckdb-wasm (bytes in its heap, or a Blob it reads from).
 */
export const FILE_PREFIX = 'gk/';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The SELECT list of a view over `table` whose columns (name → DuckDB type) are `actual`: every column of the
 * dataset schema, NULL of its type where an optional column is absent (a file from an older writer). A missing
 * required column or a column of another type is a problem (zh), listed instead.
 */
export function viewColumns(table: TableName, actual: ReadonlyMap<string, string>): { select: string[]; problems: string[] } {
	const select: string[] = [];
	const problems: string[] = [];
	for (const c of TABLES[table] as readonly Column[]) {
		const type = actual.get(c.name);
		if (type === undefined) {
			if (c.notNull) problems.push(`${table} 表缺少必需的列 ${c.name}`);
			else select.push(`NULL::${c.type} AS ${ident(c.name)}`);
		} else if (type !== c.type) {
			problems.push(`${table}.${c.name} 的类型是 ${type}，应为 ${c.type}`);
		} else {
			select.push(ident(c.name));
		}
	}
	return { select, problems };
}

/** Where a dataset is being built: a read-only attached file, or a schema of the in-memory database. */
export class StagingArea {
	kind: 'attached' | 'memory' | undefined;
	private readonly files: string[] = [];

	constructor(
		readonly engine: Engine,
		/** `ds_<n>`: the attached database's or the schema's name. */
		readonly name: string,
		private readonly memoryDb: string
	) {}

	/** Registers `data` as a file DuckDB may read (under the lockdown prefix); returns its path. */
	async registerFile(label: string, data: Uint8Array | Blob): Promise<string> {
		const safe = label.replace(/[^\w.-]+/g, '_').slice(-60);
		const path = `${FILE_PREFIX}${this.name}-${this.files.length}-${safe}`;
		await this.engine.registerFile(path, data);
		this.files.push(path);
		return path;
	}

	/** Attaches a .duckdb file read-only as this dataset. */
	async attach(data: Uint8Array | Blob, label: string): Promise<void> {
		const path = await this.registerFile(label, data);
		try {
			await this.engine.query(`ATTACH '${path}' AS ${ident(this.name)} (READ_ONLY)`);
		} catch (e) {
			throw new DatasetError(`${label} 不是可读的 DuckDB 数据库文件（${errorText(e)}）`, { cause: e });
		}
		this.kind = 'attached';
	}

	/** Creates the empty tables of the dataset schema in a new schema of the in-memory database. */
	async createTables(): Promise<void> {
		await this.engine.query(`CREATE SCHEMA ${this.schemaSql}`);
		this.kind = 'memory';
		for (const t of TABLE_NAMES) {
			await this.engine.query(createTableSql(t, TABLES[t]).replace(/^CREATE TABLE /, `CREATE TABLE ${this.schemaSql}.`));
		}
	}

	/** `memory.ds_3` (schema) or `ds_3.main` (attached), quoted. */
	get schemaSql(): string {
		return this.kind === 'attached' ? `${ident(this.name)}.main` : `${ident(this.memoryDb)}.${ident(this.name)}`;
	}

	/** A table of this dataset, fully qualified and quoted. */
	table(name: string): string {
		return `${this.schemaSql}.${ident(name)}`;
	}

	/** Columns (name → type) of each table of this dataset. */
	async columns(): Promise<Map<string, Map<string, string>>> {
		const [db, schema] = this.kind === 'attached' ? [this.name, 'main'] : [this.memoryDb, this.name];
		const rows = await this.engine.execute(
			'SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE database_name = $1 AND schema_name = $2 ORDER BY column_index',
			[db, schema]
		);
		const out = new Map<string, Map<string, string>>();
		for (const r of rows) {
			const t = String(r.table_name);
			if (!out.has(t)) out.set(t, new Map());
			out.get(t)!.set(String(r.column_name), String(r.data_type));
		}
		return out;
	}

	/** Drops the files registered for loading (the data has been copied into memory). */
	async dropFiles(): Promise<void> {
		for (const f of this.files.splice(0)) await this.engine.dropFile(f).catch(() => undefined);
	}

	/** Removes everything of this dataset. Never throws. */
	async dispose(): Promise<void> {
		try {
			if (this.kind === 'attached') await this.engine.query(`DETACH DATABASE IF EXISTS ${ident(this.name)}`);
			else await this.engine.query(`DROP SCHEMA IF EXISTS ${ident(this.memoryDb)}.${ident(this.name)} CASCADE`);
		} catch {
			// best effort: a half-built dataset may not exist at all
		}
		await this.dropFiles();
	}
}

/** The current dataset and the swap. One load at a time (later calls wait). */
export class Catalog {
	private seq = 0;
	private area: StagingArea | undefined;
	private chain: Promise<unknown> = Promise.resolve();
	current!: DatasetInfo;

	private constructor(
		private readonly engine: Engine,
		private readonly memoryDb: string
	) {}

	/** A catalog with an empty dataset in place, so the queries run (and return nothing) before any load. */
	static async create(engine: Engine): Promise<Catalog> {
		const [row] = await engine.query('SELECT current_database() AS db');
		const catalog = new Catalog(engine, String(row?.db ?? 'memory'));
		await catalog.replace(async (area) => {
			await area.createTables();
			return { label: '（空）', origin: 'empty', manifest: null, synthetic: null };
		});
		return catalog;
	}

	/**
	 * Builds a dataset with `build` (which attaches a file or creates and fills the tables of the staging area),
	 * checks its columns and swaps it in. If anything fails, the staged data is dropped and the error rethrown;
	 * the current dataset stays.
	 */
	replace(build: (area: StagingArea) => Promise<DatasetMeta>): Promise<DatasetInfo> {
		const run = this.chain.then(() => this.replaceNow(build));
		this.chain = run.catch(() => undefined);
		return run;
	}

	private async replaceNow(build: (area: StagingArea) => Promise<DatasetMeta>): Promise<DatasetInfo> {
		const area = new StagingArea(this.engine, `ds_${this.seq++}`, this.memoryDb);
		let meta: DatasetMeta;
		try {
			meta = await build(area);
			if (!area.kind) throw new Error('dataset: the loader staged nothing');
			await this.swap(area);
		} catch (e) {
			await area.dispose();
			throw e;
		}
		if (area.kind === 'memory') await area.dropFiles();
		const old = this.area;
		this.area = area;
		await this.engine.resetPrepared();
		await old?.dispose();
		this.current = { id: area.name, ...meta, counts: await this.counts() };
		return this.current;
	}

	private async swap(area: StagingArea): Promise<void> {
		const columns = await area.columns();
		const problems: string[] = [];
		const views = TABLE_NAMES.map((t) => {
			const actual = columns.get(t);
			if (!actual) {
				problems.push(`缺少 ${t} 表`);
				return '';
			}
			const v = viewColumns(t, actual);
			problems.push(...v.problems);
			return `CREATE OR REPLACE VIEW main.${ident(t)} AS SELECT ${v.select.join(', ')} FROM ${area.table(t)}`;
		});
		if (problems.length) throw new DatasetError(`数据表结构不符：${problems.join('；')}`);
		try {
			await this.engine.query(`BEGIN TRANSACTION; ${views.join('; ')}; ${MACROS_SQL}; ${DERIVED_SQL}; COMMIT`);
		} catch (e) {
			await this.engine.query('ROLLBACK').catch(() => undefined);
			throw e;
		}
	}

	private async counts(): Promise<DatasetCounts> {
		const [r] = await this.engine.query(
			`SELECT ${TABLE_NAMES.map((t) => `(SELECT count(*) FROM main.${ident(t)})::INTEGER AS ${t}`).join(', ')}`
		);
		return { reports: Number(r?.reports), cells: Number(r?.cells), findings: Number(r?.findings), agencies: Number(r?.agencies) };
	}
}
