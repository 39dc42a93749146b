/**
 * fast-check arbitraries for random, schema-valid AnnualReport records of each layout combination
 * (2021/2021, 2019/2019, hybrid = 2019 table 二 + 2021 table 三). Cells are what a clean report prints: mostly small
 * counts, some large ones, sometimes blank ('') or '/', signed 2019 本年增/减, decimal 万元 fees, 元 procurement
 * amounts. The render → parse round trip uses `arbRecord`.
 */
import fc from 'fast-check';
import {
	AgencyKind,
	AgencyLevel,
	SCHEMA_VERSION,
	type AnnualReport,
	type Cell,
	type Layout,
	type Template
} from '../../../../src/lib/report/schema';
import { getAt, setAt } from '../../../../src/lib/report/paths';
import {
	APPLICANT_COLS,
	TABLE4_ROW,
	table2Blocks,
	table3Rows,
	type ColType
} from '../../../../src/lib/report/template';

export type LayoutPair = { table2: Layout; table3: Layout };

/** The layouts of a template. */
export const layoutOf = (template: Template): LayoutPair =>
	template === 'hybrid' ? { table2: '2019', table3: '2021' } : { table2: template, table3: template };

const cell = (value: number | null, raw: string): Cell => ({ value, raw });

export const arbBlankCell: fc.Arbitrary<Cell> = fc.constantFrom(cell(null, ''), cell(null, '/'));

/** A non-negative count: mostly small, some up to 6 digits; sometimes blank or '/'. */
export const arbCountCell: fc.Arbitrary<Cell> = fc.oneof(
	{ arbitrary: fc.integer({ min: 0, max: 20 }), weight: 10 },
	{ arbitrary: fc.integer({ min: 0, max: 999 }), weight: 3 },
	{ arbitrary: fc.integer({ min: 0, max: 999_999 }), weight: 1 }
).map((n) => cell(n, String(n)));

const withBlanks = (arb: fc.Arbitrary<Cell>): fc.Arbitrary<Cell> =>
	fc.oneof({ arbitrary: arb, weight: 12 }, { arbitrary: arbBlankCell, weight: 1 });

/** 2019 本年增/减: a count or a negative change (raw '-12'). */
export const arbSignedCell: fc.Arbitrary<Cell> = fc.oneof(
	{ arbitrary: arbCountCell, weight: 3 },
	{
		arbitrary: fc.integer({ min: -9999, max: -1 }).map((n) => cell(n, String(n))),
		weight: 1
	}
);

const digits = (maxLength: number) =>
	fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength });

/** A decimal amount as published: integer part and 0–6 decimals (raw '24252.311082'), optional unit suffix. */
const arbAmount = (unit: string, maxDecimals: number): fc.Arbitrary<Cell> =>
	fc
		.tuple(fc.integer({ min: 0, max: 999_999 }), fc.option(digits(maxDecimals), { nil: null }))
		.map(([int, frac]) => {
			const number = frac === null ? String(int) : `${int}.${frac}`;
			return cell(Number(number), `${number}${unit}`);
		});

/** 2021 行政事业性收费 in 万元 (no unit printed). */
export const arbFeeWanCell: fc.Arbitrary<Cell> = arbAmount('', 6);
/** 2019 政府集中采购 总金额, printed with 元 (raw '394432.52元', value 394432.52). */
export const arbProcurementCell: fc.Arbitrary<Cell> = arbAmount('元', 2);

const arbCellFor = (path: string, type: ColType): fc.Arbitrary<Cell> => {
	if (type === 'signed') return withBlanks(arbSignedCell);
	if (type === 'amount')
		return withBlanks(path.endsWith('procurement.totalAmount') ? arbProcurementCell : arbFeeWanCell);
	return withBlanks(arbCountCell);
};

/** Every generated (non-derived) cell path of a layout with its column type, in template order. */
export function generatedCells(layout: LayoutPair): { path: string; type: ColType }[] {
	const out: { path: string; type: ColType }[] = [];
	for (const block of table2Blocks(layout.table2))
		for (const row of block.rows)
			for (const c of row.cols) out.push({ path: `${row.path}.${c.key}`, type: c.type });
	for (const r of table3Rows(layout.table3))
		for (const c of APPLICANT_COLS) out.push({ path: `${r.path}.${c.key}`, type: c.type });
	for (const c of TABLE4_ROW.cols) out.push({ path: `${TABLE4_ROW.path}.${c.key}`, type: c.type });
	return out;
}

const OTHER_SUBROWS = ['overdueCorrection', 'overdueFee', 'otherReasons'] as const;

