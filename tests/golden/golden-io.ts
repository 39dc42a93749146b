/**
 * Golden files: for every report in ../shared/reports, the expected parse (record or reject) and the record's own
 * findings, pinned in tests/golden/expected/<file>.json; the cross-year findings of the whole set in
 * tests/golden/expected/_cross-year.json. Report text is never copied here: only the numbers and metadata parsed
 * from it, and the reject reasons.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../../src/lib/report/parse';
import { checkRecord, checkSet } from '../../src/lib/report/rules';
import type { AnnualReport } from '../../src/lib/report/schema';
import { resolveRecords } from '../../src/lib/server/registry';

const here = dirname(fileURLToPath(import.meta.url));
export const REPORTS_DIR = resolve(here, '../../../shared/reports');
export const EXPECTED_DIR = resolve(here, 'expected');
export const CROSS_YEAR_FILE = join(EXPECTED_DIR, '_cross-year.json');
export const haveReports = existsSync(join(REPORTS_DIR, 'index.csv'));

export const reportFiles = (): string[] =>
	readdirSync(REPORTS_DIR)
		.filter((f) => /\.(txt|html?)$/i.test(f))
		.sort();

/** What the golden file of one report holds. */
export function goldenOf(file: string) {
	const bytes = readFileSync(join(REPORTS_DIR, file));
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const r = parseReport({ text: bytes.toString('utf8'), fileName: file, sha256 });
	return r.ok
		? { file, status: 'record' as const, record: r.record, findings: checkRecord(r.record) }
		: { file, status: 'reject' as const, reject: r.reject };
}

/**
 * Cross-year findings over all records as ingest sees them: agencies resolved against the registry (so a renamed
 * agency is one agency), one record per id (the first file in sorted order).
 */
export function crossYearOf(goldens: ReturnType<typeof goldenOf>[]) {
	const byId = new Map<string, AnnualReport>();
	const resolved = resolveRecords(goldens.flatMap((g) => (g.status === 'record' ? [g.record] : [])));
	for (const r of resolved) if (!byId.has(r.id)) byId.set(r.id, r);
	const records = [...byId.values()];
	const own = new Set(records.flatMap(checkRecord).map((f) => JSON.stringify(f)));
	return checkSet(records).filter((f) => !own.has(JSON.stringify(f)));
}

export const expectedPath = (file: string) => join(EXPECTED_DIR, `${file}.json`);
