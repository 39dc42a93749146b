/**
 * Where a synthetic dataset may go. Synthetic data is never committed (DESIGN.md §4): the output folder must be
 * outside the repository (default: the system temp folder) unless `--force`, and a folder that holds a real
 * dataset (manifest.json with `synthetic: false`) is never overwritten, not even with `--force`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { tmpdir } from 'node:os';

/** The default output folder: outside any repository. */
export const defaultOutDir = (): string => join(tmpdir(), 'gongkai-synthetic');

/** Whether `path` is `root` or inside it. */
export function isInside(path: string, root: string): boolean {
	const rel = relative(resolve(root), resolve(path));
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Why `out` must not receive a synthetic dataset, or null when it may. */
export function outDirProblem(out: string, repoRoot: string, force: boolean): string | null {
	const manifest = join(out, 'manifest.json');
	if (existsSync(manifest)) {
		let synthetic: unknown;
		try {
			synthetic = (JSON.parse(readFileSync(manifest, 'utf8')) as { synthetic?: unknown }).synthetic;
		} catch {
			synthetic = undefined;
		}
		if (synthetic !== true) {
			return `${out} holds a dataset that is not synthetic (its manifest.json does not say synthetic: true); it is never overwritten — choose another --out.`;
		}
	}
	if (!force && isInside(out, repoRoot)) {
		return `${out} is inside the repository (${repoRoot}); synthetic data is never committed. Write it outside (default ${defaultOutDir()}), or pass --force (the folder then gets a .gitignore that ignores everything in it).`;
	}
	return null;
}

/** Makes git ignore everything in `dir` (used when a forced output lands inside the repository). */
export function ignoreInGit(dir: string): void {
	const file = join(dir, '.gitignore');
	if (!existsSync(file)) writeFileSync(file, '# synthetic data (npm run data:synthetic): never committed\n*\n');
}
