/**
 * The record gongkai keeps for one published 政府信息公开工作年度报告 (DESIGN.md §2).
 *
 * Table cells are nested objects along the keys of ../shared/format/dictionary.json; every leaf is a
 * {@link Cell}: the number as published (or null when blank, "/", "—", or not certainly readable) and the raw text.
 * Blank is never 0.
 */
import { z } from 'zod';

/** Bumped whenever the record shape changes; datasets carry it in their manifest. */
export const SCHEMA_VERSION = 1;

/** One table cell. `derived` marks a value gongkai computed (2021 （六） subtotal), never printed in the report. */
export const Cell = z
	.object({
		value: z.number().finite().nullable(),
		raw: z.string(),
		derived: z.literal(true).optional()
	})
	.strict();
export type Cell = z.infer<typeof Cell>;

const cells = <K extends string>(keys: readonly K[]) =>
	z.object(Object.fromEntries(keys.map((k) => [k, Cell])) as Record<K, typeof Cell>).strict();

/** Table 三 columns: 自然人 | 法人或其他组织 (5) | 总计. */
export const ApplicantRow = z
	.object({
		naturalPerson: Cell,
		legalPerson: cells(['commercial', 'research', 'social', 'legal', 'other'] as const),
		total: Cell
	})
	.strict();
export type ApplicantRow = z.infer<typeof ApplicantRow>;

/** Table 二, 2021 template (国办公开办函〔2021〕30号). */
export const Disclosure2021 = z
	.object({
		regulations: cells(['issued', 'repealed', 'inForce'] as const),
		normativeDocuments: cells(['issued', 'repealed', 'inForce'] as const),
		licensing: cells(['decisions'] as const),
		punishment: cells(['decisions'] as const),
		coercion: cells(['decisions'] as const),
		fees: cells(['amountWan'] as const)
	})
	.strict();
export type Disclosure2021 = z.infer<typeof Disclosure2021>;

const stock2019 = cells(['previousYearItems', 'changeThisYear', 'decisions'] as const);
/** Table 二, 2019 template (国办公开办函〔2019〕60号). */
export const Disclosure2019 = z
	.object({
		regulations: cells(['newlyMade', 'newlyPublished', 'totalPublished'] as const),
		normativeDocuments: cells(['newlyMade', 'newlyPublished', 'totalPublished'] as const),
		licensing: stock2019,
		otherExternalServices: stock2019,
		punishment: stock2019,
		coercion: stock2019,
		fees: cells(['previousYearItems', 'changeThisYear'] as const),
		procurement: cells(['projectCount', 'totalAmount'] as const)
	})
	.strict();
export type Disclosure2019 = z.infer<typeof Disclosure2019>;

/** Table 三. `results.other` has the three 2021 sub-rows only when the report printed them. */
export const Applications = z
	.object({
		newReceived: ApplicantRow,
		carriedOver: ApplicantRow,
		results: z
			.object({
				granted: ApplicantRow,
				partialGrant: ApplicantRow,
				denied: z
					.object({
						stateSecret: ApplicantRow,
						lawForbidden: ApplicantRow,
						safetyStability: ApplicantRow,
						thirdPartyRights: ApplicantRow,
						internalAffairs: ApplicantRow,
						processInfo: ApplicantRow,
						enforcementCase: ApplicantRow,
						adminQuery: ApplicantRow
					})
					.strict(),
				unableToProvide: z
					.object({ noInfo: ApplicantRow, needCreation: ApplicantRow, unclear: ApplicantRow })
					.strict(),
				notProcessed: z
					.object({
						complaint: ApplicantRow,
						repeat: ApplicantRow,
						publication: ApplicantRow,
						massiveRequests: ApplicantRow,
						confirmInfo: ApplicantRow
					})
					.strict(),
				other: z
					.object({
						overdueCorrection: ApplicantRow.optional(),
						overdueFee: ApplicantRow.optional(),
						otherReasons: ApplicantRow.optional(),
						total: ApplicantRow
					})
					.strict(),
				totalProcessed: ApplicantRow
			})
			.strict(),
		carriedForward: ApplicantRow
	})
	.strict();
