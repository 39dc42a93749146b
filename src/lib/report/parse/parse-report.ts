/**
 * One published report → one validated {@link AnnualReport}, or a reject that says why. Pure and isomorphic:
 * the same function runs in the command line and in the browser.
 *
 * The template is detected from the labels (column headings of table 二, the （六） sub-rows of table 三),
 * never from the year.
 */
import { classifyAgency, agencyIdFromName } from '../ids';
import { getAt, setAt } from '../paths';
import { assertRecord } from '../validate';
import type { AnnualReport } from '../schema';
import {
	SCHEMA_VERSION,
	type Cell,
	type Layout,
	type ParseNotes,
	type Reject
} from '../schema';
import { APPLICANT_COLS, TABLE4_ROW, table2Blocks, table3Rows, type RowDef } from '../template';
import { htmlStream } from './html-stream';
import { readMeta } from './meta';
import { readNarrative } from './narrative';
import { amountUnit } from './numbers';
import { find, scan, type Scan } from './scan';
import { locateRows, readRow, type TotalGroup } from './tables';
import { textStream } from './text-stream';

export const PARSER_VERSION = '1.0.0';

export interface ParseInput {
	/** The file's text (decoded as UTF-8). */
	text: string;
	/** File name as given; used in errors and to tell html from text. */
	fileName: string;
	/** sha256 of the file's bytes, computed at the I/O edge; null when unknown. */
	sha256?: string | null;
}

export type ParseResult = { ok: true; record: AnnualReport } | { ok: false; reject: Reject };

const T2_START = /第二十条第\(一\)项/;
const RAW_T2 = /第\s*二\s*十\s*条\s*第\s*[（(]\s*一\s*[）)]\s*项/;
const T3_START = /三[、.]收到和处理|[勾钩]稽关系|申请人情况|本年新收/;
const T4_START = /行政复议/;
const T4_END = /五[、.]|存在的?主要问题/;
const T4_HEADER = /总计|尚未审结|审结|其他结果|结果纠正|纠正|结果维持|维持|复议后起诉|直接起诉|行政诉讼|行政复议|结果/;
const PRE2019 = /政府信息公开情况统计表|当面申请|信函申请数|网上申请数/;
const LAYOUT_2019_T2 = /新制作|新公开数量|对外公开总数|上一年项目|政府集中采购/;
const LAYOUT_2021_T3 = /逾期不补正|逾期未按收费/;
const SECTION6 = /[六七][、.](?:其他需要?(?:报告|说明)的?事项|需要说明的其他事项|其他需说明的?事项|其他需报告的?事项)/;

const reject = (
	file: string,
	reason: Reject['reason'],
	zh: string,
	en: string,
	where: { table?: string; row?: string; column?: string } = {}
): ParseResult => ({
	ok: false,
	reject: {
		file,
		reason,
		message: { zh, en },
		table: where.table ?? null,
		row: where.row ?? null,
		column: where.column ?? null
	}
});

