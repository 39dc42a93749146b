/**
 * An independent recomputation of /compare's measures, peer ranks, medians and outlier flags from
 * data/default/records.json and findings.json (plain JS, no SQL), for the SQL test and the e2e test.
 * Definitions as documented in src/lib/db/queries/compare-entities.sql.
 */
import type { AnnualReport, Finding } from '../../../src/lib/report/schema';

export type Measure =
	| 'new_received'
	| 'processed'
	| 'disclosed_share'
	| 'denied_share'
	| 'unable_share'
	| 'not_processed_share'
	| 'reviews_per_100'
	| 'lawsuits_per_100'
	| 'correction_rate'
	| 'errors_per_report'
	| 'late_share';

export const MEASURE_LIST: Measure[] = [
	'new_received',
	'processed',
	'disclosed_share',
	'denied_share',
	'unable_share',
	'not_processed_share',
	'reviews_per_100',
	'lawsuits_per_100',
	'correction_rate',
	'errors_per_report',
	'late_share'
];

type Cell = { value: number | null } | undefined;
const v = (c: Cell): number | null => c?.value ?? null;
/** DuckDB's list_sum: the sum of the non-null values, null when all are null. */
const listSum = (xs: (number | null)[]): number | null => (xs.every((x) => x === null) ? null : xs.reduce<number>((s, x) => s + (x ?? 0), 0));
/** SQL sum: null over no non-null value. */
const sum = (xs: (number | null)[]): number | null => listSum(xs);

