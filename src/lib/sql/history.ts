/**
 * The console's query history, kept on the device (localStorage): newest first, each text once, at most
 * {@link HISTORY_MAX} entries. The list operations are pure; reading and writing take the Storage as an argument.
 */
import { z } from 'zod';

export const HISTORY_KEY = 'gongkai:sql-history';
export const HISTORY_MAX = 50;

export const HistoryEntry = z.object({ sql: z.string(), at: z.string() });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** `history` with `sql` in front (an earlier identical text moves up), cut to `max`. */
export function pushHistory(history: readonly HistoryEntry[], sql: string, at: Date, max = HISTORY_MAX): HistoryEntry[] {
	const text = sql.trim();
	if (!text) return [...history];
	return [{ sql: text, at: at.toISOString() }, ...history.filter((h) => h.sql !== text)].slice(0, max);
}

/** The stored history; anything unreadable counts as none. */
export function readHistory(storage: Pick<Storage, 'getItem'> | null | undefined): HistoryEntry[] {
	try {
		const raw = storage?.getItem(HISTORY_KEY);
		if (!raw) return [];
		const parsed = z.array(HistoryEntry).safeParse(JSON.parse(raw));
		return parsed.success ? parsed.data.slice(0, HISTORY_MAX) : [];
	} catch {
		return [];
	}
}

/** Stores `history`; a full or disabled storage is ignored (the history is a convenience). */
export function writeHistory(storage: Pick<Storage, 'setItem'> | null | undefined, history: readonly HistoryEntry[]): void {
	try {
		storage?.setItem(HISTORY_KEY, JSON.stringify(history));
	} catch {
		// quota exceeded or storage disabled
	}
}
