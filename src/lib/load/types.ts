/** What loadDataset takes and gives (see load-dataset.ts). */
import type { DatasetInfo } from '../db/catalog';
import type { FileKind } from './classify';

/** A file to load: a browser File, or bytes with a name (tests). */
export type SourceFile = { name: string; arrayBuffer(): Promise<ArrayBuffer> } | { name: string; bytes: Uint8Array };

export type DatasetSource =
	/** `url`: the folder holding manifest.json and gongkai.duckdb, ending in `/`. */
	| { kind: 'bundled'; url: string; fetch?: typeof fetch }
	| { kind: 'files'; files: readonly SourceFile[] };

export interface LoadProgress {
	phase: 'fetch' | 'read' | 'parse' | 'insert' | 'check';
	done: number;
	total: number;
	/** For people (zh). */
	message: string;
	/** The file being worked on, when there is one. */
	file?: string;
}

/** What became of one file of a load. */
export interface FileStatus {
	name: string;
	kind: FileKind | 'manifest' | 'records' | 'findings';
	status: 'loaded' | 'rejected' | 'skipped';
	/** For people (zh): what it added, or why not. */
	message: string;
	/** The same in English, where the loader has it (a report's reject reason). */
	messageEn?: string;
	/**
	 * Why a file was not loaded, as a code: a parser reject reason (`pre2019`, `incomplete`, `not-a-report`,
	 * `duplicate`, `unreadable`), or `unsupported`, `invalid`, `mixed` (another kind of data in the same batch).
	 */
	reason?: string;
	/** The record id a report file became. */
	recordId?: string;
}

export interface LoadResult {
	dataset: DatasetInfo;
	files: FileStatus[];
}

/** A load that failed; the previous dataset is still in place. `files` says which file was wrong and why. */
export class LoadError extends Error {
	constructor(
		message: string,
		readonly files: FileStatus[] = [],
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'LoadError';
	}
}

export type OnProgress = (p: LoadProgress) => void;

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
