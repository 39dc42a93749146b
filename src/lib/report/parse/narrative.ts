/**
 * Figures the report's text states about itself, for the narrative-vs-table rule and for the proactive
 * disclosure volume (no table has it). Only numbers are kept, never sentences.
 */
import type { Narrative } from '../schema';

const num = (re: RegExp, text: string): number | null => {
	const m = re.exec(text);
	if (!m) return null;
	const v = m.slice(1).find((g) => g !== undefined);
	return v === undefined ? null : Number(v);
};

/** The figure of whichever pattern matches first in the text (the overall total precedes its breakdown). */
const earliest = (text: string, res: RegExp[]): number | null => {
	let best: { at: number; v: number } | null = null;
	for (const re of res) {
		const m = re.exec(text);
		if (m && (best === null || m.index < best.at)) best = { at: m.index, v: Number(m[1]) };
	}
	return best?.v ?? null;
};

const STOP = '[^\\d。；;，,\\n]';

/** Reads the figures from the text before the tables (section 一) and from section 六. */
export function readNarrative(intro: string, section6: string | null): Narrative {
	const t = intro.replace(/[\s\u00a0\u3000]+/g, '');
	return {
		proactiveItems: earliest(t, [
			new RegExp(`(?:共|共计|合计)(?:在${STOP}{0,20}?)?(?:主动)?(?:公开|发布|公布)${STOP}{0,12}?(\\d+)条`),
			new RegExp(`(?:公开|发布|公布)${STOP}{0,12}?(?:共计|共|合计|总计)(\\d+)条`),
			new RegExp(`主动公开(?:政府)?信息(?:数|总数|量)(?:为|共|达)?(\\d+)`),
			new RegExp(`(?:全年|今年|本年度?)${STOP}{0,6}?(?:主动)?(?:公开|发布|公布)${STOP}{0,14}?(\\d+)条`),
			new RegExp(`(?<!应当|应|其他|历年累计)主动公开${STOP}{0,14}?(\\d+)条`)
		]),
		applicationsReceived: num(new RegExp(`(?:收到|受理)${STOP}{0,16}?申请${STOP}{0,4}?(\\d+)件`), t),
		applicationsNew: num(new RegExp(`新收${STOP}{0,12}?(\\d+)件`), t),
		applicationsCarriedOver: num(new RegExp(`(?:上一?年度?结转|去年旧存)${STOP}{0,10}?(\\d+)件`), t),
		applicationsConcluded: num(new RegExp(`(?:办结|结案)${STOP}{0,6}?(\\d+)件`), t),
		applicationsCarriedForward: num(
			new RegExp(`(?:结转(?:至)?下一?年度?${STOP}{0,10}?(\\d+)件|转下年存案(\\d+)件)`),
			t
		),
		reviews: num(new RegExp(`行政复议(?:申请|案件)?${STOP}{0,4}?(\\d+)件`), t),
		lawsuits: num(new RegExp(`行政诉讼(?:案件)?${STOP}{0,4}?(\\d+)件`), t),
		section6: readSection6(section6)
	};
}

function readSection6(text: string | null): Narrative['section6'] {
	if (text === null) return { present: false, saysNothing: false, mentionsFee: false, feeYuan: null };
	const t = text.replace(/[\s\u00a0\u3000]+/g, '').replace(/^(?:与附表|:|：)/, '');
	const fee = /(?:收取|收费|处理费)[^。；;]{0,20}?(\d+(?:\.\d+)?)元/.exec(t);
	return {
		present: true,
		saysNothing: /^(?:[。.,，:：]*)(?:无|暂无|没有|本年度?(?:本单位)?无|我局无|本单位无)/.test(t) || /无其他(?:需要?)?(?:报告|说明)/.test(t),
		mentionsFee: /处理费|收取[^。；;]{0,16}费用?/.test(t),
		feeYuan: fee ? Number(fee[1]) : null
	};
}
