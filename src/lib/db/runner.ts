/**
 * The one boundary where query results get their types (STYLE.md §4.5): `runner.query(namedQuery, params)` checks
 * the parameters with the query's zod schema, binds them to a prepared statement and returns plain rows typed by
 * the query's row schema. Rows are validated against that schema (all of them, or only the first when speed
 * matters), so a bigint, a HUGEINT string or a renamed column fails loudly here instead of in a chart.
 */
import { z } from 'zod';
import type { Param } from './engine';
import type { PlainRow } from './plain';
import { bindParams, sqlFor, type NamedQuery, type ParamsOf, type RowOf } from './queries/define';

export interface QueryRunner {
	query<Q extends NamedQuery>(query: Q, params: ParamsOf<Q>): Promise<RowOf<Q>[]>;
}

/** Runs compiled SQL with positional parameters and returns plain rows (an Engine's `execute`, or node-api in tests). */
export type Execute = (sql: string, params: readonly Param[]) => Promise<PlainRow[]>;

export interface RunnerOptions {
	/** `all` (tests, dev builds) or `first` row only (production: cheap, still catches drift). Default `all`. */
	validate?: 'all' | 'first';
}

export class QueryError extends Error {
	constructor(
		readonly query: string,
		message: string,
		options?: { cause?: unknown }
	) {
		super(`query ${query}: ${message}`, options);
		this.name = 'QueryError';
	}
}

/** A QueryRunner over `execute`. */
export function createQueryRunner(execute: Execute, opts: RunnerOptions = {}): QueryRunner {
	const validate = opts.validate ?? 'all';
	return {
		async query<Q extends NamedQuery>(query: Q, params: ParamsOf<Q>): Promise<RowOf<Q>[]> {
			const values = bindParams(query, params);
			let rows: PlainRow[];
			try {
				rows = await execute(sqlFor(query, values), values);
			} catch (e) {
				throw new QueryError(query.name, e instanceof Error ? e.message : String(e), { cause: e });
			}
			const checked = validate === 'all' ? rows : rows.slice(0, 1);
			const parsed: RowOf<Q>[] = [];
			for (const [i, row] of checked.entries()) {
				const r = query.row.safeParse(row);
				if (!r.success) throw new QueryError(query.name, `row ${i} does not match its schema: ${z.prettifyError(r.error)}`);
				parsed.push(r.data as RowOf<Q>);
			}
			// Unvalidated rows are returned as they came (same shape as the first, which was checked).
			return validate === 'all' ? parsed : [...parsed, ...(rows.slice(1) as RowOf<Q>[])];
		}
	};
}