export type Applications = z.infer<typeof Applications>;

const group4 = cells(['upheld', 'corrected', 'other', 'pending', 'total'] as const);
/** Table 四. */
export const ReviewLitigation = z
	.object({ review: group4, litigationDirect: group4, litigationAfterReview: group4 })
	.strict();
export type ReviewLitigation = z.infer<typeof ReviewLitigation>;

export const Layout = z.enum(['2021', '2019']);
export type Layout = z.infer<typeof Layout>;
export const Template = z.enum(['2021', '2019', 'hybrid']);
export type Template = z.infer<typeof Template>;

const RegionPart = z.object({ name: z.string(), code: z.string().nullable() }).strict();
export const Region = z
	.object({ province: RegionPart.nullable(), city: RegionPart.nullable(), county: RegionPart.nullable() })
	.strict();
export type Region = z.infer<typeof Region>;

export const AgencyLevel = z.enum(['national', 'provincial', 'prefecture', 'county', 'township', 'unknown']);
export type AgencyLevel = z.infer<typeof AgencyLevel>;
/** area: a government's area-wide (本级/汇总) report; office: the government's 办公室/办公厅; township: 乡镇/街道/片区. */
export const AgencyKind = z.enum(['area', 'office', 'department', 'township']);
export type AgencyKind = z.infer<typeof AgencyKind>;

export const Agency = z
	.object({
		id: z.string().min(1),
		name: z.string().min(1),
		region: Region,
		level: AgencyLevel,
		kind: AgencyKind,
		category: z.string().nullable()
	})
	.strict();
export type Agency = z.infer<typeof Agency>;

export const Source = z
	.object({
		fileName: z.string(),
		sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
		url: z.string().nullable(),
		format: z.enum(['html', 'text']),
		/** How the tables were laid out in the file: real cells, one cell per line, '|' rows, or crawler-glued text. */
		tableForm: z.enum(['html', 'lines', 'pipes', 'glued']),
		parserVersion: z.string()
	})
	.strict();
export type Source = z.infer<typeof Source>;

/** A row of flattened text that the template's structure could not split with certainty. */
export const SplitNote = z
	.object({
		/** Row path, e.g. `applications.newReceived` or `reviewLitigation`. */
		row: z.string(),
		raw: z.string(),
		/**
		 * `ambiguous`: several splits fit (after the row's own total where the template has one);
		 * `none`: no split gives the template's number of cells;
		 * `inconsistent`: splits exist but none satisfies the row's own total.
		 */
		reason: z.enum(['ambiguous', 'none', 'inconsistent']),
		/** Number of admissible splits (0 for `none`). */
		candidates: z.number().int().nonnegative(),
		/** Cell paths left null because the splits disagree on them. */
		unresolved: z.array(z.string())
	})
	.strict();
export type SplitNote = z.infer<typeof SplitNote>;

export const ParseNotes = z
	.object({
		splits: z.array(SplitNote),
		/** Total cells (paths) whose value was used to choose the split: not an independent check any more. */
		totalsUsed: z.array(z.string()),
		/** Template rows that the report does not print at all. */
		missingRows: z.array(z.string()),
		/** Cells whose text is not a number nor a blank marker (value null). */
		unreadable: z.array(z.string())
	})
	.strict();
export type ParseNotes = z.infer<typeof ParseNotes>;

/**
 * Figures the report's text states (not its sentences). Null when the text does not state it.
 * `applicationsReceived` is whatever the text calls 收到/受理 — it may be 新收 or 新收+结转 (FORMAT.md §6).
 */
export const Narrative = z
	.object({
		proactiveItems: z.number().nullable(),
		applicationsReceived: z.number().nullable(),
		applicationsNew: z.number().nullable(),
		applicationsCarriedOver: z.number().nullable(),
		applicationsConcluded: z.number().nullable(),
		applicationsCarriedForward: z.number().nullable(),
		reviews: z.number().nullable(),
		lawsuits: z.number().nullable(),
		/** Section 六 is present, says there is nothing (无), mentions 信息处理费, and the fee amount in 元 if stated. */
		section6: z
			.object({
				present: z.boolean(),
				saysNothing: z.boolean(),
				mentionsFee: z.boolean(),
				feeYuan: z.number().nullable()
			})
			.strict()
	})
	.strict();
