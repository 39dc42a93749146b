/**
 * Hand-built records for the rule tests: every cell 0 (raw "0") unless set, validated with AnnualReport.parse so
 * that each fixture is a real record.
 */
import {
	AnnualReport,
	type AgencyKind,
	type Cell,
	type Layout,
	type Narrative,
	type ParseNotes
} from '../../../../src/lib/report/schema';
import { cellPaths, setAt, valueAt } from '../../../../src/lib/report/paths';
import { APPLICANT_COLS } from '../../../../src/lib/report/template';

export interface RecordOptions {
	/** '2021' (default), '2019', or a hybrid { table2, table3 }. */
	layout?: Layout | { table2: Layout; table3: Layout };
	/** Default: 2021 for a 2021 table 三, 2019 otherwise. */
	year?: number;
	agencyId?: string;
	agencyName?: string;
	kind?: AgencyKind;
	/** Default: 15 January of the next year (on time for every kind). */
	publishedAt?: string | null;
	/** Cell path → value (raw = String(value), or '' for null) or a full cell. */
	cells?: Record<string, number | null | Cell>;
	narrative?: Partial<Omit<Narrative, 'section6'>> & { section6?: Partial<Narrative['section6']> };
	parse?: Partial<ParseNotes>;
}

export const cell = (value: number | null, raw = value === null ? '' : String(value)): Cell => ({
	value,
	raw
});

const OTHER = 'applications.results.other';

/** A valid AnnualReport; the 2021 （六） subtotal is derived from its sub-rows after `cells` are applied. */
export function makeRecord(opts: RecordOptions = {}): AnnualReport {
	const layout =
		typeof opts.layout === 'object'
			? opts.layout
			: { table2: opts.layout ?? '2021', table3: opts.layout ?? '2021' };
	const year = opts.year ?? (layout.table3 === '2021' ? 2021 : 2019);
	const agencyId = opts.agencyId ?? 'test-agency';
	const rec: Record<string, unknown> = {
		schemaVersion: 1,
		id: `${agencyId}-${year}`,
		agency: {
			id: agencyId,
			name: opts.agencyName ?? '测试局',
			region: { province: null, city: null, county: null },
			level: 'county',
			kind: opts.kind ?? 'department',
			category: null
		},
		year,
		template: layout.table2 === layout.table3 ? layout.table2 : 'hybrid',
		layout,
		publishedAt: opts.publishedAt === undefined ? `${year + 1}-01-15` : opts.publishedAt,
		signedAt: null,
		source: {
			fileName: `${agencyId}-${year}.txt`,
			sha256: null,
			url: null,
			format: 'text',
			tableForm: 'lines',
			parserVersion: 'test'
		},
		narrative: {
			proactiveItems: null,
			applicationsReceived: null,
			applicationsNew: null,
			applicationsCarriedOver: null,
			applicationsConcluded: null,
			applicationsCarriedForward: null,
			reviews: null,
			lawsuits: null,
			...opts.narrative,
			section6: { present: true, saysNothing: true, mentionsFee: false, feeYuan: null, ...opts.narrative?.section6 }
		},
		parse: { splits: [], totalsUsed: [], missingRows: [], unreadable: [], ...opts.parse }
	};
	for (const path of cellPaths(layout)) setAt(rec, path, cell(0));
	for (const [path, v] of Object.entries(opts.cells ?? {})) {
		setAt(rec, path, typeof v === 'object' && v !== null ? v : cell(v));
	}
	if (layout.table3 === '2021') {
		const draft = rec as unknown as AnnualReport;
		for (const c of APPLICANT_COLS) {
			const parts = ['overdueCorrection', 'overdueFee', 'otherReasons'].map((r) =>
				valueAt(draft, `${OTHER}.${r}.${c.key}`)
			);
			const value = parts.some((v) => v === null) ? null : parts.reduce<number>((a, b) => a + (b ?? 0), 0);
			setAt(rec, `${OTHER}.total.${c.key}`, { value, raw: '', derived: true });
		}
	}
	return AnnualReport.parse(rec);
}

/** The 7 table-三 column keys, in template order. */
export const COLS = APPLICANT_COLS.map((c) => c.key);
