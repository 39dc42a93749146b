/**
 * Raw SQL for the /sql console: classify → describe → execute → rows and column types.
 *
 * 1. `classify` (src/lib/sql/classify.ts) lets through one read-only query and names what it refuses.
 * 2. DuckDB checks again: the query runs as `SELECT … FROM (<query>) AS q` in one prepared statement, so its parser
 *    accepts only a single query expression there (a DROP, a SET or a second statement is a syntax error), and the
 *    database is locked down besides (no external access, no extensions, configuration locked: database.ts).
 * 3. `DESCRIBE` of that query gives the column names and DuckDB types (also when no row comes back); the SELECT
 *    casts what JS cannot hold exactly or plainly — BIGINT, HUGEINT and DECIMAL to DOUBLE, dates, times, lists,
 *    structs and the rest to their DuckDB text — so every value is a string, number, boolean or null.
 * 4. At most `cap` rows are read (one more is asked for, to tell that the result was cut).
 *
 * Nothing here changes the views or macros the dashboard reads: only queries run.
 */
import { classify, type Refusal, type Verdict } from '../sql/classify';
import { ident } from '../dataset/columns';
import type { Engine } from './engine';
import type { PlainRow } from './plain';

/** The most rows a console result holds. */
export const CONSOLE_ROW_CAP = 1_000_000;

export type ConsoleValue = string | number | boolean | null;

export interface ConsoleColumn {
	name: string;
	/** DuckDB's type of the column, e.g. `INTEGER`, `VARCHAR[]`, `DATE`. */
	type: string;
	/** Shown right-aligned and exported as a number. */
	numeric: boolean;
}

export interface ConsoleResult {
	kind: string;
	columns: ConsoleColumn[];
	rows: ConsoleValue[][];
	/** More rows than `cap` exist; only the first `cap` are in `rows`. */
	truncated: boolean;
	cap: number;
	elapsedMs: number;
}

/** A statement the console does not run (see classify.ts); the page words the message from `refusal`. */
export class ConsoleRefusal extends Error {
	constructor(readonly refusal: Refusal) {
		super(`refused: ${refusal.reason}${'kind' in refusal ? ` ${refusal.kind}` : ''}`);
		this.name = 'ConsoleRefusal';
	}
}

/** DuckDB's error for a query, with its message as DuckDB words it. */
export class ConsoleQueryError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'ConsoleQueryError';
	}
}

const NATIVE_NUMBERS = new Set(['TINYINT', 'SMALLINT', 'INTEGER', 'UTINYINT', 'USMALLINT', 'UINTEGER', 'FLOAT', 'DOUBLE']);
const WIDE_NUMBERS = new Set(['BIGINT', 'UBIGINT', 'HUGEINT', 'UHUGEINT']);

/** Whether a DuckDB type is shown as a number. */
export const isNumericType = (type: string): boolean =>
	NATIVE_NUMBERS.has(type) || WIDE_NUMBERS.has(type) || /^DECIMAL\(\d+,\s*\d+\)$/.test(type);

/** The SELECT expression of column `c` (aliased as `c`): the cast that makes its values plain JS values. */
export function plainCast(c: string, type: string): string {
	const col = ident(c);
	if (NATIVE_NUMBERS.has(type) || type === 'BOOLEAN' || type === 'VARCHAR') return col;
	if (isNumericType(type)) return `${col}::DOUBLE AS ${col}`;
	return `${col}::VARCHAR AS ${col}`;
}

/** The statement wrapped so that DuckDB accepts only a single query: the inner text on its own lines. */
export const wrapQuery = (query: string, columns?: readonly string[]): string =>
	`SELECT * FROM (\n${query}\n) AS q${columns ? `(${columns.map(ident).join(', ')})` : ''}`;

/** The SQL run for `verdict` given the described column types: positional aliases c0, c1, … then the casts. */
export function executionSql(verdict: Extract<Verdict, { ok: true }>, types: readonly string[], cap: number): string {
	const aliases = types.map((_, i) => `c${i}`);
	const select = types.map((t, i) => plainCast(aliases[i]!, t)).join(', ') || '*';
	const inner = `SELECT ${select} FROM (\n${verdict.query}\n) AS q${aliases.length ? `(${aliases.map(ident).join(', ')})` : ''}`;
	if (verdict.explain) return `EXPLAIN ${verdict.explain.analyze ? 'ANALYZE ' : ''}${inner}`;
	return `${inner}\nLIMIT ${cap + 1}`;
}

/** One value as a console value (the casts make most of this a no-op; a bigint or an object never leaks). */
export function consoleValue(v: unknown): ConsoleValue {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string' || typeof v === 'boolean') return v;
	if (typeof v === 'number') return v;
	if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
	if (v instanceof Date) return v.toISOString();
	return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Runs one console statement. Throws {@link ConsoleRefusal} for what the console does not run and
 * {@link ConsoleQueryError} with DuckDB's message when DuckDB rejects the query.
 */
export async function runConsole(
	engine: Engine,
	sql: string,
	opts: { cap?: number; now?: () => number } = {}
): Promise<ConsoleResult> {
	const cap = opts.cap ?? CONSOLE_ROW_CAP;
	const now = opts.now ?? (() => performance.now());
	const verdict = classify(sql);
	if (!verdict.ok) {
		const { ok: _ok, ...refusal } = verdict;
		throw new ConsoleRefusal(refusal);
	}
	const started = now();
	let described: PlainRow[];
	let raw: PlainRow[];
	try {
		described = verdict.explain
			? [{ column_name: 'explain_key', column_type: 'VARCHAR' }, { column_name: 'explain_value', column_type: 'VARCHAR' }]
			: await engine.executeOnce(`DESCRIBE ${wrapQuery(verdict.query)}`);
		const types = verdict.explain ? [] : described.map((d) => String(d.column_type));
		raw = await engine.executeOnce(executionSql(verdict, types, cap));
	} catch (e) {
		throw new ConsoleQueryError(errorText(e), { cause: e });
	}
	const columns: ConsoleColumn[] = described.map((d) => {
		const type = String(d.column_type);
		return { name: String(d.column_name), type, numeric: isNumericType(type) };
	});
	const keys = verdict.explain ? ['explain_key', 'explain_value'] : columns.map((_, i) => `c${i}`);
	const truncated = raw.length > cap;
	const rows = (truncated ? raw.slice(0, cap) : raw).map((r) => keys.map((k) => consoleValue(r[k])));
	return { kind: verdict.kind, columns, rows, truncated, cap, elapsedMs: now() - started };
}

export interface SchemaColumn {
	name: string;
	type: string;
}
export interface SchemaTable {
	name: string;
	columns: SchemaColumn[];
}

/** The tables the console offers (the dataset's views), in this order. */
export const CONSOLE_TABLES = ['reports', 'cells', 'findings', 'agencies'] as const;

/** The loaded dataset's views and their columns, as DuckDB describes them (`duckdb_columns()`). */
export async function consoleSchema(engine: Engine): Promise<SchemaTable[]> {
	const rows = await engine.query(
		`SELECT table_name, column_name, data_type FROM duckdb_columns()
		 WHERE database_name = current_database() AND schema_name = 'main'
		   AND table_name IN (${CONSOLE_TABLES.map((t) => `'${t}'`).join(', ')})
		 ORDER BY table_name, column_index`
	);
	return CONSOLE_TABLES.map((name) => ({
		name,
		columns: rows.filter((r) => r.table_name === name).map((r) => ({ name: String(r.column_name), type: String(r.data_type) }))
	}));
}
