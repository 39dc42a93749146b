/**
 * The few DuckDB operations the query layer needs, as one async interface over a duckdb-wasm connection. The
 * browser's worker build (AsyncDuckDB) and the Node blocking build used by the tests have the same method names,
 * one returning promises and the other values, so a single adapter serves both: the tests exercise the code path
 * of the site, without the worker.
 */
import { plainRows, type PlainRow } from './plain';

/** A value bound to a prepared statement parameter. */
export type Param = string | number | boolean | null;

/** Where an insert goes: a schema of the in-memory database and a table name. */
export interface InsertTarget {
	schema: string;
	name: string;
}

export interface Engine {
	/** The DuckDB version, e.g. `v1.4.3`. */
	readonly version: string;
	/** Runs SQL (one statement, or several separated by `;`) and returns the last result as plain rows. */
	query(sql: string): Promise<PlainRow[]>;
	/** Runs `sql` as a prepared statement (cached by its text) with positional parameters ($1, $2, …). */
	execute(sql: string, params: readonly Param[]): Promise<PlainRow[]>;
	/**
	 * Prepares `sql`, runs it once without parameters and closes it (not cached: the SQL console's one-off
	 * statements). DuckDB refuses to prepare more than one statement.
	 */
	executeOnce(sql: string): Promise<PlainRow[]>;
	/** Closes every cached prepared statement (after the catalog changed under them). */
	resetPrepared(): Promise<void>;
	/**
	 * Makes `data` readable by SQL under `name` (no copy to disk, no network). Bytes are copied into DuckDB's memory;
	 * a Blob, where the engine can, is read a slice at a time as DuckDB asks (the browser keeps a Blob's bytes out of
	 * the page's memory).
	 */
	registerFile(name: string, data: Uint8Array | Blob): Promise<void>;
	dropFile(name: string): Promise<void>;
	/** Creates `target` from an Arrow IPC stream. */
	insertArrowIPC(bytes: Uint8Array, target: InsertTarget): Promise<void>;
}

type MaybePromise<T> = T | Promise<T>;
interface ArrowResult {
	toArray(): ArrayLike<{ toJSON(): Record<string, unknown> } | null>;
}
interface InsertOptions {
	schema?: string;
	name: string;
	create?: boolean;
}

/** What the adapter uses of a duckdb-wasm connection (AsyncDuckDBConnection or the blocking DuckDBConnection). */
export interface WasmConnection {
	query(sql: string): MaybePromise<ArrowResult>;
	prepare(sql: string): MaybePromise<{ query(...params: unknown[]): MaybePromise<ArrowResult>; close(): MaybePromise<unknown> }>;
	insertArrowFromIPCStream(buffer: Uint8Array, options: InsertOptions): MaybePromise<unknown>;
}

/** What the adapter uses of a duckdb-wasm database (AsyncDuckDB or the blocking DuckDBBindings). */
export interface WasmDatabase {
	registerFileBuffer(name: string, buffer: Uint8Array): MaybePromise<unknown>;
	registerFileHandle(name: string, handle: Blob, protocol: number, directIO: boolean): MaybePromise<unknown>;
	dropFile(name: string): MaybePromise<unknown>;
}

/** DuckDBDataProtocol.BROWSER_FILEREADER (not imported: this module must not load duckdb-wasm). */
const BROWSER_FILEREADER = 2;

type Prepared = Awaited<ReturnType<WasmConnection['prepare']>>;

export interface WasmEngineOptions {
	/**
	 * How a Blob is registered. `handle` (the browser's worker build): as a Blob the worker reads a slice at a time
	 * with FileReaderSync when DuckDB asks (BROWSER_FILEREADER), so the file never sits in the wasm heap; the
	 * browser keeps a large Blob's bytes outside the page, on disk. `copy` (Node, which has no FileReaderSync): its
	 * bytes are copied into the wasm heap, like a Uint8Array.
	 */
	blobs: 'handle' | 'copy';
}

/** An {@link Engine} over one duckdb-wasm connection. */
export function wasmEngine(db: WasmDatabase, conn: WasmConnection, version: string, options: WasmEngineOptions = { blobs: 'copy' }): Engine {
	const prepared = new Map<string, Promise<Prepared>>();
	return {
		version,
		query: async (sql) => plainRows(await conn.query(sql)),
		async execute(sql, params) {
			let stmt = prepared.get(sql);
			if (!stmt) {
				stmt = Promise.resolve(conn.prepare(sql));
				prepared.set(sql, stmt);
				stmt.catch(() => prepared.delete(sql));
			}
			return plainRows(await (await stmt).query(...params));
		},
		async executeOnce(sql) {
			const stmt = await conn.prepare(sql);
			try {
				return plainRows(await stmt.query());
			} finally {
				await stmt.close();
			}
		},
		async resetPrepared() {
			const all = [...prepared.values()];
			prepared.clear();
			for (const p of all) {
				try {
					await (await p).close();
				} catch {
					// a statement that failed to prepare has nothing to close
				}
			}
		},
		async registerFile(name, data) {
			if (!(data instanceof Blob)) await db.registerFileBuffer(name, data);
			else if (options.blobs === 'handle') await db.registerFileHandle(name, data, BROWSER_FILEREADER, true);
			else await db.registerFileBuffer(name, new Uint8Array(await data.arrayBuffer()));
		},
		dropFile: async (name) => void (await db.dropFile(name)),
		insertArrowIPC: async (bytes, t) => void (await conn.insertArrowFromIPCStream(bytes, { ...t, create: true }))
	};
}
