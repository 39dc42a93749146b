/**
 * The report parser off the main thread: the page posts batches of report files, this worker decodes and parses
 * them with the command line's parser, resolves agencies against the registry, and, once every file is parsed,
 * runs the rules over the set. An I/O edge only: the parser, the registry and the rules are the pure modules of
 * src/lib/report, as in Node. Imports are static (no code splitting inside the worker bundle).
 */
import agencies from '../../../data/registry/agencies.json';
import divisions from '../../../data/registry/divisions.json';
import { DivisionTables, Registry } from '../report/registry';
import type { FromWorker, ToWorker } from './parse-protocol';
import type { RegistryData } from './registry';
import { parseReportFile, recordsAndFindings } from './reports';

interface WorkerScope {
	onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
	postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;

let registry: RegistryData | undefined;
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function handle(msg: ToWorker): Promise<void> {
	if (msg.type === 'parse') {
		registry ??= { registry: Registry.parse(agencies), divisions: DivisionTables.parse(divisions) };
		const outcomes = [];
		for (const f of msg.files) {
			outcomes.push(await parseReportFile(f, registry));
			scope.postMessage({ type: 'file', batch: msg.batch, name: f.name });
		}
		scope.postMessage({ type: 'parsed', batch: msg.batch, outcomes });
	} else {
		const { records, findings } = recordsAndFindings(msg.records);
		scope.postMessage({ type: 'checked', records, findings });
	}
}

scope.onmessage = (e) => {
	handle(e.data).catch((err: unknown) => scope.postMessage({ type: 'error', message: errorText(err) }));
};
