/**
 * Report files → outcomes, and records → findings, in a Web Worker (parse.worker.ts) so that the page stays
 * responsive while hundreds of files are parsed. Files go in batches; `onFile` is called after each file. Where
 * there is no Worker (Node tests) the same functions run in this thread, yielding between files.
 */
import type { AnnualReport, Finding } from '../report/schema';
import type { FromWorker, ToWorker } from './parse-protocol';
import type { BytesFile, ReportOutcome } from './reports';

/** Files per message to the worker: small enough for steady progress, large enough to keep messaging cheap. */
export const BATCH_SIZE = 20;

/** `items` in consecutive slices of `size` (the last one shorter). Pure. */
export function batches<T>(items: readonly T[], size: number): T[][] {
	if (!(size >= 1)) throw new Error(`batches: size must be at least 1, got ${size}`);
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

export interface ReportParser {
	parse(files: readonly BytesFile[], onFile: (done: number, name: string) => void): Promise<ReportOutcome[]>;
	check(records: readonly AnnualReport[]): Promise<{ records: AnnualReport[]; findings: Finding[] }>;
	close(): void;
}

/** A parser in a Web Worker when the platform has one, else in this thread. */
export function reportParser(): Promise<ReportParser> {
	return typeof Worker === 'undefined' ? inThread() : Promise.resolve(inWorker());
}

async function inThread(): Promise<ReportParser> {
	const [{ browserRegistry }, { parseReportFile, recordsAndFindings }] = await Promise.all([import('./registry'), import('./reports')]);
	const registry = await browserRegistry();
	return {
		async parse(files, onFile) {
			const out: ReportOutcome[] = [];
			for (const [i, f] of files.entries()) {
				out.push(await parseReportFile(f, registry));
				onFile(i + 1, f.name);
			}
			return out;
		},
		check: async (records) => recordsAndFindings(records),
		close() {}
	};
}

function inWorker(): ReportParser {
	const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'gongkai-parse' });
	/** One request at a time: the next message answers it. */
	const request = (msg: ToWorker, transfer: Transferable[], onFile?: (name: string) => void): Promise<FromWorker> =>
		new Promise((resolve, reject) => {
			worker.onmessage = (e: MessageEvent<FromWorker>) => {
				const m = e.data;
				if (m.type === 'file') onFile?.(m.name);
				else if (m.type === 'error') reject(new Error(`解析进程出错：${m.message}`));
				else resolve(m);
			};
			worker.onerror = (e) => reject(new Error(`解析进程出错：${e.message}`));
			worker.postMessage(msg, transfer);
		});
	return {
		async parse(files, onFile) {
			const out: ReportOutcome[] = [];
			let done = 0;
			for (const [b, batch] of batches(files, BATCH_SIZE).entries()) {
				// Copies: the caller keeps its bytes (transferring would empty them).
				const copies = batch.map((f) => ({ name: f.name, bytes: f.bytes.slice() }));
				const reply = await request({ type: 'parse', batch: b, files: copies }, copies.map((f) => f.bytes.buffer), (name) => onFile(++done, name));
				if (reply.type !== 'parsed') throw new Error(`解析进程的回答不对：${reply.type}`);
				out.push(...reply.outcomes);
			}
			return out;
		},
		async check(records) {
			const reply = await request({ type: 'check', records: [...records] }, []);
			if (reply.type !== 'checked') throw new Error(`解析进程的回答不对：${reply.type}`);
			return { records: reply.records, findings: reply.findings };
		},
		close: () => worker.terminate()
	};
}
