/**
 * Filling a staging area (catalog.ts) table by table. Every source ends in the same typed insert: rows are first
 * loaded as the file has them into a raw table (Arrow for rows decoded in JS: Parquet, JSON, records; read_csv for
 * CSV), then copied into the dataset table with an explicit CAST per column, so a value that does not
 * fit (text in a count, 1.5 in an INTEGER, a missing id) stops the load with a message naming the file.
 *
 * Parquet is decoded in JS with hyparquet: duckdb-wasm has no Parquet reader offline (DESIGN.md §7). JSON rows are
 * parsed in JS too: duckdb-wasm 1.32's insertJSONFromPath infers at most 100 columns (the alphabetically first) and
 * ignored its `columns` option when we tried it, so the 290-column reports table lost columns without an error.
 */
import { ident, TABLE_NAMES, TABLES, type Column, type Row, type SqlType, type TableName, type Value } from '../dataset/columns';
import { checked, daysOf } from '../dataset/rows';
import { DatasetError, type StagingArea } from './catalog';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A JS value checked against a column: a string for VARCHAR, a finite number for DOUBLE, an int32 for INTEGER
 * (bigint accepted when it fits), a boolean, a date (Date or 'YYYY-MM-DD', kept as that text), a list of strings.
 * `where` names the value in the error.
 */
export function coerce(v: unknown, col: Column, where: string): Value {
	if (v === null || v === undefined) return null;
	const bad = (what: string) => new DatasetError(`${where}：${JSON.stringify(typeof v === 'bigint' ? String(v) : v)} ${what}`);
	switch (col.type) {
		case 'VARCHAR':
			if (typeof v !== 'string') throw bad('不是文本');
			return v;
		case 'INTEGER':
		case 'DOUBLE': {
			const n = typeof v === 'bigint' ? Number(v) : v;
			if (typeof n !== 'number') throw bad('不是数字');
			try {
				return checked(n, col.type, where);
			} catch (e) {
				throw new DatasetError(`${where}：${n} 不是${col.type === 'INTEGER' ? '整数' : '有限数值'}`, { cause: e });
			}
		}
		case 'BOOLEAN':
			if (typeof v !== 'boolean') throw bad('不是布尔值');
			return v;
		case 'DATE': {
			const text = v instanceof Date ? v.toISOString().slice(0, 10) : v;
			if (typeof text !== 'string') throw bad('不是日期');
			try {
				daysOf(text);
			} catch (e) {
				throw new DatasetError(`${where}：${text} 不是日期（YYYY-MM-DD）`, { cause: e });
			}
			return text;
		}
		case 'VARCHAR[]':
			if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw bad('不是文本列表');
			return v as string[];
	}
}

/** Arrow IPC stream of `rows` (arrays in `columns` order). DATE travels as text and is cast in SQL. */
async function arrowStream(columns: readonly Column[], rows: readonly Row[]): Promise<Uint8Array> {
	const arrow = await import('apache-arrow');
	const typeOf = (t: SqlType): import('apache-arrow').DataType => {
		if (t === 'INTEGER') return new arrow.Int32();
		if (t === 'DOUBLE') return new arrow.Float64();
		if (t === 'BOOLEAN') return new arrow.Bool();
		if (t === 'VARCHAR[]') return new arrow.List(new arrow.Field('item', new arrow.Utf8(), true));
		return new arrow.Utf8();
	};
	const vectors: Record<string, import('apache-arrow').Vector> = {};
	columns.forEach((c, i) => {
		const values = rows.map((r) => {
			const v = r[i] ?? null;
			return Array.isArray(v) ? [...(v as readonly string[])] : v;
		});
		// Not vectorFromArray: its builder compiles a null test with `new Function`, which the site's CSP (no
		// 'unsafe-eval', DESIGN.md §8) refuses. The same builder with the null test written here.
		const builder = arrow.makeBuilder({ type: typeOf(c.type), nullValues: null });
		builder.isValid = (v: unknown) => v !== null && v !== undefined;
		for (const v of values) builder.append(v);
		vectors[c.name] = builder.finish().toVector();
	});
	return arrow.tableToIPC(new arrow.Table(vectors), 'stream');
}

