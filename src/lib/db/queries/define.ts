/**
 * A named query: one .sql file (plain SQL with `$name` parameters, readable and runnable in the DuckDB CLI) paired
 * with a zod schema for its parameters and one for its rows (STYLE.md §4.2, §4.5). Parameters are bound to a prepared
 * statement, never interpolated: `$name` becomes a positional `$n` (the order of the params schema) once, here.
 */
import { z } from 'zod';
import type { Param } from '../engine';

/** A parameter schema: an object whose values bind to SQL (string, number, boolean or null). */
export type ParamsSchema = z.ZodObject<z.ZodRawShape>;
/** A row schema: an object; numbers must be numbers (a bigint or a HUGEINT string is rejected). */
export type RowSchema = z.ZodObject<z.ZodRawShape>;

export interface NamedQuery<P extends ParamsSchema = ParamsSchema, R extends RowSchema = RowSchema> {
	/** kebab-case, the .sql file's name. */
	readonly name: string;
	/** What it answers, for people (zh). */
	readonly title: string;
	/** The SQL as written in the .sql file. */
	readonly source: string;
	/** The SQL sent to DuckDB: comments removed, `$name` → `$n`. */
	readonly sql: string;
	/** Parameter names in positional order ($1, $2, …). */
	readonly paramNames: readonly string[];
	readonly params: P;
	readonly row: R;
	/**
	 * Other SQL for some parameter values (see {@link withVariants}): the first whose `when` holds runs instead of
	 * `sql`, with the same parameters, giving the same rows.
	 */
	readonly variants?: readonly QueryVariant[];
}

/** An equivalent of a query's SQL for some parameter values (a plan DuckDB makes and runs faster). */
export interface QueryVariant {
	readonly sql: string;
	when(values: Readonly<Record<string, Param>>): boolean;
}

/** What a caller passes: the params schema's input (defaults may be omitted). */
export type ParamsOf<Q extends NamedQuery> = z.input<Q['params']>;
/** One result row, as typed by the row schema. */
export type RowOf<Q extends NamedQuery> = z.output<Q['row']>;

const PARAM = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Removes `--` comment lines and compiles `$name` parameters to positions; throws for an unknown or unused name. */
export function compileSql(name: string, source: string, paramNames: readonly string[]): string {
	const body = source
		.split('\n')
		.filter((line) => !/^\s*--/.test(line))
		.join('\n')
		.trim();
	const used = new Set<string>();
	const sql = body.replace(PARAM, (_, p: string) => {
		const i = paramNames.indexOf(p);
		if (i < 0) throw new Error(`query ${name}: $${p} is not one of its parameters (${paramNames.join(', ') || 'none'})`);
		used.add(p);
		return `$${i + 1}`;
	});
	const unused = paramNames.filter((p) => !used.has(p));
	if (unused.length) throw new Error(`query ${name}: parameter ${unused.join(', ')} is not used in its SQL`);
	return sql;
}

/** Pairs a .sql file with its schemas. */
export function defineQuery<P extends ParamsSchema, R extends RowSchema>(def: {
	name: string;
	title: string;
	sql: string;
	params: P;
	row: R;
}): NamedQuery<P, R> {
	const paramNames = Object.keys(def.params.shape);
	return {
		name: def.name,
		title: def.title,
		source: def.sql,
		sql: compileSql(def.name, def.sql, paramNames),
		paramNames,
		params: def.params,
		row: def.row
	};
}

/**
 * The query with variants: each is the query's SQL with the table macro `macro` called as another one (same
 * parameters), used when `when` holds. `macro` must occur in the SQL.
 */
export function withVariants<Q extends NamedQuery>(
	query: Q,
	macro: string,
	variants: readonly { macro: string; when: QueryVariant['when'] }[]
): Q {
	const call = new RegExp(`\\b${macro}\\(`, 'g');
	if (!query.sql.match(call)) throw new Error(`query ${query.name}: ${macro}(…) is not in its SQL`);
	return {
		...query,
		variants: variants.map((v) => ({ when: v.when, sql: query.sql.replaceAll(call, `${v.macro}(`) }))
	};
}

/** The SQL that runs for these positional values: the first variant whose condition holds, else the query's. */
export function sqlFor(query: NamedQuery, values: readonly Param[]): string {
	if (!query.variants?.length) return query.sql;
	const named = Object.fromEntries(query.paramNames.map((p, i) => [p, values[i] ?? null]));
	return query.variants.find((v) => v.when(named))?.sql ?? query.sql;
}

/** Validates `input` with the query's params schema and returns the values in positional order. */
export function bindParams<Q extends NamedQuery>(query: Q, input: ParamsOf<Q>): Param[] {
	const parsed = query.params.safeParse(input);
	if (!parsed.success) {
		throw new Error(`query ${query.name}: invalid parameters: ${z.prettifyError(parsed.error)}`);
	}
	const values = parsed.data as Record<string, unknown>;
	return query.paramNames.map((p) => {
		const v = values[p] ?? null;
		if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
			throw new Error(`query ${query.name}: parameter ${p} is a ${typeof v}, not a string, number or boolean`);
		}
		return v;
	});
}
