/**
 * Report files → records and findings in the browser, as `npm run ingest` does in Node (src/lib/server/ingest):
 * decode (UTF-8, else GB18030), parse with the same parser, resolve the agency against the registry, keep the first
 * of repeated record ids, run every rule over the set. A file that is not a report becomes a reject with the
 * parser's reason; it never stops the others.
 */
import { parseReport } from '../report/parse';
import { applyRegistry } from '../report/registry';
import { checkSet } from '../report/rules';
import { AnnualReport, type Finding, type Reject } from '../report/schema';
import { decodeText, type TextEncodingName } from './decode';
import type { RegistryData } from './registry';

export interface BytesFile {
	name: string;
	bytes: Uint8Array;
}

/** What became of one file: a record (its id) or a reject (why, zh + en); how its bytes were decoded. */
export type ReportOutcome = { file: string; encoding?: TextEncodingName } & ({ status: 'record'; record: AnnualReport } | { status: 'reject'; reject: Reject });

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

const reject = (file: string, reason: Reject['reason'], zh: string, en: string): ReportOutcome => ({
	file,
	status: 'reject',
	reject: { file, reason, message: { zh, en }, table: null, row: null, column: null }
});

/** sha256 as hex, or null where WebCrypto is unavailable (a page served over plain http from another host). */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return null;
	const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The last part of a path (a file of a dropped folder is named by its path; a record keeps the base name, as in Node). */
export const baseName = (name: string): string => name.slice(name.lastIndexOf('/') + 1);

/** Parses one report file; never throws (a parser error becomes an `unreadable` reject). */
export async function parseReportFile(file: BytesFile, registry: RegistryData | null): Promise<ReportOutcome> {
	try {
		const { text, encoding } = decodeText(file.bytes);
		const result = parseReport({ text, fileName: baseName(file.name), sha256: await sha256Hex(file.bytes) });
		if (!result.ok) return { file: file.name, encoding, status: 'reject', reject: { ...result.reject, file: file.name } };
		const record = registry ? applyRegistry(result.record, registry.registry, registry.divisions) : result.record;
		return { file: file.name, encoding, status: 'record', record };
	} catch (e) {
		return reject(file.name, 'unreadable', `解析器出错：${errorText(e)}`, `The parser failed: ${errorText(e)}`);
	}
}

/** Every later outcome with a record id already kept becomes a `duplicate` reject naming the kept file. */
export function dropDuplicates(outcomes: readonly ReportOutcome[]): ReportOutcome[] {
	const kept = new Map<string, string>();
	return outcomes.map((o) => {
		if (o.status !== 'record') return o;
		const first = kept.get(o.record.id);
		if (first === undefined) {
			kept.set(o.record.id, o.file);
			return o;
		}
		return reject(
			o.file,
			'duplicate',
			`与 ${first} 是同一份报告（${o.record.id}），保留 ${first}。`,
			`Same report (${o.record.id}) as ${first}, which is kept.`
		);
	});
}

/**
 * Records of a records.json (an array of AnnualReport, as `npm run ingest` writes it). Throws a message naming
 * the first entry that is not a valid record.
 */
export function recordsFromJson(value: unknown, file: string): AnnualReport[] {
	if (!Array.isArray(value)) throw new Error(`${file} 不是记录数组`);
	return value.map((v, i) => {
		const r = AnnualReport.safeParse(v);
		if (!r.success) {
			const issue = r.error.issues[0];
			throw new Error(`${file} 第 ${i + 1} 条不是有效的年度报告记录（${issue?.path.join('.') ?? ''}：${issue?.message ?? ''}）`);
		}
		return r.data;
	});
}

/** Records sorted by id and the findings of every rule over them (as `checkSet` lists them). */
export function recordsAndFindings(records: readonly AnnualReport[]): { records: AnnualReport[]; findings: Finding[] } {
	const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { records: sorted, findings: checkSet(sorted) };
}
