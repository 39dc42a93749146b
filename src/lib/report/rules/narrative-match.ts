/**
 * NARRATIVE_MATCH: figures the text states vs the tables (FORMAT.md §6–§7). Compared only when both sides are
 * known (for 收到, both of its readings). Texts often call 新收 + 上年结转 "收到/受理" (Pingtan 2022: 75 = 74 + 1),
 * so `applicationsReceived` passes when it equals either 新收 or 新收 + 结转.
 */
import type { AnnualReport, Finding, Narrative } from '../schema';
import { finding, same, sum, values, type RecordRule } from './common';
import { cellLabel } from './labels';

const T = 'applications';

interface Comparison {
	field: keyof Omit<Narrative, 'section6' | 'proactiveItems'>;
	zh: string;
	/** Table sides that satisfy the text (the first is the one reported as expected); each a sum of cells. */
	accept: string[][];
}

const COMPARISONS: readonly Comparison[] = [
	{ field: 'applicationsNew', zh: '新收申请', accept: [[`${T}.newReceived.total`]] },
	{
		field: 'applicationsReceived',
		zh: '收到申请',
		accept: [[`${T}.newReceived.total`], [`${T}.newReceived.total`, `${T}.carriedOver.total`]]
	},
	{ field: 'applicationsCarriedOver', zh: '上年结转申请', accept: [[`${T}.carriedOver.total`]] },
	{ field: 'applicationsCarriedForward', zh: '结转下年度申请', accept: [[`${T}.carriedForward.total`]] },
	{ field: 'applicationsConcluded', zh: '办结申请', accept: [[`${T}.results.totalProcessed.total`]] },
	{ field: 'reviews', zh: '行政复议', accept: [['reviewLitigation.review.total']] },
	{
		field: 'lawsuits',
		zh: '行政诉讼',
		accept: [['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total']]
	}
];

function compare(record: AnnualReport, c: Comparison): Finding | null {
	const text = record.narrative[c.field];
	if (text === null) return null;
	const sides: { paths: string[]; value: number }[] = [];
	for (const paths of c.accept) {
		const v = values(record, paths);
		// An unknown alternative might be the one the text means: no finding.
		if (!v) return null;
		sides.push({ paths, value: sum(v) });
	}
	const first = sides[0];
	if (!first || sides.some((s) => same(s.value, text))) return null;
	const tableZh = (s: { paths: string[]; value: number }) =>
		`${s.paths.map((p) => `「${cellLabel(p)}」`).join('+')}为 ${s.value}`;
	const tableEn = (s: { paths: string[]; value: number }) => `${s.paths.join(' + ')} = ${s.value}`;
	return finding(narrativeMatch, record, {
		paths: [...new Set(sides.flatMap((s) => s.paths))],
		expected: first.value,
		actual: text,
		zh: `正文称${c.zh} ${text} 件，但表格中${sides.map(tableZh).join('，')}。`,
		en: `The text states ${c.field} = ${text}, but the tables give ${sides.map(tableEn).join('; ')}.`
	});
}

export const narrativeMatch: RecordRule = {
	id: 'NARRATIVE_MATCH',
	severity: 'warning',
	scope: 'record',
	description: {
		zh: '正文所述数字（新收、收到、结转、办结申请数，行政复议、行政诉讼数）应与表格一致；“收到”可为新收或新收加上年结转。',
		en: 'Figures stated in the text (new, received, carried over/forward, concluded requests; reviews; lawsuits) must match the tables; "received" may mean new or new + carried over.'
	},
	check: (record) =>
		COMPARISONS.flatMap((c) => {
			const f = compare(record, c);
			return f ? [f] : [];
		})
};