let rawSeq = 0;
const rawName = () => `raw_${rawSeq++}`;

/** The columns (name → type) of a table of the staging area. */
async function columnsOf(area: StagingArea, table: string): Promise<Map<string, string>> {
	const cols = (await area.columns()).get(table);
	if (!cols) throw new Error(`dataset: no table ${table} in ${area.name}`);
	return cols;
}

const NUMERIC = /^(DOUBLE|FLOAT|REAL|DECIMAL|NUMERIC)/;

/** One column of the typed insert: CAST to the dataset type; a fractional number for an INTEGER is an error. */
function castSql(col: Column, rawType: string, table: TableName): string {
	const c = ident(col.name);
	if (col.type === 'INTEGER' && NUMERIC.test(rawType)) {
		const msg = `'${table}.${col.name}：' || ${c}::VARCHAR || ' 不是整数'`;
		return `CAST(CASE WHEN ${c} = trunc(${c}) THEN ${c} ELSE error(${msg}) END AS INTEGER) AS ${c}`;
	}
	return rawType === col.type ? c : `CAST(${c} AS ${col.type}) AS ${c}`;
}

/** Required columns of `table` missing from `present`. */
export function missingRequired(table: TableName, present: Iterable<string>): string[] {
	const have = new Set(present);
	return (TABLES[table] as readonly Column[]).filter((c) => c.notNull && !have.has(c.name)).map((c) => c.name);
}

/**
 * Copies the raw table `raw` into the dataset table `table` (the columns they share, cast), drops `raw`, and
 * returns the number of rows. `label` names the file in errors.
 */
export async function insertFromRaw(area: StagingArea, raw: string, table: TableName, label: string): Promise<number> {
	const rawCols = await columnsOf(area, raw);
	const missing = missingRequired(table, rawCols.keys());
	if (missing.length) throw new DatasetError(`${label}：缺少 ${table} 表的必需列 ${missing.join(', ')}`);
	const cols = (TABLES[table] as readonly Column[]).filter((c) => rawCols.has(c.name));
	const select = cols.map((c) => castSql(c, rawCols.get(c.name)!, table)).join(', ');
	try {
		await area.engine.query(`INSERT INTO ${area.table(table)} BY NAME SELECT ${select} FROM ${area.table(raw)}`);
	} catch (e) {
		throw new DatasetError(`${label}：${table} 表的数据无法载入（${errorText(e)}）`, { cause: e });
	} finally {
		await area.engine.query(`DROP TABLE IF EXISTS ${area.table(raw)}`);
	}
	const [n] = await area.engine.query(`SELECT count(*)::INTEGER AS n FROM ${area.table(table)}`);
	return Number(n?.n ?? 0);
}

/** Inserts rows (arrays in `columns` order, values as {@link coerce} returns them) into `table`, through Arrow. */
export async function insertRows(
	area: StagingArea,
	table: TableName,
	columns: readonly Column[],
	rows: readonly Row[],
	label: string
): Promise<number> {
	if (rows.length === 0) return 0;
	const raw = rawName();
	await area.engine.insertArrowIPC(await arrowStream(columns, rows), { schema: area.name, name: raw });
	return insertFromRaw(area, raw, table, label);
}

/** Row objects (as a JS decoder gives them) → checked rows of the dataset columns they have. */
export function objectRows(table: TableName, objects: readonly Record<string, unknown>[], present: readonly string[], label: string) {
	const have = new Set(present);
	const columns = (TABLES[table] as readonly Column[]).filter((c) => have.has(c.name));
	const rows = objects.map((o, i) => columns.map((c) => coerce(o[c.name], c, `${label} 第 ${i + 1} 行 ${c.name}`)));
	return { columns, rows };
}

