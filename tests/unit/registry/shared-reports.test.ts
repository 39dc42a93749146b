/** The registry against the real reports in ../shared/reports (skipped, with a notice, when that folder is absent). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/lib/report/parse';
import { registryEntry } from '../../../src/lib/report/registry';
import { ingest, type InputFile } from '../../../src/lib/server/ingest';
import { readRegistry, resolveRecords } from '../../../src/lib/server/registry';

const REPORTS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/reports');
const HAS_REPORTS = existsSync(join(REPORTS, 'index.csv'));
if (!HAS_REPORTS) console.warn(`[skip] registry on real reports: ${REPORTS} is absent, so these tests do not run`);

const data = readRegistry();

/** The agency column of index.csv, without its annotations ("… (ex 国有资产管理局)"). */
function indexAgencies(): string[] {
	const lines = readFileSync(join(REPORTS, 'index.csv'), 'utf8').trim().split('\n').slice(1);
	return [...new Set(lines.map((l) => l.split(',')[1]!.replace(/\s*\(ex .*\)$/, '')))];
}

const read = (input: InputFile) => readFileSync(input.path);
const input = (file: string): InputFile => ({ file, path: join(REPORTS, file) });

describe.skipIf(!HAS_REPORTS)('registry on ../shared/reports', () => {
	it('lists every agency of index.csv, including those of the partial reports', () => {
		const missing = indexAgencies().filter((n) => !registryEntry(n, data.registry));
		expect(missing).toEqual([]);
	});

	it('resolves every parsed record to a registry entry, one id per agency', () => {
		const files = readdirSync(REPORTS).filter((f) => /\.(txt|html?)$/.test(f));
		const records = files.flatMap((file) => {
			const r = parseReport({ text: readFileSync(join(REPORTS, file), 'utf8'), fileName: file, sha256: null });
			return r.ok ? [r.record] : [];
		});
		expect(records.length).toBeGreaterThan(90);
		const unresolved = records.filter((r) => !registryEntry(r.agency.name, data.registry)).map((r) => r.agency.name);
		expect(unresolved).toEqual([]);
		const resolved = resolveRecords(records, data);
		const partial = ['gd-zhanjiang-difangzhi', 'sx-jincheng-gaoping-office', 'sc-gov-office']; // no complete report yet
		const expected = data.registry.agencies.map((e) => e.id).filter((id) => !partial.includes(id));
		expect([...new Set(resolved.map((r) => r.agency.id))].sort()).toEqual(expected.sort());
		for (const r of resolved) expect(r.id).toBe(`${r.agency.id}-${r.year}`);
	});

	it('makes 国有资产管理局 2023 and 投资促进局 2024 one agency for the cross-year rules', () => {
		const files = [input('205.txt'), input('138.txt')];
		const plain = ingest(files, read, { registry: false });
		expect(new Set(plain.records.map((r) => r.agency.id)).size).toBe(2);
		expect(plain.findings.filter((f) => f.rule === 'MISSING').map((f) => f.year)).toEqual([2024]);

		const withRegistry = ingest(files, read, { registry: data });
		expect(withRegistry.records.map((r) => [r.id, r.agency.name])).toEqual([
			['fj-pingtan-touzicujin-2023', '平潭综合实验区国有资产管理局'],
			['fj-pingtan-touzicujin-2024', '平潭综合实验区投资促进局']
		]);
		expect(withRegistry.findings.filter((f) => f.rule === 'MISSING')).toEqual([]);
		expect(ingest(files, read).records.map((r) => r.id)).toEqual(withRegistry.records.map((r) => r.id)); // default on
	});
});
