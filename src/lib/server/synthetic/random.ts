/**
 * Seeded pseudo-random numbers for the synthetic generator: mulberry32 (32-bit state, fast, good enough for test
 * data) and the few distributions the generator draws from. Never Math.random: the same seed gives the same data.
 *
 * Every agency gets its own stream, seeded from (seed, agency id) with {@link seedOf}, so an agency's reports do
 * not depend on which other agencies are generated or in which order.
 */

/** FNV-1a over the parts (joined with U+001F), then a murmur3 finaliser: a well-mixed 32-bit seed. */
export function seedOf(...parts: readonly (string | number)[]): number {
	const text = parts.join('\u001f');
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

export class Rng {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** Uniform in [0, 1) (mulberry32). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) | 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** Integer in [lo, hi], both included. */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}

	/** true with probability p. */
	chance(p: number): boolean {
		return p > 0 && this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('Rng.pick: no items');
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** Standard normal (Box–Muller; one draw per call). */
	normal(): number {
		const u = 1 - this.next(); // (0, 1]
		const v = this.next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** Log-normal with the given median and log-scale sigma. */
	logNormal(median: number, sigma: number): number {
		return median * Math.exp(sigma * this.normal());
	}

	/** Poisson(lambda): Knuth's product method below 30, a rounded normal above. */
	poisson(lambda: number): number {
		if (!(lambda > 0)) return 0;
		if (lambda < 30) {
			const limit = Math.exp(-lambda);
			let k = 0;
			let p = this.next();
			while (p > limit) {
				k++;
				p *= this.next();
			}
			return k;
		}
		return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
	}

	/** Binomial(n, p): exact for small n, Poisson for rare events, a clamped rounded normal otherwise. */
	binomial(n: number, p: number): number {
		if (n <= 0 || p <= 0) return 0;
		if (p >= 1) return n;
		if (n <= 24) {
			let k = 0;
			for (let i = 0; i < n; i++) if (this.next() < p) k++;
			return k;
		}
		const mean = n * p;
		const variance = mean * (1 - p);
		if (variance < 9) {
			return p <= 0.5 ? Math.min(n, this.poisson(mean)) : n - Math.min(n, this.poisson(n * (1 - p)));
		}
		return Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(variance) * this.normal())));
	}

	/** Splits n into parts with the given weights (any positive scale), written into `out`. */
	multinomial(n: number, weights: readonly number[], out: number[]): number[] {
		let mass = 0;
		for (const w of weights) mass += w;
		let rest = n;
		for (let i = 0; i < weights.length; i++) {
			const w = weights[i] as number;
			if (rest === 0 || i === weights.length - 1) {
				out[i] = i === weights.length - 1 ? rest : 0;
				if (i === weights.length - 1) break;
				continue;
			}
			const k = this.binomial(rest, mass > 0 ? w / mass : 0);
			out[i] = k;
			rest -= k;
			mass -= w;
		}
		return out;
	}
}
