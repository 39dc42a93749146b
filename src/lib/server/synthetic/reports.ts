/**
 * One synthetic agency's annual reports: complete, schema-valid `AnnualReport`s whose numbers follow
 * distributions calibrated on the real corpus (data/default, FORMAT.md §8):
 *
 * - 依申请公开 volume per year ~ Poisson(λ), λ log-normal per agency around a median by level and kind: a county
 *   department ≈ 2 × its catalogue weight (mostly 0–10 requests, like the 平潭 and 鄞州 departments), a county
 *   area-wide report ≈ 150, a prefecture's ≈ 1,500 (淮安 3,119, 宿迁 3,511), a province's ≈ 12,000; offices and
 *   townships in between / below. Requests grow ≈ 8 % a year.
 * - requesters: 自然人 80–99 %, the rest over the five 法人 columns; outcomes split by fixed shares perturbed per
 *   agency (予以公开 ≈ 30 %, 不掌握 ≈ 30 %, 部分公开 ≈ 10 %, …); a few per cent carried forward.
 * - table 二: 规章 only for provincial and prefecture governments, 规范性文件 stocks that evolve year to year,
 *   许可/处罚 decisions by department type (行政审批, 市场监管, 公安 …), 收费 in 万元 with two decimals.
 * - table 四: 复议 ≈ 4 % and 诉讼 ≈ 1.5 % of requests, split 维持 / 纠正 / 其他 / 尚未审结.
 *
 * By default every identity holds (T3 balance, row and outcome sums, T4 sums, 上年结转 = last year's 结转, the
 * soft table-二 stock checks), so a clean report yields no finding at all. Then, per report and rule, a share of
 * reports gets one deliberate error ({@link BREAK_RULES}), a share is published late, some agency-years are not
 * published, and some 2021+ reports use the old or a mixed format. Cells read `raw = String(value)`.
 */
import { PARSER_VERSION } from '../../report/parse';
import { getAt } from '../../report/paths';
import { deadline } from '../../report/rules';
import {
	SCHEMA_VERSION,
	type Agency,
	type AnnualReport,
	type ApplicantRow,
	type Cell,
	type Disclosure2019,
	type Disclosure2021,
	type Layout,
	type Narrative,
	type ReviewLitigation,
	type Template
} from '../../report/schema';
import type { SyntheticAgency } from './agencies';
import type { BreakRule, SyntheticOptions } from './options';
import { Rng, seedOf } from './random';

/** `source` of every synthetic record: no file behind it. */
export const SYNTHETIC_FILE = 'synthetic';

/** Table-三 outcome rows (below `applications.results.`), in 2021 template order, with their base shares (%). */
const OUTCOMES = [
	['granted', 30],
	['partialGrant', 10],
	['denied.stateSecret', 0.3],
	['denied.lawForbidden', 0.5],
	['denied.safetyStability', 0.4],
	['denied.thirdPartyRights', 0.6],
	['denied.internalAffairs', 1],
	['denied.processInfo', 1.2],
	['denied.enforcementCase', 0.6],
	['denied.adminQuery', 1],
	['unableToProvide.noInfo', 30],
	['unableToProvide.needCreation', 3],
	['unableToProvide.unclear', 3],
	['notProcessed.complaint', 4],
	['notProcessed.repeat', 3],
	['notProcessed.publication', 0.5],
	['notProcessed.massiveRequests', 0.5],
	['notProcessed.confirmInfo', 1],
	['other.overdueCorrection', 5],
	['other.overdueFee', 0.2],
	['other.otherReasons', 3.3]
] as const;
const GRANTED = 0;
const NO_INFO = 10;
/** Index of the first （六） sub-row: in the 2019 layout the three are printed as one row. */
const OTHER_FIRST = 18;
/** Table-三 columns, in template order; index 6 is 总计. */
const COLS = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'other'] as const;
const T4_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;
const T4_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
const DAY = 86_400_000;

type Level = Agency['level'];