/** Adds the derived 2021 （六） subtotal: per column the sum of the three sub-rows (null if any is null). */
export function addDerivedOtherTotal(tables: Record<string, unknown>): void {
	for (const c of APPLICANT_COLS) {
		const parts = OTHER_SUBROWS.map(
			(row) => getAt(tables, `applications.results.other.${row}.${c.key}`) as Cell | undefined
		);
		const values = parts.map((p) => p?.value ?? null);
		const value = values.some((v) => v === null)
			? null
			: values.reduce<number>((s, v) => s + (v ?? 0), 0);
		const total: Cell = { value, raw: '', derived: true };
		setAt(tables, `applications.results.other.total.${c.key}`, total);
	}
}

/** The table part of a record (disclosure/disclosure2019, applications, reviewLitigation). */
export function arbTables(layout: LayoutPair): fc.Arbitrary<Record<string, unknown>> {
	const defs = generatedCells(layout);
	return fc.tuple(...defs.map((d) => arbCellFor(d.path, d.type))).map((cells) => {
		const tables: Record<string, unknown> = {};
		defs.forEach((d, i) => setAt(tables, d.path, cells[i]));
		if (layout.table3 === '2021') addDerivedOtherTotal(tables);
		return tables;
	});
}

const PLACES: readonly { province: string; city: string | null; county: string | null }[] = [
	{ province: '福建省', city: '平潭综合实验区', county: null },
	{ province: '浙江省', city: '宁波市', county: '鄞州区' },
	{ province: '广东省', city: '湛江市', county: null },
	{ province: '山西省', city: '晋城市', county: '高平市' },
	{ province: '四川省', city: null, county: null }
];
const BODIES: readonly { name: string; category: string | null; kind: AgencyKind }[] = [
	{ name: '财政金融局', category: '财政', kind: 'department' },
	{ name: '科学技术局', category: '科技', kind: 'department' },
	{ name: '市场监督管理局', category: '市场监管', kind: 'department' },
	{ name: '交通与建设局', category: '交通', kind: 'department' },
	{ name: '人民政府办公室', category: null, kind: 'office' },
	{ name: '海坛片区管理局', category: null, kind: 'township' },
	{ name: '人民政府', category: null, kind: 'area' }
];

const part = (name: string | null) => (name === null ? null : { name, code: null });

export const arbAgency: fc.Arbitrary<AnnualReport['agency']> = fc
	.record({
		place: fc.constantFrom(...PLACES),
		body: fc.constantFrom(...BODIES),
		slug: fc.stringMatching(/^[a-z][a-z0-9]{2,11}$/),
		level: fc.constantFrom(...AgencyLevel.options)
	})
	.map(({ place, body, slug, level }) => ({
		id: slug,
		name: `${place.county ?? place.city ?? place.province}${body.name}`,
		region: { province: part(place.province), city: part(place.city), county: part(place.county) },
		level,
		kind: body.kind,
		category: body.category
	}));

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A random valid record. `layout`: a template name ('2021' | '2019' | 'hybrid') or explicit layouts; omitted, one
 * of the three combinations.
 */
export function arbRecord(layout?: Template | LayoutPair): fc.Arbitrary<AnnualReport> {
	if (layout === undefined)
		return fc.constantFrom<Template>('2021', '2019', 'hybrid').chain((t) => arbRecord(t));
	const pair = typeof layout === 'string' ? layoutOf(layout) : layout;
	const template: Template = pair.table2 === pair.table3 ? pair.table2 : 'hybrid';
	return fc
		.record({
			agency: arbAgency,
			year: fc.integer({ min: 2019, max: 2025 }),
			published: fc.option(
				fc.record({ month: fc.integer({ min: 1, max: 3 }), day: fc.integer({ min: 1, max: 28 }) }),
				{ nil: null }
			),
			format: fc.constantFrom('html' as const, 'text' as const),
			tables: arbTables(pair)
		})
		.map(({ agency, year, published, format, tables }): AnnualReport => ({
			schemaVersion: SCHEMA_VERSION,
			id: `${agency.id}-${year}`,
			agency,
			year,
			template,
			layout: pair,
			publishedAt: published && `${year + 1}-${pad2(published.month)}-${pad2(published.day)}`,
			signedAt: null,
			source: {
				fileName: format === 'html' ? 'x.html' : 'x.txt',
				sha256: null,
				url: null,
				format,
				tableForm: format === 'html' ? 'html' : 'lines',
				parserVersion: '1.0.0'
			},
			...(tables as Pick<AnnualReport, 'applications' | 'reviewLitigation'>),
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
		}));
}
