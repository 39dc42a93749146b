/**
 * Rewrites the golden files from the current parser and rules: `npx tsx tests/golden/update.ts`.
 * Review every diff against the source report before committing (tests/golden/README.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { CROSS_YEAR_FILE, EXPECTED_DIR, crossYearOf, expectedPath, goldenOf, haveReports, reportFiles } from './golden-io';

if (!haveReports) throw new Error('../shared/reports is missing: golden files are made from the real reports');
mkdirSync(EXPECTED_DIR, { recursive: true });
const goldens = reportFiles().map(goldenOf);
for (const g of goldens) writeFileSync(expectedPath(g.file), JSON.stringify(g, null, '\t') + '\n');
writeFileSync(CROSS_YEAR_FILE, JSON.stringify(crossYearOf(goldens), null, '\t') + '\n');
console.error(`wrote ${goldens.length} golden files + cross-year findings to ${EXPECTED_DIR}`);
