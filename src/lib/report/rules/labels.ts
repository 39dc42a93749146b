/**
 * Chinese labels of rows and cells as the template prints them, for messages: `（七）总计 · 自然人`.
 * Built from ../template so that the wording follows the parser and the renderer.
 */
import type { ColType } from '../template';
import {
	APPLICANT_COLS,
	TABLE2_2019,
	TABLE2_2021,
	TABLE3_2019,
	TABLE3_2021,
	TABLE4_GROUPS,
	TABLE4_RESULTS
} from '../template';

const rows = new Map<string, string>();
const cells = new Map<string, string>();
const types = new Map<string, ColType>();

for (const block of [...TABLE2_2021, ...TABLE2_2019]) {
	for (const r of block.rows) {
		rows.set(r.path, r.zh);
		for (const c of r.cols) {
			cells.set(`${r.path}.${c.key}`, `${r.zh} · ${c.zh}`);
			types.set(`${r.path}.${c.key}`, c.type);
		}
	}
}

/**
 * The column 其他 of 法人或其他组织 would read like the row （六）其他处理 3.其他, so it is qualified; every other
 * column is named exactly as printed.
 */
const colZh = (key: string, zh: string) => (key === 'legalPerson.other' ? '其他（法人或其他组织）' : zh);

// Sub-rows are prefixed with their printed group, e.g. （三）不予公开 1.属于国家秘密. In the 2021 layout
// （六）其他处理 has no printed subtotal; the label is the same as the 2019 row's.
for (const r of [...TABLE3_2021, ...TABLE3_2019]) rows.set(r.path, r.subgroup ? `${r.subgroup} ${r.zh}` : r.zh);
for (const [path, zh] of rows) {
	if (!path.startsWith('applications.')) continue;
	for (const c of APPLICANT_COLS) cells.set(`${path}.${c.key}`, `${zh} · ${colZh(c.key, c.zh)}`);
}

rows.set('reviewLitigation', '行政复议、行政诉讼');
const groupZh = (key: string, zh: string) => (key === 'review' ? zh : `行政诉讼 ${zh}`);
for (const g of TABLE4_GROUPS) {
	rows.set(`reviewLitigation.${g.key}`, groupZh(g.key, g.zh));
	for (const res of TABLE4_RESULTS) {
		cells.set(`reviewLitigation.${g.key}.${res.key}`, `${groupZh(g.key, g.zh)} · ${res.zh}`);
	}
}

/** `（七）总计 · 自然人` for `applications.results.totalProcessed.naturalPerson`; unknown paths come back as is. */
export const cellLabel = (path: string): string => cells.get(path) ?? path;

/** `（七）总计` for `applications.results.totalProcessed`; unknown paths come back as is. */
export const rowLabel = (path: string): string => rows.get(path) ?? path;

/** The column label alone, for per-column messages: `自然人`. */
export const colLabel = (key: string): string => {
	const c = APPLICANT_COLS.find((col) => col.key === key);
	return c ? colZh(c.key, c.zh) : key;
};

/** How a cell is read: table 二's `signed` (本年增/减) and `amount` columns; every other cell is a count. */
export const colType = (path: string): ColType => types.get(path) ?? 'count';

export type TableNo = '二' | '三' | '四';

/** Which printed table a cell or row path belongs to. */
export function tableOf(path: string): TableNo {
	if (path.startsWith('applications')) return '三';
	if (path.startsWith('reviewLitigation')) return '四';
	return '二';
}

export const TABLE_EN: Record<TableNo, string> = { 二: 'Table 2', 三: 'Table 3', 四: 'Table 4' };
