/**
 * Report metadata from the page: title (agency + year), publication date, source URL, signature date.
 * Sources in order of trust: a crawler's metadata header (标题 / 发布时间 / 原文链接), the page's own title and
 * 时间 line, the title lines at the top of the text, the statistics-period sentence, the signature block.
 */

export interface Meta {
	agencyName: string | null;
	year: number | null;
	publishedAt: string | null;
	signedAt: string | null;
	url: string | null;
}

const TITLE = /^(.*?)(?:关于)?\s*((?:19|20)\d{2})\s*年\s*度?\s*(?:的)?\s*(?:政府信息公开|政务公开|信息公开)[^\n]{0,20}?报告/;

const pad = (n: string) => n.padStart(2, '0');

/** A date in the text (2020-01-20, 2020年1月20日, 2020/1/20) as YYYY-MM-DD, if it is a real calendar date. */
export function toIsoDate(y: string, m: string, d: string): string | null {
	const yy = Number(y);
	const mm = Number(m);
	const dd = Number(d);
	const dt = new Date(Date.UTC(yy, mm - 1, dd));
	if (dt.getUTCFullYear() !== yy || dt.getUTCMonth() !== mm - 1 || dt.getUTCDate() !== dd) return null;
	return `${y}-${pad(m)}-${pad(d)}`;
}

const cleanName = (s: string) =>
	s
		.replace(/^(?:标题|题目)[:：]\s*/, '')
		.replace(/[\s\u00a0\u3000]+/g, '')
		.replace(/关于$/, '')
		.trim();

/** Reads the metadata from the plain text (cells as spaces, rows and blocks as newlines). */
export function readMeta(plain: string): Meta {
	const head = plain.slice(0, 3000);
	const lines = head.split('\n').map((l) => l.trim()).filter((l) => l !== '');
	let agencyName: string | null = null;
	let year: number | null = null;

	const header = /^标题[:：]\s*(.+)$/m.exec(head);
	const candidates = header ? [header[1]!, ...lines.slice(0, 15)] : lines.slice(0, 15);
	for (let i = 0; i < candidates.length; i++) {
		const m = TITLE.exec(candidates[i]!);
		if (!m) continue;
		year = Number(m[2]);
		let name = cleanName(m[1]!);
		if (!name && i > 0) {
			const prev = cleanName(candidates[i - 1]!);
			if (prev.length <= 40 && !/[。，,；;：:]/.test(prev)) name = prev;
		}
		if (name) agencyName = name;
		break;
	}
	if (!agencyName) {
		const m = /编制(?:完成)?了?(?:本)?([^\s，。,、《》]{2,40}?)((?:19|20)\d{2})年度?政府信息公开工作(?:年度)?报告/.exec(plain);
		if (m) {
			agencyName = cleanName(m[1]!);
			year ??= Number(m[2]);
		}
	}
	const signature = readSignature(plain);
	agencyName ??= signature.name;
	if (year === null) {
		const period = /统计期限?[^。\n]{0,8}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/.exec(plain);
		if (period) year = Number(period[1]);
		else if (signature.date) year = Number(signature.date.slice(0, 4)) - 1;
		else {
			const first = /((?:19|20)\d{2})\s*年/.exec(plain);
			if (first) year = Number(first[1]);
		}
	}
	return {
		agencyName: agencyName || null,
		year,
		publishedAt: readPublished(head),
		signedAt: signature.date,
		url: /^原文链接[:：]\s*(\S+)/m.exec(head)?.[1] ?? null
	};
}

function readPublished(head: string): string | null {
	const m = /(?:发布时间|发布日期|发文日期|时间)[:：]\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(head);
	return m ? toIsoDate(m[1]!, m[2]!, m[3]!) : null;
}

const SIGN_NAME = /([\u4e00-\u9fff（）()]{2,40}?(?:局|委员会|委|办公室|办公厅|办|室|厅|人民政府|政府|管委会|中心|院|署|所|会|科协|片区|街道|镇|乡|区|县|市))[\s\u00a0\u3000]*$/;

/** The signature block at the end: "<机关名称> 2020年1月2日" (not a "…印发" line). */
function readSignature(plain: string): { name: string | null; date: string | null } {
	const tail = plain.slice(Math.max(0, plain.length - 1500));
	const re = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?!\s*印发)/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(tail))) {
		const before = tail.slice(Math.max(0, m.index - 400), m.index).replace(/[\s\u00a0\u3000]+/g, '');
		const name = SIGN_NAME.exec(before.slice(-60));
		if (!name) continue;
		const date = toIsoDate(m[1]!, m[2]!, m[3]!);
		if (date) return { name: cleanName(name[1]!), date };
	}
	return { name: null, date: null };
}