/** Median yearly requests (2019) by level and kind, before the department's catalogue weight. */
function requestMedian(a: SyntheticAgency): number {
	const byLevel = (m: Partial<Record<Level, number>>, fallback: number) => m[a.level] ?? fallback;
	switch (a.kind) {
		case 'area':
			return byLevel({ provincial: 12_000, prefecture: 1_500, county: 150 }, 150);
		case 'office':
			return byLevel({ national: 600, provincial: 400, prefecture: 40, county: 8 }, 8);
		case 'township':
			return 1.2;
		case 'department':
			return byLevel({ national: 250, provincial: 25, prefecture: 6, county: 2 }, 2) * (a.def?.weight ?? 1);
	}
}

/** Scale of a body's table-二 figures relative to a county department. */
const LEVEL_SCALE: Record<Level, number> = { national: 20, provincial: 6, prefecture: 3, county: 1, township: 0.1, unknown: 1 };
const AREA_SCALE: Record<Level, number> = { national: 0, provincial: 40, prefecture: 8, county: 1, township: 0, unknown: 1 };

/** What stays the same for an agency across years. */
interface Traits {
	requests: number;
	mix: number[];
	outcomeWeights: number[];
	carryRate: number;
	reviewRate: number;
	lawsuitRate: number;
	late: number;
	regulations: number;
	normative: number;
	licensing: number;
	punishment: number;
	fees: number;
	proactive: number;
	/** The 2019 table 二 has item counts (事项数) per row. */
	items: { licensing: number; otherExternalServices: number; punishment: number; coercion: number; fees: number };
	procurement: number;
}

/** What carries over from one year to the next (published or not). */
interface State {
	carriedForward: number[];
	regulationsInForce: number;
	normativeInForce: number;
	regulationsPublished: number;
	normativePublished: number;
	items: Traits['items'];
}

function traits(a: SyntheticAgency, rng: Rng, opts: SyntheticOptions): Traits {
	const def = a.def;
	const isArea = a.kind === 'area';
	const scale = isArea ? AREA_SCALE[a.level] : LEVEL_SCALE[a.level];
	const natural = 0.8 + 0.19 * rng.next();
	const legal = [0.55, 0.03, 0.07, 0.15, 0.2].map((w) => w * rng.logNormal(1, 0.5));
	const legalSum = legal.reduce((x, y) => x + y, 0);
	const outcomeWeights = OUTCOMES.map(([, w]) => w * rng.logNormal(1, 0.25));
	outcomeWeights[GRANTED] = (outcomeWeights[GRANTED] as number) * rng.logNormal(1, 0.4);
	outcomeWeights[NO_INFO] = (outcomeWeights[NO_INFO] as number) * rng.logNormal(1, 0.5);
	const sloppy = rng.chance(0.25);
	const makesRules = (a.kind === 'area' || a.kind === 'office') && (a.level === 'provincial' || a.level === 'prefecture');
	const enforcement = (w: number | undefined, areaMedian: number) =>
		isArea ? rng.logNormal(areaMedian * scale, 0.8) : w ? rng.logNormal(30 * w * scale, 1) : a.kind === 'township' ? rng.logNormal(2, 1) : 0;
	const licensing = enforcement(def?.licensing, 5_000);
	const punishment = enforcement(def?.punishment, 800);
	return {
		requests: rng.logNormal(requestMedian(a), isArea ? 0.7 : a.kind === 'department' ? 1 : 0.8),
		mix: [natural, ...legal.map((w) => ((1 - natural) * w) / legalSum)],
		outcomeWeights,
		carryRate: 0.01 + 0.07 * rng.next(),
		reviewRate: rng.logNormal(0.04, 0.6),
		lawsuitRate: rng.logNormal(0.015, 0.6),
		late: sloppy ? Math.min(1, 3 * opts.lateShare) : opts.lateShare / 3,
		regulations: makesRules ? (a.level === 'provincial' ? 4 : 1.5) * (isArea ? 1 : 0.5) : 0,
		normative: (isArea ? 15 * scale ** 0.5 : a.kind === 'township' ? 0.5 : 1.5 * (def?.weight ?? 1) * Math.max(1, scale ** 0.5)) * rng.logNormal(1, 0.5),
		licensing,
		punishment,
		fees: isArea ? rng.logNormal(5_000 * scale, 1) : def?.fees && rng.chance(0.6) ? rng.logNormal(200 * scale, 1.2) : 0,
		proactive: rng.logNormal(isArea ? 3_000 * Math.max(1, scale) ** 0.7 : a.kind === 'township' ? 80 : a.kind === 'office' ? 200 : 120, 0.8),
		items: {
			licensing: licensing > 0 ? rng.int(5, 80) : 0,
			otherExternalServices: licensing > 0 ? rng.int(0, 30) : 0,
			punishment: punishment > 0 ? rng.int(20, 600) : 0,
			coercion: punishment > 0 ? rng.int(0, 20) : 0,
			fees: def?.fees ? rng.int(1, 15) : 0
		},
		procurement: isArea || a.kind === 'office' ? 0 : rng.logNormal(3, 1)
	};
}

