/**
 * A database ready for the site: an Engine locked down (DESIGN.md §8), a catalog holding the current dataset behind
 * the four views the queries read, and a QueryRunner. The browser gets one from wasm-runner.ts; the tests build one
 * over duckdb-wasm's Node blocking build with the same code.
 */
import { Catalog, FILE_PREFIX } from './catalog';
import type { Engine } from './engine';
import { createQueryRunner, type QueryRunner, type RunnerOptions } from './runner';

export interface Database {
	engine: Engine;
	catalog: Catalog;
	runner: QueryRunner;
}

/**
 * Statements run once, before any data: DuckDB may then read only registered in-memory files under
 * {@link FILE_PREFIX} (no http, no other path), may not install or load extensions (which would be downloaded), and
 * the configuration is locked, so that neither the SQL console nor a crafted URL can turn this back on.
 * (`enable_external_access`, `allowed_directories`, `lock_configuration`: DuckDB 1.4 settings.)
 */
export const LOCKDOWN_SQL = [
	`SET allowed_directories = ['${FILE_PREFIX}']`,
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	'SET enable_external_access = false',
	'SET lock_configuration = true'
];

/** Locks `engine` down, installs an empty dataset and returns the database. */
export async function createDatabase(engine: Engine, opts: RunnerOptions = {}): Promise<Database> {
	for (const sql of LOCKDOWN_SQL) await engine.query(sql);
	const catalog = await Catalog.create(engine);
	return { engine, catalog, runner: createQueryRunner((sql, params) => engine.execute(sql, params), opts) };
}
