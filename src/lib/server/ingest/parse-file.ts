/**
 * One input file → a record or a reject, never an exception: a parser bug becomes an `unreadable` reject that
 * carries the error message, so no file is ever lost silently.
 */
import { posix } from 'node:path';
import { parseReport } from '../../report/parse';
import type { AnnualReport, Reject } from '../../report/schema';
import { decodeText, sha256Hex, type TextEncodingName } from './decode';

/** What became of one input file. `file` is the path as shown to the user (see {@link displayPath}). */
export type FileOutcome = {
	file: string;
	/** null when the file could not be read at all. */
	sha256: string | null;
	encoding: TextEncodingName | null;
} & ({ status: 'record'; record: AnnualReport } | { status: 'reject'; reject: Reject });

/** A reject that is not about a particular table cell. */
export function fileReject(file: string, reason: Reject['reason'], zh: string, en: string): Reject {
	return { file, reason, message: { zh, en }, table: null, row: null, column: null };
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Parses the bytes of one file. The record's `source.fileName` is the base name (so a record does not depend on
 * where the file was read from); a reject's `file` is the path as given, so that messages point at the file.
 */
export function parseFile(file: string, bytes: Uint8Array): FileOutcome {
	const sha256 = sha256Hex(bytes);
	const { text, encoding } = decodeText(bytes);
	const base = { file, sha256, encoding };
	try {
		const result = parseReport({ text, fileName: posix.basename(file), sha256 });
		if (result.ok) return { ...base, status: 'record', record: result.record };
		return { ...base, status: 'reject', reject: { ...result.reject, file } };
	} catch (e) {
		const msg = errorText(e);
		return {
			...base,
			status: 'reject',
			reject: fileReject(file, 'unreadable', `解析器出错：${msg}`, `The parser failed: ${msg}`)
		};
	}
}

/** The outcome for a file whose bytes could not be read (permissions, vanished, a directory named as a file). */
export function unreadableFile(file: string, error: unknown): FileOutcome {
	const msg = errorText(error);
	return {
		file,
		sha256: null,
		encoding: null,
		status: 'reject',
		reject: fileReject(file, 'unreadable', `无法读取文件：${msg}`, `The file cannot be read: ${msg}`)
	};
}
