/**
 * The browser's DuckDB: duckdb-wasm 1.32 (DuckDB 1.4.3), self-hosted (the wasm and worker files are this site's
 * own `?url` assets, never a CDN), started lazily in a Web Worker behind one init promise (STYLE.md §4.6).
 * Nothing here runs at import time: duckdb-wasm and its assets are imported dynamically inside init, so importing
 * this module during prerendering is harmless. Call {@link getDatabase} from browser code only (onMount, events).
 */
import { createDatabase, type Database } from './database';
import { wasmEngine } from './engine';

let init: Promise<Database> | undefined;

/** The database, started on first call; every caller shares the same one. A failed start is retried next call. */
export function getDatabase(): Promise<Database> {
	init ??= start().catch((e: unknown) => {
		init = undefined;
		throw e;
	});
	return init;
}

async function start(): Promise<Database> {
	if (typeof Worker === 'undefined') throw new Error('duckdb-wasm: needs a browser (Web Worker); not during prerendering');
	const [duckdb, mvpWasm, mvpWorker, ehWasm, ehWorker] = await Promise.all([
		import('@duckdb/duckdb-wasm'),
		import('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url')
	]);
	// selectBundle picks the exception-handling build when the browser supports it (Chromium does), else MVP.
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm.default, mainWorker: mvpWorker.default },
		eh: { mainModule: ehWasm.default, mainWorker: ehWorker.default }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
		// No BIGINT or DECIMAL reaches JS as bigint or string (DESIGN.md §7); the SQL casts sums anyway.
		await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
		const conn = await db.connect();
		const engine = wasmEngine(db, conn, await db.getVersion(), { blobs: 'handle' });
		return await createDatabase(engine, { validate: import.meta.env.DEV ? 'all' : 'first' });
	} catch (e) {
		await db.terminate().catch(() => undefined);
		throw e;
	}
}