// ── cells ──────────────────────────────────────────────────────────────────────────────────────────────────

const cell = (value: number): Cell => ({ value, raw: String(value) });
const derived = (value: number): Cell => ({ value, raw: '', derived: true });

function applicantRow(v: readonly number[], make: (n: number) => Cell = cell): ApplicantRow {
	let total = 0;
	for (let i = 0; i < 6; i++) total += v[i] as number;
	return {
		naturalPerson: make(v[0] as number),
		legalPerson: {
			commercial: make(v[1] as number),
			research: make(v[2] as number),
			social: make(v[3] as number),
			legal: make(v[4] as number),
			other: make(v[5] as number)
		},
		total: make(total)
	};
}

const sumRows = (rows: readonly (readonly number[])[]): number[] => {
	const out = [0, 0, 0, 0, 0, 0];
	for (const r of rows) for (let i = 0; i < 6; i++) out[i] = (out[i] as number) + (r[i] as number);
	return out;
};

/** The cell at `path` (it must exist). */
function cellAt(record: AnnualReport, path: string): Cell {
	const c = getAt(record, path) as Cell | undefined;
	if (!c || typeof c !== 'object' || !('raw' in c)) throw new Error(`synthetic: no cell ${path} in ${record.id}`);
	return c;
}
const setCell = (record: AnnualReport, path: string, value: number | null, raw = value === null ? '' : String(value)) => {
	const c = cellAt(record, path);
	c.value = value;
	c.raw = raw;
};
const valueAt = (record: AnnualReport, path: string): number => cellAt(record, path).value ?? 0;

// ── one year ───────────────────────────────────────────────────────────────────────────────────────────────

const capInt = (x: number) => Math.min(1e9, Math.max(0, Math.round(x)));
const wan = (x: number) => Math.round(x * 100) / 100;

function layoutOf(year: number, rng: Rng, opts: SyntheticOptions): { table2: Layout; table3: Layout } {
	if (year < 2021) return { table2: '2019', table3: '2019' };
	const u = rng.next();
	if (u < opts.oldTemplateShare) return { table2: '2019', table3: '2019' };
	if (u < opts.oldTemplateShare + opts.hybridShare) {
		return rng.chance(0.5) ? { table2: '2021', table3: '2019' } : { table2: '2019', table3: '2021' };
	}
	return { table2: '2021', table3: '2021' };
}

function publishedAt(a: SyntheticAgency, year: number, late: boolean, rng: Rng): string {
	const due = Date.parse(`${deadline(year, a.kind)}T00:00:00Z`);
	const u = rng.next();
	// On time: mostly in the last weeks before the deadline; late: days to months after it.
	const window = deadline(year, a.kind).endsWith('01-31') ? 28 : 70;
	const at = late ? due + (1 + Math.floor(120 * u * u)) * DAY : due - Math.floor(window * u ** 1.5) * DAY;
	return new Date(at).toISOString().slice(0, 10);
}

