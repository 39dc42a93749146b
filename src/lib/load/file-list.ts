/**
 * The list of a load's files on /data, as pure functions: the tally (inputs = loaded + rejected + skipped, with
 * rejects by reason), a filter (all, rejected, loaded) and pages, so that 500 files stay a short, usable list.
 */
import type { FileStatus } from './types';

export type FileFilter = 'all' | 'rejected' | 'loaded';

export interface FileTally {
	inputs: number;
	loaded: number;
	rejected: number;
	skipped: number;
	/** Report files that became records (a subset of `loaded`). */
	reports: number;
	/** Rejected files per reason code (`other` when the loader gave none), most frequent first. */
	byReason: { reason: string; count: number }[];
}

export function tally(files: readonly FileStatus[]): FileTally {
	const reasons = new Map<string, number>();
	let loaded = 0;
	let rejected = 0;
	let skipped = 0;
	let reports = 0;
	for (const f of files) {
		if (f.status === 'loaded') {
			loaded++;
			if (f.recordId !== undefined) reports++;
		} else if (f.status === 'rejected') {
			rejected++;
			const r = f.reason ?? 'other';
			reasons.set(r, (reasons.get(r) ?? 0) + 1);
		} else skipped++;
	}
	const byReason = [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
	return { inputs: files.length, loaded, rejected, skipped, reports, byReason };
}

/** Files passing `filter`, rejected ones first when showing all (they are what needs attention), else in load order. */
export function filterFiles(files: readonly FileStatus[], filter: FileFilter): FileStatus[] {
	if (filter === 'rejected') return files.filter((f) => f.status !== 'loaded');
	if (filter === 'loaded') return files.filter((f) => f.status === 'loaded');
	return [...files.filter((f) => f.status !== 'loaded'), ...files.filter((f) => f.status === 'loaded')];
}

export interface FilePage {
	rows: FileStatus[];
	/** 0-based, clamped to the last page. */
	page: number;
	pages: number;
	/** 1-based positions of the first and last row shown (0, 0 when empty). */
	from: number;
	to: number;
	total: number;
}

export function pageOf(files: readonly FileStatus[], page: number, size: number): FilePage {
	const pages = Math.max(1, Math.ceil(files.length / size));
	const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
	const rows = files.slice(p * size, p * size + size);
	return { rows, page: p, pages, from: rows.length ? p * size + 1 : 0, to: p * size + rows.length, total: files.length };
}
