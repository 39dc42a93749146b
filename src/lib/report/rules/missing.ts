/**
 * MISSING: an agency that reported for year y−1 but has no report for year y (DESIGN.md §3).
 * Years checked: y up to the latest year in the set. With `asOf`, a year is only missing once its deadline
 * (TIMELINESS, by the agency's kind) has passed — this also covers y = latest year + 1, and keeps a report that is
 * not yet due from being called missing. The finding is about year y and points at the year y−1 record.
 * Gaps of several years are reported once, for the first missing year (the next has no y−1 report).
 */
import type { Finding } from '../schema';
import { byAgency, finding, type SetRule } from './common';
import { deadline } from './timeliness';

export const missing: SetRule = {
	id: 'MISSING',
	severity: 'warning',
	scope: 'set',
	description: {
		zh: '上一年度有报告、本年度没有报告的机关。',
		en: 'Agencies that published a report for the previous year but none for this year.'
	},
	check: (records, opts) => {
		const out: Finding[] = [];
		if (records.length === 0) return out;
		const maxYear = Math.max(...records.map((r) => r.year));
		for (const years of byAgency(records).values()) {
			for (const [year, prev] of [...years].sort((a, b) => a[0] - b[0])) {
				const y = year + 1;
				if (years.has(y)) continue;
				const due = deadline(y, prev.agency.kind);
				if (opts.asOf !== undefined ? opts.asOf <= due : y > maxYear) continue;
				out.push(
					finding(missing, prev, {
						paths: [],
						expected: null,
						actual: null,
						year: y,
						zh: `${prev.agency.name}有 ${year} 年度报告，但没有 ${y} 年度报告（应于 ${due} 前发布）。`,
						en: `${prev.agency.name} published a report for ${year} but none for ${y} (due by ${due}).`
					})
				);
			}
		}
		return out;
	}
};
