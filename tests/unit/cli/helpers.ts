/** Shared bits of the command-line tests: paths, the tsx runner and the real-report corpus (when present). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const REPORTS = resolve(ROOT, '../shared/reports');
export const HAS_REPORTS = existsSync(join(REPORTS, '000.txt'));

/** Logs, once per file, why the tests that need ../shared/reports are skipped. */
export function warnIfNoReports(what: string): void {
	if (!HAS_REPORTS) console.warn(`[skip] ${what}: ${REPORTS} is absent, so the tests on real reports do not run`);
}

/** Runs `tsx <script> ...args` from the project root, as `npm run` would. */
export function runTsx(script: string, args: readonly string[], cwd: string = ROOT) {
	const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, script), ...args], {
		cwd,
		encoding: 'utf8',
		timeout: 60_000
	});
	if (r.error) throw r.error;
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Bytes of 政府信息公开 in GBK/GB18030. */
export const GBK_ZHENGFU_XINXI_GONGKAI = Uint8Array.from([
	0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa
]);