interface YearInput {
	agency: Agency;
	source: AnnualReport['source'];
	year: number;
	/** The agency published a report for year − 1 (XY_CARRY can only be broken against one). */
	previousPublished: boolean;
}

/**
 * One year of an agency. `rng` draws the values, `flaw` every deviation (which rules break and how, lateness,
 * format): the values do not depend on the shares, so a clean and a flawed run agree except where a flaw is
 * (and, after a T3_BALANCE or XY_CARRY break, the agency's later years, which carry the changed 结转 forward).
 */
function report(a: SyntheticAgency, t: Traits, s: State, y: YearInput, rng: Rng, flaw: Rng, opts: SyntheticOptions): AnnualReport {
	const { year } = y;
	const growth = 1.08 ** (year - 2019);
	const noise = () => rng.logNormal(1, 0.3);
	const share = (rule: BreakRule) => flaw.next() < (opts.breakShare[rule] ?? 0);
	const breaking = {
		T3_BALANCE: share('T3_BALANCE'),
		T3_OUTCOME_SUM: share('T3_OUTCOME_SUM'),
		T3_ROW_TOTAL: share('T3_ROW_TOTAL'),
		T4_GROUP_SUM: share('T4_GROUP_SUM'),
		XY_CARRY: share('XY_CARRY') && y.previousPublished,
		NONNEG: share('NONNEG'),
		BLANK_CELLS: share('BLANK_CELLS'),
		NARRATIVE_MATCH: share('NARRATIVE_MATCH')
	};
	const late = flaw.next() < t.late;
	const layout = layoutOf(year, flaw, opts);
	const template: Template = layout.table2 === layout.table3 ? layout.table2 : 'hybrid';

	// Table 三, per applicant column: 新收 + 上年结转 = 办理 + 结转下年度.
	const requests = rng.poisson(t.requests * growth * noise());
	const newReceived = rng.multinomial(requests, t.mix, [0, 0, 0, 0, 0, 0]);
	const carriedOver = s.carriedForward;
	const carriedForward = newReceived.map((n) => rng.binomial(n, t.carryRate));
	const outcomes: number[][] = OUTCOMES.map(() => [0, 0, 0, 0, 0, 0]);
	const split: number[] = new Array<number>(OUTCOMES.length).fill(0);
	for (let c = 0; c < 6; c++) {
		const processed = (newReceived[c] as number) + (carriedOver[c] as number) - (carriedForward[c] as number);
		if (processed === 0) continue;
		rng.multinomial(processed, t.outcomeWeights, split);
		for (let r = 0; r < OUTCOMES.length; r++) (outcomes[r] as number[])[c] = split[r] as number;
	}
	const processed = sumRows(outcomes);
	if (breaking.XY_CARRY) {
		// 上年结转 differs from last year's 结转下年度; 结转下年度 moves with it, so the year itself still balances.
		const c = flaw.int(0, 5);
		const d = flaw.int(1, 3);
		carriedOver[c] = (carriedOver[c] as number) + d;
		carriedForward[c] = (carriedForward[c] as number) + d;
	}
	if (breaking.T3_BALANCE) {
		const c = flaw.int(0, 5);
		carriedForward[c] = (carriedForward[c] as number) + flaw.int(1, 5);
	}
	s.carriedForward = carriedForward;

	const row = (i: number) => applicantRow(outcomes[i] as number[]);
	const other =
		layout.table3 === '2021'
			? {
					overdueCorrection: row(OTHER_FIRST),
					overdueFee: row(OTHER_FIRST + 1),
					otherReasons: row(OTHER_FIRST + 2),
					total: applicantRow(sumRows(outcomes.slice(OTHER_FIRST)), derived)
				}
			: { total: applicantRow(sumRows(outcomes.slice(OTHER_FIRST))) };
	const applications: AnnualReport['applications'] = {
		newReceived: applicantRow(newReceived),
		carriedOver: applicantRow(carriedOver),
		results: {
			granted: row(0),
			partialGrant: row(1),
			denied: {
				stateSecret: row(2),
				lawForbidden: row(3),
				safetyStability: row(4),
				thirdPartyRights: row(5),
				internalAffairs: row(6),
				processInfo: row(7),
				enforcementCase: row(8),
				adminQuery: row(9)
			},
			unableToProvide: { noInfo: row(10), needCreation: row(11), unclear: row(12) },
			notProcessed: { complaint: row(13), repeat: row(14), publication: row(15), massiveRequests: row(16), confirmInfo: row(17) },
			other,
			totalProcessed: applicantRow(processed)
		},
		carriedForward: applicantRow(carriedForward)
	};

	// Table 四.
	const group = (n: number) => {
		const parts = rng.multinomial(n, [0.6, 0.12, 0.18, 0.1], [0, 0, 0, 0]);
		return { upheld: cell(parts[0]!), corrected: cell(parts[1]!), other: cell(parts[2]!), pending: cell(parts[3]!), total: cell(n) };
	};
	const reviews = rng.poisson(requests * t.reviewRate);
	const reviewLitigation: ReviewLitigation = {
		review: group(reviews),
		litigationDirect: group(rng.poisson(requests * t.lawsuitRate)),
		litigationAfterReview: group(rng.binomial(reviews, 0.15))
	};

	// Table 二: stocks move every year, whichever format the report uses.
	const regIssued = rng.poisson(t.regulations * noise());
	const regRepealed = Math.min(s.regulationsInForce, rng.poisson(t.regulations * 0.4));
	s.regulationsInForce += regIssued - regRepealed;
	s.regulationsPublished += regIssued;
	const ndIssued = rng.poisson(t.normative * growth * noise());
	const ndRepealed = rng.binomial(s.normativeInForce, 0.05);
	s.normativeInForce += ndIssued - ndRepealed;
	s.normativePublished += ndIssued;
	const licensing = capInt(rng.poisson(t.licensing * growth * noise()));
	const punishment = capInt(rng.poisson(t.punishment * noise()));
	const coercion = capInt(rng.poisson(t.punishment * 0.05 * noise()));
	const fees = t.fees > 0 && !rng.chance(0.1) ? wan(t.fees * noise()) : 0;
	let disclosure: Disclosure2021 | undefined;
	let disclosure2019: Disclosure2019 | undefined;
	if (layout.table2 === '2021') {
		disclosure = {
			regulations: { issued: cell(regIssued), repealed: cell(regRepealed), inForce: cell(s.regulationsInForce) },
			normativeDocuments: { issued: cell(ndIssued), repealed: cell(ndRepealed), inForce: cell(s.normativeInForce) },
			licensing: { decisions: cell(licensing) },
			punishment: { decisions: cell(punishment) },
			coercion: { decisions: cell(coercion) },
			fees: { amountWan: cell(fees) }
		};
	}
	const stock = (key: keyof State['items'], decisions?: number) => {
		const items = s.items[key];
		const change = items === 0 ? 0 : rng.chance(0.7) ? 0 : Math.max(-items, rng.int(-3, 4));
		s.items[key] = items + change;
		return { previousYearItems: cell(items), changeThisYear: cell(change), ...(decisions === undefined ? {} : { decisions: cell(decisions) }) };
	};
	const items = {
		licensing: stock('licensing', licensing),
		otherExternalServices: stock('otherExternalServices', capInt(rng.poisson(licensing * 0.1))),
		punishment: stock('punishment', punishment),
		coercion: stock('coercion', coercion),
		fees: stock('fees')
	};
	if (layout.table2 === '2019') {
		const projects = rng.poisson(t.procurement);
		disclosure2019 = {
			regulations: { newlyMade: cell(regIssued), newlyPublished: cell(regIssued), totalPublished: cell(s.regulationsPublished) },
			normativeDocuments: { newlyMade: cell(ndIssued), newlyPublished: cell(ndIssued), totalPublished: cell(s.normativePublished) },
			licensing: items.licensing as Disclosure2019['licensing'],
			otherExternalServices: items.otherExternalServices as Disclosure2019['otherExternalServices'],
			punishment: items.punishment as Disclosure2019['punishment'],
			coercion: items.coercion as Disclosure2019['coercion'],
			fees: items.fees,
			procurement: { projectCount: cell(projects), totalAmount: cell(projects === 0 ? 0 : wan(projects * rng.logNormal(30, 1))) }
		};
	}

	const record: AnnualReport = {
		schemaVersion: SCHEMA_VERSION,
		id: `${y.agency.id}-${year}`,
		agency: y.agency,
		year,
		template,
		layout,
		publishedAt: publishedAt(a, year, late, flaw),
		signedAt: null,
		source: y.source,
		...(disclosure ? { disclosure } : {}),
		...(disclosure2019 ? { disclosure2019 } : {}),
		applications,
		reviewLitigation,
		narrative: {} as Narrative,
		parse: { splits: [], totalsUsed: [], missingRows: [], unreadable: [] }
	};

	if (breaking.T3_OUTCOME_SUM) breakOutcomeSum(record, flaw);
	if (breaking.T3_ROW_TOTAL) breakRowTotal(record, outcomes, flaw);
	if (breaking.T4_GROUP_SUM) {
		const path = `reviewLitigation.${flaw.pick(T4_GROUPS)}.total`;
		setCell(record, path, valueAt(record, path) + flaw.int(1, 3));
	}
	if (breaking.NONNEG) {
		const path = layout.table2 === '2021' ? 'disclosure.punishment.decisions' : 'disclosure2019.punishment.decisions';
		setCell(record, path, -Math.max(1, Math.min(999, valueAt(record, path))));
	}
	if (breaking.BLANK_CELLS) {
		const paths =
			layout.table2 === '2021'
				? ['disclosure.regulations.issued', 'disclosure.regulations.repealed', 'disclosure.regulations.inForce', 'disclosure.fees.amountWan']
				: ['disclosure2019.regulations.newlyMade', 'disclosure2019.regulations.newlyPublished', 'disclosure2019.regulations.totalPublished', 'disclosure2019.procurement.projectCount', 'disclosure2019.procurement.totalAmount'];
		const n = flaw.int(1, paths.length);
		const raw = flaw.chance(0.5) ? '/' : '';
		for (const path of paths.slice(0, n)) setCell(record, path, null, raw);
	}
	record.narrative = narrative(record, t, growth, rng);
	if (breaking.NARRATIVE_MATCH) record.narrative.applicationsNew = valueAt(record, 'applications.newReceived.total') + flaw.int(1, 5);
	return record;
}

