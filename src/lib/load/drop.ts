/**
 * What a drop or a folder pick holds, as files named by their path inside the dropped folder (so that two
 * folders' 001.txt stay two lines). Folders come through `webkitGetAsEntry` where the browser gives entries (a
 * real drag from the file manager); otherwise (a synthetic drop, an old browser) the plain file list is used.
 */
import type { SourceFile } from './types';

interface Entry {
	isFile: boolean;
	isDirectory: boolean;
	name: string;
	fullPath: string;
}
interface FileEntry extends Entry {
	file(ok: (f: File) => void, fail: (e: unknown) => void): void;
}
interface DirEntry extends Entry {
	createReader(): { readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void };
}

/** A browser File under another name (its path), read lazily. */
export const renamed = (name: string, file: Blob): SourceFile => ({ name, arrayBuffer: () => file.arrayBuffer() });

/** The path of a picked file inside its folder (`<input webkitdirectory>`), else its name. */
export const pickedName = (f: File): string => (f.webkitRelativePath ? f.webkitRelativePath : f.name);

async function walk(entry: Entry, out: SourceFile[]): Promise<void> {
	const name = entry.fullPath.replace(/^\//, '') || entry.name;
	if (entry.isFile) {
		const file = await new Promise<File>((ok, fail) => (entry as FileEntry).file(ok, fail));
		out.push(renamed(name, file));
	} else if (entry.isDirectory) {
		const reader = (entry as DirEntry).createReader();
		// readEntries answers in chunks (100 in Chromium) until it returns none.
		for (;;) {
			const chunk = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
			if (chunk.length === 0) break;
			for (const e of chunk) await walk(e, out);
		}
	}
}

/** Every file of a drop, folders walked; falls back to `dataTransfer.files`. */
export async function droppedFiles(dt: DataTransfer): Promise<SourceFile[]> {
	const entries: Entry[] = [];
	for (const item of Array.from(dt.items ?? [])) {
		if (item.kind !== 'file') continue;
		const e = (item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null;
		if (e) entries.push(e);
	}
	const files = Array.from(dt.files);
	// Entries only when there is one per file and at least one is a folder; else the plain list says it all.
	if (entries.length === 0 || !entries.some((e) => e.isDirectory)) return files;
	const out: SourceFile[] = [];
	for (const e of entries) await walk(e, out);
	return out;
}
