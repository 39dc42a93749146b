/**
 * Arrow results → plain JS rows, in exactly one place (STYLE.md §4.5). duckdb-wasm returns Arrow tables whose rows
 * are proxies and whose LIST values are Arrow vectors; charts and components get plain objects and arrays instead.
 * Duck-typed (no `instanceof`), because the browser bundle and the Node blocking build load different copies of
 * apache-arrow.
 */

/** A result row as plain JS values. */
export type PlainRow = Record<string, unknown>;

interface VectorLike {
	toArray(): ArrayLike<unknown>;
}

interface TableLike {
	toArray(): ArrayLike<{ toJSON(): Record<string, unknown> } | null>;
}

const isVector = (v: object): v is VectorLike =>
	typeof (v as { toArray?: unknown }).toArray === 'function' && !(v instanceof Date);

/** One Arrow value as a plain value: vectors and typed arrays become arrays, structs objects. */
export function plainValue(v: unknown): unknown {
	if (v === null || typeof v !== 'object') return v;
	if (v instanceof Date) return v;
	if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<unknown>, plainValue);
	if (Array.isArray(v)) return v.map(plainValue);
	// A struct row's toJSON is an object, a vector's an array (struct rows also have a toArray: values only).
	if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return plainValue((v as { toJSON(): unknown }).toJSON());
	if (isVector(v)) return Array.from(v.toArray(), plainValue);
	return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainValue(x)]));
}

/** Every row of an Arrow table as a plain object. */
export function plainRows(table: TableLike): PlainRow[] {
	return Array.from(table.toArray(), (row) => {
		const out: PlainRow = {};
		if (!row) return out;
		for (const [k, v] of Object.entries(row.toJSON())) out[k] = plainValue(v);
		return out;
	});
}
