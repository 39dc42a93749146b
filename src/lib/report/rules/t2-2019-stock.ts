/**
 * T2_2019_STOCK (soft, cross-year): 上一年项目数量(y) + 本年增/减(y) = 上一年项目数量(y+1), for 行政许可,
 * 其他对外管理服务事项, 行政处罚, 行政强制 and 行政事业性收费, same agency, both years with a 2019-format table 二
 * (FORMAT.md §6, inferred from the column names; no official statement), hence info only.
 * The finding belongs to the later record (y+1), like XY_CARRY.
 */
import type { Finding } from '../schema';
import { consecutivePairs, finding, same, sum, values, type SetRule } from './common';
import { cellLabel } from './labels';

const ROWS = [
	'disclosure2019.licensing',
	'disclosure2019.otherExternalServices',
	'disclosure2019.punishment',
	'disclosure2019.coercion',
	'disclosure2019.fees'
] as const;

export const t2Stock2019: SetRule = {
	id: 'T2_2019_STOCK',
	severity: 'info',
	scope: 'set',
	description: {
		zh: '跨年度（软检查）：上一年项目数量 + 本年增/减 = 下一年度报告的上一年项目数量（2019 年格式表二）。',
		en: 'Across years (soft): previous-year items + change this year = next year’s previous-year items (2019-format table 2).'
	},
	check: (records) => {
		const out: Finding[] = [];
		for (const [prev, cur] of consecutivePairs(records)) {
			if (prev.layout.table2 !== '2019' || cur.layout.table2 !== '2019') continue;
			for (const row of ROWS) {
				const p = values(prev, [`${row}.previousYearItems`, `${row}.changeThisYear`]);
				const c = values(cur, [`${row}.previousYearItems`]);
				if (!p || !c) continue;
				const [items, change] = p as [number, number];
				const expected = sum([items, change]);
				const actual = c[0] as number;
				if (same(expected, actual)) continue;
				const path = `${row}.previousYearItems`;
				out.push(
					finding(t2Stock2019, cur, {
						paths: [path],
						expected,
						actual,
						zh: `${cur.year} 年度「${cellLabel(path)}」为 ${actual}，但 ${prev.year} 年度上一年项目数量 ${items} + 本年增/减 ${change} = ${expected}。`,
						en: `${cur.year} ${path} is ${actual}, but ${prev.year}'s previousYearItems ${items} + changeThisYear ${change} = ${expected}.`
					})
				);
			}
		}
		return out;
	}
};