/** Loads a CSV file (header row) as text columns into a raw table; returns its name and columns. */
export async function rawFromCsv(area: StagingArea, bytes: Uint8Array, label: string): Promise<{ raw: string; columns: string[] }> {
	const path = await area.registerFile(label, bytes);
	const raw = rawName();
	try {
		await area.engine.query(`CREATE TABLE ${area.table(raw)} AS SELECT * FROM read_csv('${path}', header = true, all_varchar = true, allow_quoted_nulls = false)`);
	} catch (e) {
		throw new DatasetError(`${label} 不是可读的 CSV 文件（${errorText(e)}）`, { cause: e });
	}
	return { raw, columns: [...(await columnsOf(area, raw)).keys()] };
}

/**
 * Rows of a JSON table: an array of row objects, or an object of column arrays; the columns are every key seen.
 * Throws when it is neither.
 */
export function jsonRows(value: unknown, label: string): { columns: string[]; rows: Record<string, unknown>[] } {
	const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
	let rows: Record<string, unknown>[];
	if (Array.isArray(value) && value.every(isObject)) rows = value;
	else if (isObject(value) && Object.values(value).every(Array.isArray)) {
		const cols = value as Record<string, unknown[]>;
		const n = Math.max(0, ...Object.values(cols).map((c) => c.length));
		rows = Array.from({ length: n }, (_, i) => Object.fromEntries(Object.keys(cols).map((k) => [k, cols[k]![i]])));
	} else throw new DatasetError(`${label} 不是数据表（应为行对象的数组，或列数组的对象）`);
	const columns = new Set<string>();
	for (const r of rows) for (const k of Object.keys(r)) columns.add(k);
	return { columns: [...columns], rows };
}

/** Decodes a Parquet file in JS (hyparquet): its column names and its rows as objects. */
export async function readParquet(bytes: Uint8Array, label: string): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
	const { parquetMetadata, parquetReadObjects, parquetSchema } = await import('hyparquet');
	const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	try {
		const metadata = parquetMetadata(file);
		const columns = parquetSchema(metadata).children.map((c) => c.element.name);
		const rows = (await parquetReadObjects({ file, metadata })) as Record<string, unknown>[];
		return { columns, rows };
	} catch (e) {
		throw new DatasetError(`${label} 不是可读的 Parquet 文件（${errorText(e)}）`, { cause: e });
	}
}

/**
 * Which dataset table a file holds: by its name (`reports.csv`, `my-cells.parquet`), else the table whose required
 * columns it has (the one it shares most columns with). undefined when neither.
 */
export function pickTable(fileName: string, columns: readonly string[]): TableName | undefined {
	const stem = fileName.toLowerCase().replace(/\.[^.]*$/, '');
	const named = TABLE_NAMES.find((t) => stem === t || new RegExp(`[^a-z]${t}$`).test(stem));
	if (named) return named;
	const fits = TABLE_NAMES.filter((t) => missingRequired(t, columns).length === 0);
	const shared = (t: TableName) => TABLES[t].filter((c) => columns.includes(c.name)).length;
	return fits.sort((a, b) => shared(b) - shared(a))[0];
}

/**
 * Fills `agencies` from `reports` when a dataset came without it: one agency per agency_id, described by its
 * latest report (by year, then id), other published names as aliases, as deriveAgencies does for records.
 */
export async function deriveAgencyTable(area: StagingArea): Promise<void> {
	const latest = (col: string) => `arg_max(${col}, year::VARCHAR || '|' || id) AS ${col}`;
	const meta = ['province', 'province_code', 'city', 'city_code', 'county', 'county_code', 'level', 'kind', 'category'];
	await area.engine.query(`INSERT INTO ${area.table('agencies')} BY NAME
		SELECT agency_id AS id, agency_name AS name, list_sort(list_filter(names, x -> x <> agency_name)) AS aliases, ${meta.join(', ')}
		FROM (
			SELECT agency_id, ${latest('agency_name')}, list_distinct(list(agency_name)) AS names, ${meta.map(latest).join(', ')}
			FROM ${area.table('reports')}
			GROUP BY agency_id
		)
		ORDER BY agency_id`);
}