/** An outcome cell and its row total are both off by d: the column sums no longer give （七）总计. */
function breakOutcomeSum(record: AnnualReport, rng: Rng) {
	const rows: string[] = OUTCOMES.slice(0, OTHER_FIRST).map(([p]) => p);
	if (record.layout.table3 === '2019') rows.push('other.total');
	const row = `applications.results.${rng.pick(rows)}`;
	const col = rng.int(0, 5);
	const d = rng.int(1, 3);
	const colPath = `${row}.${col === 0 ? 'naturalPerson' : `legalPerson.${COLS[col]}`}`;
	setCell(record, colPath, valueAt(record, colPath) + d);
	setCell(record, `${row}.total`, valueAt(record, `${row}.total`) + d);
}

/**
 * One request moved from an outcome row to another in the same column while both rows keep their printed 总计:
 * only the two row totals are off. A report with no outcome at all gets a 总计 of 1 in an empty row instead
 * (which also breaks the outcome sum of the 总计 column).
 */
function breakRowTotal(record: AnnualReport, outcomes: readonly (readonly number[])[], rng: Rng) {
	const printed = OTHER_FIRST; // the （六） rows never take part (2021: their subtotal is derived)
	const path = (r: number, c: number) => `applications.results.${OUTCOMES[r]![0]}.${c === 0 ? 'naturalPerson' : `legalPerson.${COLS[c]}`}`;
	const sources: [number, number][] = [];
	for (let r = 0; r < printed; r++) for (let c = 0; c < 6; c++) if (((outcomes[r] as number[])[c] as number) > 0) sources.push([r, c]);
	if (sources.length === 0) {
		setCell(record, `applications.results.${OUTCOMES[GRANTED][0]}.total`, 1);
		return;
	}
	const [from, c] = rng.pick(sources);
	let to = rng.int(0, printed - 2);
	if (to >= from) to++;
	setCell(record, path(from, c), valueAt(record, path(from, c)) - 1);
	setCell(record, path(to, c), valueAt(record, path(to, c)) + 1);
}

