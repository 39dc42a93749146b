/**
 * Property tests: a random valid record, rendered and parsed again, gives the same record (text and HTML forms,
 * every layout). And for crawler-glued text: whatever the parser resolves equals the original; what it cannot
 * resolve it leaves null and reports. Never a wrong number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../src/lib/report/parse';
import { cellAt, cellPaths, setAt } from '../../../../src/lib/report/paths';
import { APPLICANT_COLS, TABLE4_GROUPS, applicantRowPaths } from '../../../../src/lib/report/template';
import { renderHtml, renderText } from '../../../../src/lib/report/render';
import { AnnualReport } from '../../../../src/lib/report/schema';
import { arbRecord } from '../render/arbitraries';

const LAYOUTS = ['2021', '2019', 'hybrid'] as const;

function parsed(text: string, fileName: string): AnnualReport {
	const r = parseReport({ text, fileName });
	if (!r.ok) throw new Error(`${fileName} rejected: ${r.reject.message.en}`);
	return AnnualReport.parse(r.record);
}

/** The parts of a record the tables carry. */
const tablesOf = (r: AnnualReport) => ({
	year: r.year,
	name: r.agency.name,
	template: r.template,
	layout: r.layout,
	disclosure: r.disclosure,
	disclosure2019: r.disclosure2019,
	applications: r.applications,
	reviewLitigation: r.reviewLitigation
});

describe.each(LAYOUTS)('round trip, %s template', (layout) => {
	it('text form (one cell per line) parses back to the same tables', () => {
		fc.assert(
			fc.property(arbRecord(layout), (rec) => {
				const back = parsed(renderText(rec), 'roundtrip.txt');
				expect(tablesOf(back)).toEqual(tablesOf(rec));
				expect(back.parse.splits).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	});

	it('HTML form (rowspan/colspan tables) parses back to the same tables', () => {
		fc.assert(
			fc.property(arbRecord(layout), (rec) => {
				const back = parsed(renderHtml(rec, { document: true }), 'roundtrip.html');
				expect(tablesOf(back)).toEqual(tablesOf(rec));
			}),
			{ numRuns: 60 }
		);
	});
});

/** Each row (table 三) or group (table 四) with a printed total: its total path and its part paths. */
function totalGroups(rec: AnnualReport): { total: string; parts: string[] }[] {
	const t3 = applicantRowPaths(rec.layout.table3)
		.filter((p) => !cellAt(rec, `${p}.total`)!.derived)
		.map((p) => ({
			total: `${p}.total`,
			parts: APPLICANT_COLS.slice(0, 6).map((c) => `${p}.${c.key}`)
		}));
	const t4 = TABLE4_GROUPS.map((g) => ({
		total: `reviewLitigation.${g.key}.total`,
		parts: ['upheld', 'corrected', 'other', 'pending'].map((k) => `reviewLitigation.${g.key}.${k}`)
	}));
	return [...t3, ...t4];
}

const sumOf = (rec: AnnualReport, paths: string[]) => {
	const v = paths.map((p) => cellAt(rec, p)!.value);
	return v.every((x) => x !== null) ? v.reduce((a, b) => a! + b!, 0)! : null;
};

/** Makes every row's printed total equal the sum of its parts, as a consistent report would print it. */
function withConsistentTotals(rec: AnnualReport): AnnualReport {
	const out = structuredClone(rec);
	for (const g of totalGroups(out)) {
		const s = sumOf(out, g.parts);
		if (s !== null) setAt(out as unknown as Record<string, unknown>, g.total, { value: s, raw: String(s) });
	}
	return out;
}

/** What a crawler does to a page: every cell's text glued to the next, no separators at all. */
const glue = (text: string) => text.replace(/\t/g, '').replace(/\n+/g, '');

describe('crawler-glued text never yields a wrong number', () => {
	it.each(LAYOUTS)('%s template: every resolved cell equals the original, the rest is null and reported', (layout) => {
		fc.assert(
			fc.property(arbRecord(layout), fc.boolean(), (random, consistent) => {
				// A blank cell vanishes when cells are glued, so no reader can place it: fill blanks with 0 first.
				const filled = structuredClone(random);
				const printed = cellPaths(filled.layout).filter((p) => !cellAt(filled, p)!.derived);
				for (const p of printed) {
					if (cellAt(filled, p)!.raw === '') setAt(filled as unknown as Record<string, unknown>, p, { value: 0, raw: '0' });
				}
				const rec = consistent ? withConsistentTotals(filled) : filled;
				const back = parsed(glue(renderText(rec)), 'glued.txt');
				expect(back.source.tableForm).toBe('glued');
				const unresolved = new Set(back.parse.splits.flatMap((s) => s.unresolved));
				// Where the report's own total was used to choose a split, the split is only as right as that total:
				// a row that does not add up may be split to one that does. Those rows are checked only when they add up.
				const used = new Set(back.parse.totalsUsed);
				const trustTotals = new Set(
					totalGroups(rec)
						.filter((g) => used.has(g.total) && sumOf(rec, g.parts) !== cellAt(rec, g.total)!.value)
						.flatMap((g) => [g.total, ...g.parts])
				);
				for (const p of printed) {
					if (trustTotals.has(p)) continue;
					const got = cellAt(back, p)!;
					if (unresolved.has(p)) expect(got.value, p).toBeNull();
					else expect(got.value, p).toBe(cellAt(rec, p)!.value);
				}
			}),
			{ numRuns: 40 }
		);
	}, 300_000);
});
