/**
 * Every real report in ../shared/reports parses exactly as its reviewed golden file says: every cell, the template,
 * the metadata, the reject reason, and the findings. Skips with a notice where ../shared is absent (a clone
 * elsewhere); CI always has it (.ci/run fails without it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnnualReport } from '../../src/lib/report/schema';
import { CROSS_YEAR_FILE, EXPECTED_DIR, crossYearOf, expectedPath, goldenOf, haveReports, reportFiles } from './golden-io';

if (!haveReports) console.warn('[golden] ../shared/reports not found: golden report tests are SKIPPED');

describe.skipIf(!haveReports)('golden reports', () => {
	const files = haveReports ? reportFiles() : [];

	it('has a golden file for every report, and none for a report that is gone', () => {
		const expected = readdirSync(EXPECTED_DIR).filter((f) => f.endsWith('.json') && !f.startsWith('_'));
		expect(expected.sort()).toEqual(files.map((f) => `${f}.json`).sort());
	});

	it.each(files)('%s', (file) => {
		const path = expectedPath(file);
		expect(existsSync(path), `missing golden file for ${file}`).toBe(true);
		const expected = JSON.parse(readFileSync(path, 'utf8'));
		const got = goldenOf(file);
		// The parser checks its records with a fast structural check; here every one meets the full zod schema.
		if (got.status === 'record') expect(AnnualReport.safeParse(got.record).success).toBe(true);
		expect(JSON.parse(JSON.stringify(got))).toEqual(expected);
	});

	it('cross-year findings over the whole set', () => {
		const all = files.map(goldenOf);
		expect(JSON.parse(JSON.stringify(crossYearOf(all)))).toEqual(JSON.parse(readFileSync(CROSS_YEAR_FILE, 'utf8')));
	});
});
