/**
 * Review aid for golden files: `npx tsx tests/golden/show.ts <file>` prints the parsed record's metadata, every
 * table row as values (`_` blank, `?` unresolved), the parse notes and the findings, next to the source's table
 * text, so a reviewer can check cell by cell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellAt, cellPaths } from '../../src/lib/report/paths';
import { REPORTS_DIR, goldenOf } from './golden-io';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx tests/golden/show.ts <file in ../shared/reports>');
const g = goldenOf(file);
if (g.status === 'reject') {
	console.log(JSON.stringify(g.reject, null, 1));
	process.exit(0);
}
const rec = g.record;
const { agency, year, template, layout, publishedAt, signedAt, source, narrative, parse } = rec;
console.log(JSON.stringify({ agency, year, template, layout, publishedAt, signedAt, url: source.url, tableForm: source.tableForm }));
console.log('narrative', JSON.stringify(narrative));
console.log('parse', JSON.stringify(parse, null, 1));
const rows = new Map<string, string[]>();
for (const p of cellPaths(rec.layout)) {
	const row = p.replace(/\.(naturalPerson|total|legalPerson\.\w+|upheld|corrected|other|pending|\w+)$/, '');
	const c = cellAt(rec, p)!;
	const v = c.value === null ? (c.raw === '' ? '_' : '?') : String(c.value);
	rows.set(row, [...(rows.get(row) ?? []), v + (c.derived ? '(derived)' : '')]);
}
for (const [k, v] of rows) console.log(k.padEnd(50), v.join(' | '));
console.log('\nFINDINGS');
for (const f of g.findings) console.log(`${f.rule} ${f.severity} ${f.paths.slice(0, 4).join(',')}${f.paths.length > 4 ? '…' : ''} expected=${f.expected} actual=${f.actual} :: ${f.message.zh}`);
const text = readFileSync(join(REPORTS_DIR, file), 'utf8');
const a = text.search(/第二十条第[（(]一[）)]项/);
const b = text.search(/五[、.．]\s*(?:政府信息公开工作|工作)?存在的?主要问题/);
console.log('\nSOURCE TABLES\n' + text.slice(Math.max(0, a - 40), b > a ? b + 20 : a + 4000));