/** The figures the report's text states, from its tables (some left unstated, as real texts do). */
function narrative(record: AnnualReport, t: Traits, growth: number, rng: Rng): Narrative {
	const v = (path: string) => valueAt(record, path);
	const newTotal = v('applications.newReceived.total');
	const overdueFee = record.layout.table3 === '2021' && v('applications.results.other.overdueFee.total') > 0;
	return {
		proactiveItems: rng.chance(0.9) ? Math.round(t.proactive * growth * rng.logNormal(1, 0.3)) : null,
		applicationsReceived: rng.chance(0.25) ? newTotal + v('applications.carriedOver.total') : null,
		applicationsNew: rng.chance(0.6) ? newTotal : null,
		applicationsCarriedOver: null,
		applicationsConcluded: rng.chance(0.4) ? v('applications.results.totalProcessed.total') : null,
		applicationsCarriedForward: null,
		reviews: rng.chance(0.3) ? v('reviewLitigation.review.total') : null,
		lawsuits: rng.chance(0.2) ? v('reviewLitigation.litigationDirect.total') + v('reviewLitigation.litigationAfterReview.total') : null,
		section6: { present: true, saysNothing: !overdueFee, mentionsFee: overdueFee, feeYuan: null }
	};
}

/** The plain `agency` of a synthetic agency's records (without the generator's catalogue entry). */
export function recordAgency(a: SyntheticAgency): Agency {
	return { id: a.id, name: a.name, region: a.region, level: a.level, kind: a.kind, category: a.category };
}

