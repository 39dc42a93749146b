/**
 * T2_2021_STOCK (soft, cross-year): 现行有效件数(y) = 现行有效件数(y−1) + 本年制发件数(y) − 本年废止件数(y), for
 * 规章 and 行政规范性文件, same agency, both years with a 2021-format table 二 (FORMAT.md §6, inferred).
 * 清理 campaigns and scope changes break it legitimately, hence a warning.
 * The single-record variant ("本年制发 ≤ 现行有效 unless repealed the same year") is not implemented: documents
 * issued and repealed in the same year, and documents issued by others but counted as in force, make it fire on
 * sound reports (the seed's 6 / 30 / 7), so it would be noise.
 */
import type { Finding } from '../schema';
import { consecutivePairs, finding, same, sum, values, type SetRule } from './common';
import { cellLabel } from './labels';

const ROWS = ['disclosure.regulations', 'disclosure.normativeDocuments'] as const;

export const t2Stock2021: SetRule = {
	id: 'T2_2021_STOCK',
	severity: 'warning',
	scope: 'set',
	description: {
		zh: '跨年度（软检查）：现行有效件数 ≈ 上年现行有效件数 + 本年制发件数 − 本年废止件数（规章、行政规范性文件）。',
		en: 'Across years (soft): in force ≈ last year’s in force + issued − repealed (regulations, normative documents).'
	},
	check: (records) => {
		const out: Finding[] = [];
		for (const [prev, cur] of consecutivePairs(records)) {
			if (prev.layout.table2 !== '2021' || cur.layout.table2 !== '2021') continue;
			for (const row of ROWS) {
				const prevIn = values(prev, [`${row}.inForce`]);
				const v = values(cur, [`${row}.inForce`, `${row}.issued`, `${row}.repealed`]);
				if (!prevIn || !v) continue;
				const [inForce, issued, repealed] = v as [number, number, number];
				const expected = sum([prevIn[0] as number, issued, -repealed]);
				if (same(expected, inForce)) continue;
				out.push(
					finding(t2Stock2021, cur, {
						paths: [`${row}.inForce`, `${row}.issued`, `${row}.repealed`],
						expected,
						actual: inForce,
						zh: `「${cellLabel(`${row}.inForce`)}」${cur.year} 年为 ${inForce}，但 ${prev.year} 年的 ${prevIn[0]} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}（清理或统计口径变化也会造成差异）。`,
						en: `${row}.inForce is ${inForce} in ${cur.year}, but ${prev.year}'s ${prevIn[0]} + issued ${issued} − repealed ${repealed} = ${expected} (clean-ups or scope changes can explain it).`
					})
				);
			}
		}
		return out;
	}
};