interface PerReport {
	newReceived: number | null;
	processed: number | null;
	disclosed: number | null;
	denied: number | null;
	unable: number | null;
	notProcessed: number | null;
	reviews: number | null;
	lawsuits: number | null;
	reviewLawsuits: number | null;
	corrected: number | null;
	errors: number;
	late: number;
	published: boolean;
	areaReport: boolean;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function perReport(r: AnnualReport, findings: Finding[]): PerReport {
	const res = (r.applications as any).results;
	const rl = r.reviewLitigation as any;
	const group = (g: Record<string, { total?: Cell }>) => listSum(Object.values(g).map((x) => v(x.total)));
	const reviews = v(rl.review.total);
	const lawsuits = listSum([v(rl.litigationDirect.total), v(rl.litigationAfterReview.total)]);
	const own = findings.filter((f) => f.recordId === r.id);
	return {
		newReceived: v((r.applications as any).newReceived.total),
		processed: v(res.totalProcessed.total),
		disclosed: listSum([v(res.granted.total), v(res.partialGrant.total)]),
		denied: group(res.denied),
		unable: group(res.unableToProvide),
		notProcessed: group(res.notProcessed),
		reviews,
		lawsuits,
		reviewLawsuits: listSum([reviews, lawsuits]),
		corrected: listSum([v(rl.review.corrected), listSum([v(rl.litigationDirect.corrected), v(rl.litigationAfterReview.corrected)])]),
		errors: own.filter((f) => f.severity === 'error').length,
		late: own.filter((f) => f.rule === 'TIMELINESS' && f.severity !== 'info').length,
		published: r.publishedAt !== null,
		areaReport: r.agency.kind === 'area'
	};
}

/** Sums first, then the ratio; numerator over reports with a denominator and vice versa; 0 or blank → null. */
function ratio(reps: PerReport[], num: (p: PerReport) => number | null, den: (p: PerReport) => number | null, scale = 1): number | null {
	const n = sum(reps.filter((p) => den(p) !== null).map(num));
	const d = sum(reps.filter((p) => num(p) !== null).map(den));
	return n === null || d === null || d === 0 ? null : (scale * n) / d;
}

export function measures(all: PerReport[], scoped: PerReport[]): Record<Measure, number | null> {
	const proc = (p: PerReport) => p.processed;
	return {
		new_received: sum(scoped.map((p) => p.newReceived)),
		processed: sum(scoped.map(proc)),
		disclosed_share: ratio(scoped, (p) => p.disclosed, proc),
		denied_share: ratio(scoped, (p) => p.denied, proc),
		unable_share: ratio(scoped, (p) => p.unable, proc),
		not_processed_share: ratio(scoped, (p) => p.notProcessed, proc),
		reviews_per_100: ratio(scoped, (p) => p.reviews, proc, 100),
		lawsuits_per_100: ratio(scoped, (p) => p.lawsuits, proc, 100),
		correction_rate: ratio(scoped, (p) => p.corrected, (p) => p.reviewLawsuits),
		errors_per_report: all.length ? all.reduce((s, p) => s + p.errors, 0) / all.length : null,
		late_share: ratio(
			all.filter((p) => p.published),
			(p) => p.late,
			() => 1
		)
	};
}

export type Scope = 'agencies' | 'areas' | 'all';
export type RegionLevel = 'province' | 'city' | 'county';

export interface RefEntity {
	type: 'agency' | 'region';
	id: string;
	peerGroup: string;
	values: Record<Measure, number | null>;
}

export interface RefStats {
	value: number | null;
	rank: number | null;
	peers: number;
	groupSize: number;
	median: number | null;
	outlier: 'high' | 'low' | null;
}

const median = (xs: number[]): number | null => {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Every agency and every region (of the given levels) with a report in [from, to], with its measures. */
export function referenceEntities(records: AnnualReport[], findings: Finding[], from: number, to: number, scope: Scope): RefEntity[] {
	const reps = records.filter((r) => r.year >= from && r.year <= to).map((r) => ({ r, p: perReport(r, findings) }));
	const inScope = (x: { p: PerReport }) => scope === 'all' || (scope === 'areas') === x.p.areaReport;
	const out: RefEntity[] = [];
	const byAgency = new Map<string, typeof reps>();
	for (const x of reps) byAgency.set(x.r.agency.id, [...(byAgency.get(x.r.agency.id) ?? []), x]);
	for (const [id, xs] of byAgency) {
		const a = xs.at(-1)!.r.agency;
		const ps = xs.map((x) => x.p);
		out.push({ type: 'agency', id, peerGroup: `${a.level}/${a.kind}`, values: measures(ps, ps) });
	}
	for (const level of ['province', 'city', 'county'] as RegionLevel[]) {
		const byCode = new Map<string, typeof reps>();
		for (const x of reps) {
			const code = x.r.agency.region[level]?.code;
			if (code) byCode.set(code, [...(byCode.get(code) ?? []), x]);
		}
		for (const [code, xs] of byCode) {
			out.push({ type: 'region', id: code, peerGroup: level, values: measures(xs.map((x) => x.p), xs.filter(inScope).map((x) => x.p)) });
		}
	}
	return out;
}

/** Rank (1 = highest, ties share), peers with a value, median and the outlier flag of one entity's measure. */
export function referenceStats(all: RefEntity[], e: RefEntity, m: Measure): RefStats {
	const group = all.filter((x) => x.type === e.type && x.peerGroup === e.peerGroup);
	const values = group.map((x) => x.values[m]).filter((x): x is number => x !== null);
	const value = e.values[m];
	const med = median(values);
	let outlier: RefStats['outlier'] = null;
	if (value !== null && med !== null && values.length >= 5 && m !== 'new_received' && m !== 'processed') {
		const dev = values.map((x) => Math.abs(x - med));
		const mad = median(dev)!;
		const meanAd = dev.reduce((s, x) => s + x, 0) / dev.length;
		const spread = mad > 0 ? 1.4826 * mad : meanAd > 0 ? 1.2533 * meanAd : null;
		if (spread !== null && Math.abs(value - med) > 3.5 * spread) outlier = value > med ? 'high' : 'low';
	}
	return {
		value,
		rank: value === null ? null : 1 + values.filter((x) => x > value).length,
		peers: values.length,
		groupSize: group.length,
		median: med,
		outlier
	};
}