/** Parses one published report into a validated record, or explains why it cannot. Pure. */
export function parseReport(input: ParseInput): ParseResult {
	const file = input.fileName;
	const isHtml = /\.html?$/i.test(file) || /^\s*</.test(input.text);
	const stream = isHtml ? htmlStream(input.text) : textStream(input.text);
	// Table 二 opens with 第二十条第（一）项: the scanner (the costly part) starts there when the raw text shows it.
	const anchor = RAW_T2.exec(stream.text);
	const sc = scan(stream, anchor ? anchor.index : 0);
	const plain = stream.text.replace(/[\u001E\u001F]/g, (c) => (c === '\u001F' ? ' ' : '\n'));

	const t2 = find(sc, T2_START, 0);
	if (!t2 && !find(sc, /本年新收/, 0) && PRE2019.test(sc.s)) {
		return reject(
			file,
			'pre2019',
			'这是2019年以前的“政府信息公开情况统计表”格式（按当面/网上/信函申请统计），不是国办公开办函〔2019〕60号或〔2021〕30号的年度报告格式，不予解析。',
			'This is a pre-2019 统计表 (applications counted by 当面/网上/信函), not the 2019 or 2021 annual-report template; it is not parsed.'
		);
	}
	if (!/政府信息公开|政务公开/.test(sc.s)) {
		return reject(file, 'not-a-report', '文件中没有政府信息公开年度报告的内容。', 'The file does not contain a government information disclosure annual report.');
	}
	if (!t2) {
		return reject(file, 'incomplete', '缺少表二（主动公开政府信息情况，未找到“第二十条第（一）项”）。', 'Table 二 (proactive disclosure) is missing: no “第二十条第（一）项” block was found.', { table: '二' });
	}
	const t3 = find(sc, T3_START, t2.end);
	if (!t3) {
		return reject(file, 'incomplete', '缺少表三（收到和处理政府信息公开申请情况）。', 'Table 三 (applications received and processed) is missing.', { table: '三' });
	}
	const t4 = find(sc, T4_START, t3.end);
	if (!t4) {
		const rows = table3Rows(LAYOUT_2021_T3.test(sc.s.slice(t3.start)) ? '2021' : '2019');
		const firstMissing = locateRows(sc, rows, t3.start, sc.s.length).findIndex((l) => !l);
		if (firstMissing >= 0) {
			const row = rows[firstMissing]!.zh;
			return reject(file, 'incomplete', `报告不完整：表三从“${row}”起缺失，表四（行政复议、行政诉讼情况）缺失。`, `The report is incomplete: table 三 stops before “${row}” and table 四 (reconsideration and litigation) is missing.`, { table: '三', row });
		}
		return reject(file, 'incomplete', '缺少表四（行政复议、行政诉讼情况），报告不完整。', 'Table 四 (administrative reconsideration and litigation) is missing: the report is incomplete.', { table: '四' });
	}
	const t4End = find(sc, T4_END, t4.end)?.start ?? sc.s.length;

	const layout2: Layout = LAYOUT_2019_T2.test(sc.s.slice(t2.start, t3.start)) ? '2019' : '2021';
	const layout3: Layout = LAYOUT_2021_T3.test(sc.s.slice(t3.start, t4.start)) ? '2021' : '2019';
	const structured = stream.form !== 'glued';
	const notes: ParseNotes = { splits: [], totalsUsed: [], missingRows: [], unreadable: [] };
	const tables: Record<string, unknown> = {};

	const t2Rows = table2Blocks(layout2).flatMap((b) => b.rows);
	readRows(sc, t2Rows, t2.start, t3.start, structured, () => [], notes, tables);

	const t3Rows = table3Rows(layout3);
	const located3 = readRows(sc, t3Rows, t3.start, t4.start, structured, () => [ROW_TOTAL], notes, tables);
	const found3 = located3.filter(Boolean).length;
	if (found3 < t3Rows.length / 2) {
		const firstMissing = t3Rows[located3.findIndex((l) => !l)]!;
		return reject(
			file,
			'incomplete',
			`表三不完整：只找到 ${found3}/${t3Rows.length} 行，从“${firstMissing.zh}”起缺失。`,
			`Table 三 is incomplete: only ${found3} of ${t3Rows.length} rows found; missing from “${firstMissing.zh}”.`,
			{ table: '三', row: firstMissing.zh }
		);
	}
	if (layout3 === '2021') deriveOtherTotal(tables);

	readTable4(sc, t4.start, t4End, structured, notes, tables);
	normaliseUnits(tables, layout2);

	const meta = readMeta(plain);
	if (!meta.agencyName || meta.year === null) {
		return reject(
			file,
			'unreadable',
			`无法确定报告${meta.agencyName ? '' : '机关名称'}${meta.year === null ? '年度' : ''}（标题、统计期限和落款均未给出）。`,
			`Cannot tell the report's ${meta.agencyName ? '' : 'agency'}${!meta.agencyName && meta.year === null ? ' and ' : ''}${meta.year === null ? 'year' : ''}: neither the title, the statistics period nor the signature states it.`
		);
	}
	const cls = classifyAgency(meta.agencyName);
	const agencyId = agencyIdFromName(meta.agencyName);
	const six = find(sc, SECTION6, t4End);
	const plainIntroEnd = sc.pos[t2.start]!;
	const section6Text = six ? plain.slice(sc.pos[six.end] ?? 0, (sc.pos[six.end] ?? 0) + 600) : null;

	const candidate = {
		schemaVersion: SCHEMA_VERSION,
		id: `${agencyId}-${meta.year}`,
		agency: { id: agencyId, name: meta.agencyName, region: cls.region, level: cls.level, kind: cls.kind, category: cls.category },
		year: meta.year,
		template: layout2 === layout3 ? layout2 : 'hybrid',
		layout: { table2: layout2, table3: layout3 },
		publishedAt: meta.publishedAt,
		signedAt: meta.signedAt,
		source: {
			fileName: file,
			sha256: input.sha256 ?? null,
			url: meta.url,
			format: isHtml ? 'html' : 'text',
			tableForm: stream.form,
			parserVersion: PARSER_VERSION
		},
		...tables,
		narrative: readNarrative(plain.slice(0, plainIntroEnd), section6Text),
		parse: notes
	};
	// A record that fails its own schema is a parser bug: it throws, never a silent drop.
	return { ok: true, record: assertRecord(candidate, file) };
}

/** Table 三's row arithmetic: 总计 (index 6) = the six applicant columns. */
const ROW_TOTAL: TotalGroup = { total: 6, parts: [0, 1, 2, 3, 4, 5] };

