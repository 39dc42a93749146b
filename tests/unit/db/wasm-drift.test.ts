/**
 * The query set runs once in duckdb-wasm (the Node blocking build of the browser's engine, through the site's own
 * adapter, lockdown and catalog, with the bundled .duckdb registered as a buffer) and gives exactly the rows of
 * @duckdb/node-api: catches drift between the two DuckDB builds and between Arrow and node-api value conversion.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../src/lib/db/database';
import { probeQueries } from '../../../src/lib/db/probe';
import { DatasetManifest } from '../../../src/lib/dataset/manifest';
import { loadDataset } from '../../../src/lib/load';
import { HAS_DEFAULT, openNode, openWasm, readDefault } from './helpers';

// Instantiating the wasm module takes a few seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

describe.skipIf(!HAS_DEFAULT)('named queries: duckdb-wasm vs @duckdb/node-api', () => {
	let wasm: Database & { close(): void };
	let node: Awaited<ReturnType<typeof openNode>>;

	beforeAll(async () => {
		[wasm, node] = await Promise.all([openWasm(), openNode()]);
	});
	afterAll(() => {
		wasm?.close();
		node?.close();
	});

	it('the bundled dataset loads as the site loads it (manifest checked, counts as in the manifest)', async () => {
		const manifest = DatasetManifest.parse(JSON.parse(new TextDecoder().decode(readDefault('manifest.json'))));
		const files: Record<string, Uint8Array> = { 'manifest.json': readDefault('manifest.json'), 'gongkai.duckdb': readDefault('gongkai.duckdb') };
		const fakeFetch = (async (url: string) => {
			const bytes = files[url.replace('/data/default/', '')];
			return bytes ? new Response(bytes.slice()) : new Response('not found', { status: 404 });
		}) as typeof fetch;
		const progress: string[] = [];
		const { dataset } = await loadDataset({ kind: 'bundled', url: '/data/default/', fetch: fakeFetch }, (p) => progress.push(p.phase), wasm);
		expect(wasm.engine.version).toBe('v1.4.3');
		expect(dataset).toMatchObject({ origin: 'bundled', synthetic: false, manifest });
		const { reports, cells, findings, agencies } = manifest.counts;
		expect(dataset.counts).toEqual({ reports, cells, findings, agencies });
		expect(progress).toContain('fetch');
	});

	it('every named query returns the same rows in both engines', async () => {
		const [inWasm, inNode] = await Promise.all([probeQueries(wasm.runner, { keepRows: true }), probeQueries(node.runner, { keepRows: true })]);
		for (const [i, w] of inWasm.entries()) {
			const n = inNode[i]!;
			expect(w.error, w.name).toBeNull();
			expect(w.params, w.name).toEqual(n.params);
			expect(w.result, w.name).toEqual(n.result);
			expect(w.rows, w.name).toBeGreaterThan(0);
		}
	});

	it('external access is off and the configuration locked', async () => {
		await expect(wasm.engine.query(`SELECT * FROM read_csv('https://example.com/x.csv')`)).rejects.toThrow(/disabled by configuration/);
		await expect(wasm.engine.query(`SELECT * FROM read_csv('/etc/passwd')`)).rejects.toThrow(/disabled by configuration/);
		await expect(wasm.engine.query('SET enable_external_access = true')).rejects.toThrow(/locked/);
		await expect(wasm.engine.query('LOAD httpfs')).rejects.toThrow();
	});
});
