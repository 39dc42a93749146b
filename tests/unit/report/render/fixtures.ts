/** Deterministic records for the render tests (synthetic values; no report text). */
import {
	AnnualReport,
	SCHEMA_VERSION,
	type Cell,
	type Template
} from '../../../../src/lib/report/schema';
import { setAt } from '../../../../src/lib/report/paths';
import { addDerivedOtherTotal, generatedCells, layoutOf } from './arbitraries';

/** A cell from its printed text: blank and '/' are null, numbers keep their value (units such as 元 dropped). */
export function cellOf(raw: string): Cell {
	const m = /^-?\d+(?:\.\d+)?/.exec(raw);
	return { value: m ? Number(m[0]) : null, raw };
}

/**
 * A valid record of a template whose cell at `path` prints `raws[path]`, or else '0'. The agency name and year are
 * parameters so tests can use hostile names.
 */
export function makeRecord(
	template: Template,
	raws: Readonly<Record<string, string>> = {},
	agencyName = '某市某某局'
): AnnualReport {
	const layout = layoutOf(template);
	const tables: Record<string, unknown> = {};
	for (const { path } of generatedCells(layout)) setAt(tables, path, cellOf(raws[path] ?? '0'));
	if (layout.table3 === '2021') addDerivedOtherTotal(tables);
	return AnnualReport.parse({
		schemaVersion: SCHEMA_VERSION,
		id: 'test-agency-2024',
		agency: {
			id: 'test-agency',
			name: agencyName,
			region: { province: { name: '某省', code: null }, city: null, county: null },
			level: 'county',
			kind: 'department',
			category: null
		},
		year: 2024,
		template,
		layout,
		publishedAt: null,
		signedAt: null,
		source: {
			fileName: 'x.txt',
			sha256: null,
			url: null,
			format: 'text',
			tableForm: 'lines',
			parserVersion: '1.0.0'
		},
		...tables,
		narrative: {
			proactiveItems: null,
			applicationsReceived: null,
			applicationsNew: null,
			applicationsCarriedOver: null,
			applicationsConcluded: null,
			applicationsCarriedForward: null,
			reviews: null,
			lawsuits: null,
			section6: { present: true, saysNothing: true, mentionsFee: false, feeYuan: null }
		},
		parse: { splits: [], totalsUsed: [], missingRows: [], unreadable: [] }
	});
}
