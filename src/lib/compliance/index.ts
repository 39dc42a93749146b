/**
 * The compliance page's pure pieces: its own URL parameters (rule, severity, region level, sort, page), the late and
 * missing list, the CSV of findings and the labels of a finding's cells. No DOM, no database.
 */
import { z } from 'zod';
import type { complianceExport, complianceFindings, ComplianceSort as SortSchema, lateMissing, RegionLevel as RegionSchema, RowOf } from '../db/queries';
import type { CsvValue } from '../export/csv';
import { cellLabel, rowLabel, TABLE_EN } from '../report/rules/labels';
import { CELL_COLUMNS } from '../dataset/columns';
import { RuleId, Severity } from '../report/schema';
import type { Lang } from '../filters';

export type Sort = z.infer<typeof SortSchema>;
export type RegionLevel = z.infer<typeof RegionSchema>;
export const SORTS = ['errors', 'warnings', 'infos', 'findings', 'year', 'agency'] as const satisfies readonly Sort[];
export const REGION_LEVELS = ['province', 'city', 'county'] as const satisfies readonly RegionLevel[];
/** Rows of the failing-reports list per page. */
export const PAGE_SIZE = 25;

/** The page's own URL parameters, besides the view's filters. */
export const OWN_PARAMS = ['rule', 'severity', 'region', 'sort', 'dir', 'page'] as const;
export type OwnParam = (typeof OWN_PARAMS)[number];

export interface ComplianceState {
	rule: RuleId | null;
	severity: Severity | null;
	region: RegionLevel;
	sort: Sort;
	desc: boolean;
	/** 1-based. */
	page: number;
}

export const DEFAULT_STATE: ComplianceState = { rule: null, severity: null, region: 'province', sort: 'errors', desc: true, page: 1 };

const one = <T>(schema: z.ZodType<T>, raw: string | null | undefined): T | null => {
	if (raw === null || raw === undefined || raw === '') return null;
	const r = schema.safeParse(raw);
	return r.success ? r.data : null;
};

/** Reads the own parameters leniently: an invalid value falls back to its default (like the view's filters). */
export function parseState(get: (name: OwnParam) => string | null): ComplianceState {
	return {
		rule: one(RuleId, get('rule')),
		severity: one(Severity, get('severity')),
		region: one(z.enum(REGION_LEVELS), get('region')) ?? DEFAULT_STATE.region,
		sort: one(z.enum(SORTS), get('sort')) ?? DEFAULT_STATE.sort,
		desc: get('dir') !== 'asc',
		page: one(z.coerce.number().int().min(1).max(1_000_000), get('page')) ?? 1
	};
}

/** The own parameters of a state for the URL: defaults are left out (null removes a parameter). */
export function stateParams(s: ComplianceState): Record<OwnParam, string | null> {
	return {
		rule: s.rule,
		severity: s.severity,
		region: s.region === DEFAULT_STATE.region ? null : s.region,
		sort: s.sort === DEFAULT_STATE.sort ? null : s.sort,
		dir: s.desc ? null : 'asc',
		page: s.page > 1 ? String(s.page) : null
	};
}

/** Number of pages for `total` rows (at least 1), and the page clamped into range. */
export function paging(total: number, page: number, size = PAGE_SIZE): { pages: number; page: number; offset: number } {
	const pages = Math.max(1, Math.ceil(total / size));
	const p = Math.min(Math.max(1, page), pages);
	return { pages, page: p, offset: (p - 1) * size };
}

export type LateMissingRow = RowOf<typeof lateMissing>;
export type LateStatus = 'late' | 'noDate' | 'missing';

/** Why a report is in the late/missing list: a MISSING finding, or TIMELINESS with or without a publication date. */
export const lateStatus = (r: LateMissingRow): LateStatus => (r.rule === 'MISSING' ? 'missing' : r.actual === null ? 'noDate' : 'late');

export interface LateYear {
	year: number;
	late: number;
	noDate: number;
	missing: number;
}

/** Counts of late, undated and missing reports per year, newest first. */
export function lateCounts(rows: readonly LateMissingRow[]): LateYear[] {
	const by = new Map<number, LateYear>();
	for (const r of rows) {
		const y = by.get(r.year) ?? { year: r.year, late: 0, noDate: 0, missing: 0 };
		y[lateStatus(r)]++;
		by.set(r.year, y);
	}
	return [...by.values()].sort((a, b) => b.year - a.year);
}

export type ExportRow = RowOf<typeof complianceExport>;

/** The CSV's columns: zh headers (the people who open it in Excel/WPS read Chinese), one per exported field. */
export const EXPORT_HEADER = ['机关', '机关编号', '省', '市', '县（区）', '年度', '报告编号', '结果编号', '规则', '规则编号', '严重程度', '应为', '实为', '说明', 'Message', '涉及单元格'] as const;

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** One CSV row per finding (values as they are: null stays an empty field). */
export function exportRows(rows: readonly ExportRow[], ruleName: (rule: RuleId) => string): CsvValue[][] {
	return rows.map((r) => [
		r.agency_name,
		r.agency_id,
		r.province,
		r.city,
		r.county,
		r.year,
		r.report_id,
		r.finding_id,
		ruleName(r.rule),
		r.rule,
		SEVERITY_ZH[r.severity],
		r.expected,
		r.actual,
		r.message_zh,
		r.message_en,
		r.paths
	]);
}

export type FindingRow = RowOf<typeof complianceFindings>;
export type EvidenceCell = FindingRow['cells'][number];

const byPath = new Map(CELL_COLUMNS.map((c) => [c.path, c]));

export interface CellLabels {
	table: string;
	row: string;
	col: string;
}

/**
 * Where a cell sits, as the template prints it: table, row label, column label (labels.ts; the template's labels
 * are Chinese, so English pages show them too, with the table named in English). A cell known only from the wide
 * reports row is placed by the dataset's column definitions.
 */
export function cellLabels(cell: EvidenceCell, lang: Lang): CellLabels {
	const def = byPath.get(cell.path);
	const tbl = cell.tbl ?? def?.tbl ?? null;
	const rowPath = cell.row_path ?? def?.row ?? null;
	const colKey = cell.col_key ?? def?.col ?? null;
	const full = cellLabel(cell.path);
	// Labels read `row · column` (table 四: `行政复议 · 总计`); a path labels.ts does not know keeps its keys.
	const cut = full.lastIndexOf(' · ');
	const row = cut > 0 ? full.slice(0, cut) : rowPath ? rowLabel(rowPath) : full;
	const col = cut > 0 ? full.slice(cut + 3) : (colKey ?? '');
	const table = tbl === null ? '—' : lang === 'zh' ? `表${tbl}` : TABLE_EN[tbl];
	return { table, row, col };
}
