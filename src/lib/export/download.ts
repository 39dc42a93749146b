/** Saving a file from the page (browser only): a Blob behind a temporary object URL, never a network request. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from parts (e.g. panel and filters), safe on every system: no path separators or reserved characters. */
export function fileName(parts: readonly (string | number | null | undefined)[], ext: string): string {
	const base = parts
		.filter((p) => p !== null && p !== undefined && p !== '')
		.map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, '_'))
		.join('_')
		.slice(0, 120);
	return `${base || 'gongkai'}.${ext}`;
}