export type Narrative = z.infer<typeof Narrative>;

export const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Everything of a record but its tables (identity, metadata, narrative figures, parse notes). */
export const RecordMeta = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION),
		id: z.string().min(1),
		agency: Agency,
		year: z.number().int().min(2007).max(2100),
		template: Template,
		layout: z.object({ table2: Layout, table3: Layout }).strict(),
		publishedAt: DATE.nullable(),
		signedAt: DATE.nullable(),
		source: Source,
		narrative: Narrative,
		parse: ParseNotes
	})
	.strict();

export const AnnualReport = RecordMeta.extend({
	disclosure: Disclosure2021.optional(),
	disclosure2019: Disclosure2019.optional(),
	applications: Applications,
	reviewLitigation: ReviewLitigation
})
	.strict()
	.superRefine((r, ctx) => {
		const t2 = r.layout.table2 === '2021' ? r.disclosure : r.disclosure2019;
		const other = r.layout.table2 === '2021' ? r.disclosure2019 : r.disclosure;
		if (!t2 || other) {
			ctx.addIssue({
				code: 'custom',
				message: `layout.table2 is ${r.layout.table2}: exactly that table 二 must be present`
			});
		}
		const o = r.applications.results.other;
		const split = !!(o.overdueCorrection && o.overdueFee && o.otherReasons);
		if (split !== (r.layout.table3 === '2021')) {
			ctx.addIssue({
				code: 'custom',
				message: `layout.table3 is ${r.layout.table3} but （六） sub-rows are ${split ? 'present' : 'absent'}`
			});
		}
		const expected =
			r.layout.table2 === r.layout.table3 ? r.layout.table2 : ('hybrid' as const);
		if (r.template !== expected) {
			ctx.addIssue({ code: 'custom', message: `template must be ${expected} for this layout` });
		}
	});
export type AnnualReport = z.infer<typeof AnnualReport>;

/** Why a file is not a record. */
export const RejectReason = z.enum(['pre2019', 'incomplete', 'not-a-report', 'duplicate', 'unreadable']);
export type RejectReason = z.infer<typeof RejectReason>;

export const Reject = z
	.object({
		file: z.string(),
		reason: RejectReason,
		/** zh + en explanation naming the table / row / column where it applies. */
		message: z.object({ zh: z.string(), en: z.string() }).strict(),
		table: z.string().nullable(),
		row: z.string().nullable(),
		column: z.string().nullable()
	})
	.strict();
export type Reject = z.infer<typeof Reject>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const RuleId = z.enum([
	'T3_BALANCE',
	'T3_OUTCOME_SUM',
	'T3_OTHER_SUM',
	'T3_ROW_TOTAL',
	'T4_GROUP_SUM',
	'T2_2021_STOCK',
	'T2_2019_STOCK',
	'XY_CARRY',
	'NARRATIVE_MATCH',
	'TIMELINESS',
	'MISSING',
	'TEMPLATE',
	'BLANK_CELLS',
	'NONNEG',
	'FEE_SECTION',
	'AMBIGUOUS_SPLIT'
]);
export type RuleId = z.infer<typeof RuleId>;

/** One rule finding. `recordId` is the report it is about (for MISSING: the earlier year's report). */
export const Finding = z
	.object({
		rule: RuleId,
		severity: Severity,
		recordId: z.string(),
		agencyId: z.string(),
		year: z.number().int(),
		/** Dictionary cell paths involved, e.g. `applications.newReceived.total`. */
		paths: z.array(z.string()),
		expected: z.union([z.number(), z.string()]).nullable(),
		actual: z.union([z.number(), z.string()]).nullable(),
		message: z.object({ zh: z.string(), en: z.string() }).strict()
	})
	.strict();
export type Finding = z.infer<typeof Finding>;
