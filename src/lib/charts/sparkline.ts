/**
 * A sparkline as an SVG path (the agency list's small trend line): one point per year over a shared range of
 * years, so every row's line is on the same x scale. A year without a value (no report, or a blank cell) breaks the
 * line: a gap, never a 0. A point with no neighbour is returned as a dot, since a one-point path draws nothing. The
 * y scale starts at 0 (a count), up to the row's own maximum. Pure.
 */

export interface SparkPoint {
	year: number;
	value: number | null;
}

export interface SparkOptions {
	/** The years of the x axis (inclusive). */
	from: number;
	to: number;
	width?: number;
	height?: number;
	/** Inner margin, so dots and the stroke are not cut. */
	pad?: number;
}

export interface Sparkline {
	/** `M x y L x y …`, one `M` per run of consecutive years with a value; '' when there is none. */
	path: string;
	/** Points that stand alone (no value the year before nor after). */
	dots: { x: number; y: number; year: number }[];
	/** The last year with a value (for a marker), or null. */
	last: { x: number; y: number; year: number; value: number } | null;
	width: number;
	height: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function sparkline(points: readonly SparkPoint[], opts: SparkOptions): Sparkline {
	const { from, to, width = 96, height = 24, pad = 2.5 } = opts;
	const byYear = new Map<number, number>();
	for (const p of points) {
		if (p.value !== null && Number.isFinite(p.value) && p.year >= from && p.year <= to) byYear.set(p.year, (byYear.get(p.year) ?? 0) + p.value);
	}
	const max = Math.max(0, ...byYear.values());
	const x = (year: number) => r1(to === from ? width / 2 : pad + ((year - from) / (to - from)) * (width - 2 * pad));
	const y = (v: number) => r1(max <= 0 ? height - pad : height - pad - (Math.max(0, v) / max) * (height - 2 * pad));
	const parts: string[] = [];
	const dots: Sparkline['dots'] = [];
	let last: Sparkline['last'] = null;
	let run: { x: number; y: number; year: number }[] = [];
	const flush = () => {
		if (run.length === 1) dots.push(run[0]!);
		else if (run.length > 1) parts.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '));
		run = [];
	};
	for (let year = from; year <= to; year++) {
		const v = byYear.get(year);
		if (v === undefined) {
			flush();
			continue;
		}
		const p = { x: x(year), y: y(v), year };
		run.push(p);
		last = { ...p, value: v };
	}
	flush();
	return { path: parts.join(' '), dots, last, width, height };
}
