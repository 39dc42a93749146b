/** Small shared pieces of the command-line entries: exit codes, stderr output and a quiet EPIPE. */
import type { Reject } from '../lib/report/schema';

/** Exit codes of every gongkai command. */
export const EXIT = { ok: 0, usage: 1, rejected: 2 } as const;

/** Writes lines to stderr. */
export const warn = (...lines: string[]): void => {
	process.stderr.write(`${lines.join('\n')}\n`);
};

/**
 * Lets `cmd | head` end quietly: a closed stdout is not an error of ours. Without this Node reports an
 * unhandled 'error' event (EPIPE) once the reader has gone.
 */
export function quietEpipe(): void {
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
		throw e;
	});
}

/** A YYYY-MM-DD string that names a real calendar day. */
export function isCalendarDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A reject as a few human lines: file and reason, zh, en, and where (table / row / column) when known. */
export function describeReject(prefix: string, r: Reject): string {
	const where = [
		r.table && `表${r.table} table ${r.table}`,
		r.row && `行 row “${r.row}”`,
		r.column && `列 column “${r.column}”`
	]
		.filter(Boolean)
		.join(' · ');
	return [
		`${prefix}: ${r.file}: rejected (${r.reason})`,
		`  zh: ${r.message.zh}`,
		`  en: ${r.message.en}`,
		...(where ? [`  at: ${where}`] : [])
	].join('\n');
}
