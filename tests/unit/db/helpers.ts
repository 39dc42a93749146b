/**
 * Test engines for the query layer: duckdb-wasm's Node blocking build (the browser's engine without the worker),
 * wrapped by the same adapter and lockdown as the site; and @duckdb/node-api over data/default/gongkai.duckdb.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createDatabase, type Database } from '../../../src/lib/db/database';
import { wasmEngine, type Param } from '../../../src/lib/db/engine';
import type { PlainRow } from '../../../src/lib/db/plain';
import { createQueryRunner, type QueryRunner } from '../../../src/lib/db/runner';
import { MACROS_SQL } from '../../../src/lib/db/queries';

export const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const DEFAULT_DIR = join(REPO, 'data/default');
export const HAS_DEFAULT = existsSync(join(DEFAULT_DIR, 'gongkai.duckdb')) && existsSync(join(DEFAULT_DIR, 'manifest.json'));
export const readDefault = (name: string) => new Uint8Array(readFileSync(join(DEFAULT_DIR, name)));

/** A Database (engine + catalog + runner) over duckdb-wasm's blocking Node build, locked down like the site's. */
export async function openWasm(): Promise<Database & { close(): void }> {
	const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = db.connect();
	const database = await createDatabase(wasmEngine(db, conn, db.getVersion()));
	return { ...database, close: () => conn.close() };
}

/** A QueryRunner over @duckdb/node-api with data/default/gongkai.duckdb attached read-only behind the four views. */
export async function openNode(file = join(DEFAULT_DIR, 'gongkai.duckdb')): Promise<{ runner: QueryRunner; conn: DuckDBConnection; close(): void }> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await instance.connect();
	await conn.run(`ATTACH '${file.replaceAll("'", "''")}' AS g (READ_ONLY)`);
	for (const t of ['reports', 'cells', 'findings', 'agencies']) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM g.${t}`);
	await conn.run(MACROS_SQL);
	const execute = async (sql: string, params: readonly Param[]): Promise<PlainRow[]> => {
		const stmt = await conn.prepare(sql);
		stmt.bind([...params]);
		return (await stmt.runAndReadAll()).getRowObjectsJS() as PlainRow[];
	};
	return {
		runner: createQueryRunner(execute),
		conn,
		close: () => {
			conn.closeSync();
			instance.closeSync();
		}
	};
}
