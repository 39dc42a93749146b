/** Pure pieces of the agency profile (/agencies/[id]): which year's report is shown, which source links are safe. */

/** The year to show: the URL's `year` when the agency has a report that year, else its latest report's year. */
export function pickYear(years: readonly number[], param: string | null): number | null {
	if (years.length === 0) return null;
	const wanted = param !== null && /^\d{4}$/.test(param) ? Number(param) : null;
	return wanted !== null && years.includes(wanted) ? wanted : Math.max(...years);
}

/** A source URL as a link target: only absolute http(s) URLs (a `javascript:` or relative URL from a dataset is not). */
export function httpUrl(url: string | null): string | null {
	if (!url) return null;
	try {
		const u = new URL(url);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
	} catch {
		return null;
	}
}
