/**
 * How the duckdb-wasm adapter hands files to DuckDB: bytes are copied into the wasm heap; a Blob is registered as a
 * handle the browser's worker reads a slice at a time (the bundled .duckdb never enters the page's memory), or copied
 * where the build cannot read Blobs (Node).
 */
import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm/blocking';
import { describe, expect, it } from 'vitest';
import { wasmEngine, type WasmConnection, type WasmDatabase } from '../../../src/lib/db/engine';

function fakeDb() {
	const calls: { fn: string; name: string; data: Uint8Array | Blob; protocol?: number; directIO?: boolean }[] = [];
	const db: WasmDatabase = {
		registerFileBuffer: (name, buffer) => void calls.push({ fn: 'buffer', name, data: buffer }),
		registerFileHandle: (name, handle, protocol, directIO) => void calls.push({ fn: 'handle', name, data: handle, protocol, directIO }),
		dropFile: () => undefined
	};
	return { db, calls };
}
const conn = {} as WasmConnection;
const bytes = new Uint8Array([1, 2, 3, 250, 0, 7]);

describe('wasmEngine.registerFile', () => {
	it('copies bytes into the wasm heap, whatever the Blob option', async () => {
		for (const blobs of ['handle', 'copy'] as const) {
			const { db, calls } = fakeDb();
			await wasmEngine(db, conn, 'v', { blobs }).registerFile('gk/a', bytes);
			expect(calls).toEqual([{ fn: 'buffer', name: 'gk/a', data: bytes }]);
		}
	});

	it('registers a Blob as a FileReader handle in the browser build (nothing copied)', async () => {
		const { db, calls } = fakeDb();
		const blob = new Blob([bytes]);
		await wasmEngine(db, conn, 'v', { blobs: 'handle' }).registerFile('gk/b', blob);
		expect(calls).toEqual([{ fn: 'handle', name: 'gk/b', data: blob, protocol: DuckDBDataProtocol.BROWSER_FILEREADER, directIO: true }]);
	});

	it("copies a Blob's bytes where Blobs cannot be read a slice at a time (the default: Node)", async () => {
		const { db, calls } = fakeDb();
		await wasmEngine(db, conn, 'v').registerFile('gk/c', new Blob([bytes]));
		expect(calls).toHaveLength(1);
		expect(calls[0]!.fn).toBe('buffer');
		expect([...(calls[0]!.data as Uint8Array)]).toEqual([...bytes]);
	});
});
