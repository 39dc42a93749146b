/**
 * XY_CARRY: 二、上年结转(y) = 四、结转下年度继续办理(y−1), per column, same agency (`agency.id`), consecutive
 * years (FORMAT.md §6; KIROGOVCOMPARE's cross-year view). The finding belongs to the year-y record; its paths are
 * that record's 上年结转 cells (the year y−1 cell is named in the message).
 */
import type { Finding } from '../schema';
import { APPLICANT_COLS } from '../template';
import { consecutivePairs, finding, same, valueOf, type SetRule } from './common';
import { cellLabel } from './labels';

export const xyCarry: SetRule = {
	id: 'XY_CARRY',
	severity: 'error',
	scope: 'set',
	description: {
		zh: '跨年度：本年“二、上年结转”应等于上一年度报告的“四、结转下年度继续办理”（逐列）。',
		en: 'Across years: carried over in year y equals carried forward in year y−1, column by column.'
	},
	check: (records) => {
		const out: Finding[] = [];
		for (const [prev, cur] of consecutivePairs(records)) {
			for (const col of APPLICANT_COLS) {
				const fwdPath = `applications.carriedForward.${col.key}`;
				const overPath = `applications.carriedOver.${col.key}`;
				const fwd = valueOf(prev, fwdPath);
				const over = valueOf(cur, overPath);
				if (fwd === null || over === null || same(fwd, over)) continue;
				out.push(
					finding(xyCarry, cur, {
						paths: [overPath],
						expected: fwd,
						actual: over,
						zh: `${cur.year} 年度「${cellLabel(overPath)}」为 ${over}，但 ${prev.year} 年度「${cellLabel(fwdPath)}」为 ${fwd}。`,
						en: `${cur.year} ${overPath} is ${over}, but ${prev.year} ${fwdPath} is ${fwd}.`
					})
				);
			}
		}
		return out;
	}
};