/**
 * The reports of one agency for the option years, in year order (missing years left out). Deterministic for
 * (seed, agency id, options): an agency's stream does not depend on the other agencies.
 */
export function agencyReports(a: SyntheticAgency, opts: SyntheticOptions): AnnualReport[] {
	const rng = new Rng(seedOf(opts.seed, a.id));
	const flaw = new Rng(seedOf(opts.seed, a.id, 'flaws'));
	const t = traits(a, rng, opts);
	const agency = recordAgency(a);
	const source: AnnualReport['source'] = { fileName: SYNTHETIC_FILE, sha256: null, url: null, format: 'text', tableForm: 'lines', parserVersion: PARSER_VERSION };
	const startCarry = [0, 0, 0, 0, 0, 0].map((_, c) => rng.binomial(Math.round(t.requests * (t.mix[c] as number)), t.carryRate));
	const state: State = {
		carriedForward: startCarry,
		regulationsInForce: t.regulations > 0 ? rng.int(10, 40) * Math.round(t.regulations) : 0,
		normativeInForce: Math.round(t.normative * rng.int(3, 8)),
		regulationsPublished: 0,
		normativePublished: 0,
		items: { ...t.items }
	};
	const out: AnnualReport[] = [];
	const [first, last] = opts.years;
	let stopped = false;
	let previousPublished = false;
	for (let year = first; year <= last; year++) {
		// The year is simulated even when it is not published, so the next report carries on from it.
		let publish = !stopped;
		if (flaw.next() < opts.missingShare && publish && year > first) {
			publish = false;
			stopped = flaw.next() < 1 / 3;
		}
		const r = report(a, t, state, { agency, source, year, previousPublished }, rng, flaw, opts);
		if (publish) out.push(r);
		previousPublished = publish;
	}
	return out;
}