function readRows(
	sc: Scan,
	rows: readonly RowDef[],
	from: number,
	to: number,
	structured: boolean,
	groups: (row: RowDef) => TotalGroup[],
	notes: ParseNotes,
	out: Record<string, unknown>
) {
	const located = locateRows(sc, rows, from, to);
	located.forEach((loc, i) => {
		const row = rows[i]!;
		if (!loc) {
			notes.missingRows.push(row.path);
			setAt(out, row.path, rowBuilder(keysOfRow(row))(row.cols.map(() => ({ value: null, raw: '' }))));
			return;
		}
		const next = located.slice(i + 1).find(Boolean);
		const end = next ? next.start : to;
		const r = readRow(sc, row.cols, loc.end, end, structured, groups(row), row.path);
		storeRow(row, r, notes, out);
	});
	return located;
}

/** Per row definition: builds the row's nested object (e.g. {naturalPerson, legalPerson: {…}, total}) from its cells. */
const builders = new WeakMap<readonly string[], (cells: Cell[]) => Record<string, unknown>>();
function rowBuilder(keys: readonly string[]) {
	let b = builders.get(keys);
	if (!b) {
		const split = keys.map((k) => k.split('.'));
		b = (cells: Cell[]) => {
			const row: Record<string, unknown> = {};
			split.forEach((ks, i) => {
				if (ks.length === 1) row[ks[0]!] = cells[i];
				else ((row[ks[0]!] ??= {}) as Record<string, unknown>)[ks[1]!] = cells[i];
			});
			return row;
		};
		builders.set(keys, b);
	}
	return b;
}

const colKeys = new WeakMap<RowDef, string[]>();
const keysOfRow = (row: RowDef) => {
	let k = colKeys.get(row);
	if (!k) {
		k = row.cols.map((c) => c.key);
		colKeys.set(row, k);
	}
	return k;
};

function storeRow(
	row: RowDef,
	r: ReturnType<typeof readRow>,
	notes: ParseNotes,
	out: Record<string, unknown>
) {
	const keys = keysOfRow(row);
	setAt(out, row.path, rowBuilder(keys)(r.cells));
	if (r.split) notes.splits.push(r.split);
	for (const i of r.totalsUsed) notes.totalsUsed.push(`${row.path}.${keys[i]}`);
	for (const i of r.unreadable) notes.unreadable.push(`${row.path}.${keys[i]}`);
}

function readTable4(sc: Scan, start: number, end: number, structured: boolean, notes: ParseNotes, out: Record<string, unknown>) {
	// The values follow the header, which closes with its third 总计 (one per group). Text before the header
	// ("2024年，没有…") and after the values ("…行政诉讼案件。") is not part of the table.
	let headerEnd = start;
	let totals = 0;
	for (let m = find(sc, /总计/, start, end); m && totals < 3; m = find(sc, /总计/, m.end, end)) {
		headerEnd = m.end;
		totals++;
	}
	if (totals < 3) {
		headerEnd = start;
		for (let m = find(sc, T4_HEADER, start, end); m; m = find(sc, T4_HEADER, m.end, end)) headerEnd = m.end;
	}
	let from = headerEnd;
	let startsRow = false;
	// In real tables the values sit in their own row after the header rows: start at that row's first cell.
	if (structured) {
		while (from < end && !(sc.cells[from]! > 0 && sc.rows[from])) from++;
		startsRow = from < end;
		if (!startsRow) from = headerEnd;
	}
	const groups: TotalGroup[] = [0, 1, 2].map((g) => ({ total: g * 5 + 4, parts: [g * 5, g * 5 + 1, g * 5 + 2, g * 5 + 3] }));
	const r = readRow(sc, TABLE4_ROW.cols, from, end, structured, groups, TABLE4_ROW.path, startsRow);
	storeRow(TABLE4_ROW, r, notes, out);
}

/** 2021 layout: the （六） subtotal is not printed; derive it from its three rows (null if any is blank). */
function deriveOtherTotal(out: Record<string, unknown>) {
	for (const { key } of APPLICANT_COLS) {
		const parts = ['overdueCorrection', 'overdueFee', 'otherReasons'].map(
			(r) => (getAt(out, `applications.results.other.${r}.${key}`) as Cell).value
		);
		const value = parts.every((v) => v !== null) ? parts.reduce((s, v) => s! + v!, 0)! : null;
		setAt(out, `applications.results.other.total.${key}`, { value, raw: '', derived: true });
	}
}

/** 2021 fees are 万元 (a cell written in 元 is converted, raw kept); 2019 procurement amounts become 元. */
function normaliseUnits(out: Record<string, unknown>, layout2: Layout) {
	const at = (path: string) => getAt(out, path) as Cell | undefined;
	if (layout2 === '2021') {
		const fee = at('disclosure.fees.amountWan');
		if (fee && fee.value !== null && amountUnit(fee.raw) === '元') fee.value = Number((fee.value / 10000).toFixed(8));
	} else {
		const amt = at('disclosure2019.procurement.totalAmount');
		if (amt && amt.value !== null && amountUnit(amt.raw) === '万元') amt.value = Math.round(amt.value * 1000000) / 100;
	}
}
