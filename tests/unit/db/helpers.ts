/**
 * Test engines for the query layer: duckdb-wasm's Node blocking build (the browser's engine without the worker),
 * wrapped by the same adapter and lockdown as the site; and @duckdb/node-api over data/default/gongkai.duckdb.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { createDatabase, type Database } from '../../../src/lib/db/database';
import { wasmEngine } from '../../../src/lib/db/engine';
import { openNode as openNodeAt, type NodeDatabase } from '../../../src/lib/server/query/node-runner';

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
export const openNode = (file = join(DEFAULT_DIR, 'gongkai.duckdb')): Promise<NodeDatabase> => openNodeAt(file);
