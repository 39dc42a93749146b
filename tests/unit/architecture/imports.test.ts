/**
 * Module boundaries (DESIGN.md §1, STYLE.md §3.1), enforced by reading every import:
 * - report/* is pure and isomorphic: zod, report/*, and (parse only) the htmlparser2 HTML parser; no DOM, node:*, DuckDB;
 * - charts/* import echarts types only, and no db runtime;
 * - server/* and cli/* are never imported by browser code (db, charts, components, dashboard, routes); a route's
 *   +page.server.ts / +layout.server.ts / +server.ts is server-only and may import server/*;
 * - db/* never imports report/parse;
 * - dataset/* (the tables as data, shared by the Node writer and the browser loader) is pure: zod and report/* only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');

function files(dir: string): string[] {
	let out: string[] = [];
	try {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) out = out.concat(files(p));
			else if (/\.(ts|svelte)$/.test(name)) out.push(p);
		}
	} catch {
		return [];
	}
	return out;
}

/** Every module specifier of a file, with `type-only` set for `import type`. */
function imports(file: string): { spec: string; typeOnly: boolean; resolved: string }[] {
	const text = readFileSync(file, 'utf8');
	const out: { spec: string; typeOnly: boolean; resolved: string }[] = [];
	const re = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const spec = (m[3] ?? m[4])!;
		const resolvedPath = spec.startsWith('.') ? relative(SRC, resolve(dirname(file), spec)) : spec.replace(/^\$lib\//, 'lib/');
		out.push({ spec, typeOnly: !!m[2], resolved: resolvedPath });
	}
	return out;
}

const rel = (f: string) => relative(SRC, f);
/** SvelteKit's server-only route modules: they run in Node (at build time here), never in the browser. */
const SERVER_ROUTE = /(^|\/)\+(page\.server|layout\.server|server)\.(ts|js)$/;

describe('module boundaries', () => {
	it('report/* imports only zod, report/* and (parse) htmlparser2', () => {
		for (const f of files(join(SRC, 'lib/report'))) {
			for (const i of imports(f)) {
				const ok =
					i.spec === 'zod' ||
					i.resolved.startsWith('lib/report') ||
					(rel(f).startsWith('lib/report/parse') && i.spec === 'htmlparser2');
				expect(ok, `${rel(f)} imports ${i.spec}`).toBe(true);
			}
		}
	});

	it('browser code never imports server/* or cli/*', () => {
		const browser = ['lib/db', 'lib/load', 'lib/dataset', 'lib/charts', 'lib/components', 'lib/dashboard', 'lib/filters', 'lib/i18n', 'routes', 'lib/report']
			.flatMap((d) => files(join(SRC, d)))
			.filter((f) => !SERVER_ROUTE.test(f));
		expect(browser.some((f) => rel(f) === join('routes', '+page.svelte'))).toBe(true);
		for (const f of browser) {
			for (const i of imports(f)) {
				expect(/(^|\/)(lib\/server|cli)(\/|$)/.test(i.resolved) || i.spec.startsWith('node:'), `${rel(f)} imports ${i.spec}`).toBe(false);
				expect(SERVER_ROUTE.test(i.spec), `${rel(f)} imports the server-only ${i.spec}`).toBe(false);
			}
		}
	});

	it('server-only route files (+page.server.ts, +layout.server.ts, +server.ts) may import server/*, never cli/*', () => {
		const server = files(join(SRC, 'routes')).filter((f) => SERVER_ROUTE.test(f));
		expect(server.map(rel)).toContain(join('routes', '+page.server.ts'));
		for (const f of server) {
			for (const i of imports(f)) expect(/(^|\/)cli(\/|$)/.test(i.resolved), `${rel(f)} imports ${i.spec}`).toBe(false);
		}
		// The names are exact: a browser module whose name merely contains "server" is still browser code.
		expect(SERVER_ROUTE.test('/src/routes/server-status/+page.svelte')).toBe(false);
		expect(SERVER_ROUTE.test('/src/routes/+page.server.ts')).toBe(true);
	});

	it('charts/* use echarts types only and no db runtime', () => {
		for (const f of files(join(SRC, 'lib/charts'))) {
			if (rel(f).endsWith('echarts.ts')) continue; // the one browser-only registration module
			for (const i of imports(f)) {
				if (i.spec === 'echarts' || i.spec.startsWith('echarts/')) expect(i.typeOnly, `${rel(f)} imports echarts at runtime`).toBe(true);
				if (i.resolved.startsWith('lib/db')) expect(i.typeOnly, `${rel(f)} imports db at runtime`).toBe(true);
			}
		}
	});

	it('dataset/* imports only zod and report/*', () => {
		for (const f of files(join(SRC, 'lib/dataset'))) {
			for (const i of imports(f)) {
				const ok = i.spec === 'zod' || i.resolved.startsWith('lib/report') || i.resolved.startsWith('lib/dataset');
				expect(ok, `${rel(f)} imports ${i.spec}`).toBe(true);
			}
		}
	});

	it('db/* never imports the parser', () => {
		for (const f of files(join(SRC, 'lib/db'))) {
			for (const i of imports(f)) expect(i.resolved.startsWith('lib/report/parse'), `${rel(f)} imports ${i.spec}`).toBe(false);
		}
	});
});
