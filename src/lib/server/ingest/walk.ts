/**
 * Which files an ingest reads, in which order. Folders are walked recursively for report files; a file named
 * on the command line is always taken, whatever its extension, so that it shows up in the log as a record or a
 * reject. The order is the same on every machine: paths sorted segment by segment by UTF-16 code unit (never by
 * locale), independent of the order of the arguments.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Extensions taken when walking a folder. */
export const REPORT_FILE = /\.(?:html?|txt)$/i;

/** Thrown for a path that does not exist or is neither a file nor a folder: a usage error, not a reject. */
export class InputPathError extends Error {
	constructor(readonly path: string, reason: string) {
		super(`${path}: ${reason}`);
		this.name = 'InputPathError';
	}
}

/** `a/b/c.txt` order: compares path segments by code unit, so a folder's files stay together. */
export function comparePaths(a: string, b: string): number {
	const as = a.split('/');
	const bs = b.split('/');
	for (let i = 0; i < Math.min(as.length, bs.length); i++) {
		const x = as[i]!;
		const y = bs[i]!;
		if (x !== y) return x < y ? -1 : 1;
	}
	return as.length - bs.length;
}

/** A path as shown in logs and messages: relative to `cwd`, with `/` separators. */
export function displayPath(abs: string, cwd: string): string {
	const rel = relative(cwd, abs);
	return (rel === '' || isAbsolute(rel) ? abs : rel).split(sep).join('/');
}

export interface InputFile {
	/** Path as shown (relative to cwd, `/`-separated). */
	file: string;
	/** Absolute path to read. */
	path: string;
}

/**
 * Every input file of `args` (files and folders), sorted, each real file once. Entries whose name starts with
 * `.` are skipped inside folders (`.git`, editor files), never when named directly.
 */
export function collectInputs(args: readonly string[], cwd: string = process.cwd()): InputFile[] {
	const found: InputFile[] = [];
	const seenDirs = new Set<string>();
	const walk = (dir: string) => {
		const real = realpathSync(dir);
		if (seenDirs.has(real)) return; // symlink loop or folder given twice
		seenDirs.add(real);
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith('.')) continue;
			const path = resolve(dir, entry.name);
			const isDir = entry.isDirectory() || (entry.isSymbolicLink() && safeStat(path)?.isDirectory());
			if (isDir) walk(path);
			else if (REPORT_FILE.test(entry.name)) found.push({ file: displayPath(path, cwd), path });
		}
	};
	for (const arg of args) {
		const path = resolve(cwd, arg);
		const st = safeStat(path);
		if (!st) throw new InputPathError(arg, 'no such file or folder');
		if (st.isDirectory()) walk(path);
		else if (st.isFile()) found.push({ file: displayPath(path, cwd), path });
		else throw new InputPathError(arg, 'not a file or folder');
	}
	return uniqueSorted(found);
}

/** Sorts by display path and keeps one entry per real file (a file named twice, or via a symlink). */
export function uniqueSorted(inputs: readonly InputFile[], real: (p: string) => string = safeRealpath): InputFile[] {
	const seen = new Set<string>();
	return [...inputs]
		.sort((a, b) => comparePaths(a.file, b.file))
		.filter((f) => {
			const key = real(f.path);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}

function safeStat(path: string) {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

function safeRealpath(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return path;
	}
}
