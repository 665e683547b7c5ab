/**
 * Seeded pseudo-random numbers for the demo data (sfc32 seeded through splitmix32). The same seed
 * always gives the same sequence on every platform: only 32-bit integer arithmetic is used.
 */
export type Random = {
	/** Uniform float in [0, 1). */
	next(): number;
	/** Uniform unsigned 32-bit integer. */
	uint32(): number;
	/** Uniform integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	/** Picks by relative weight, e.g. `[['a', 3], ['b', 1]]`. */
	weighted<T>(entries: readonly (readonly [T, number])[]): T;
	chance(p: number): boolean;
	/** A shuffled copy (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[];
	/** `n` distinct items in random order (all of them when `n` ≥ length). */
	sample<T>(items: readonly T[], n: number): T[];
	/** A moment in [from, to), to the millisecond. */
	dateBetween(from: Date, to: Date): Date;
	/** A v4-shaped UUID built from the stream, so ids repeat with the seed. */
	uuid(): string;
};

const UINT32 = 0x1_0000_0000;

function splitmix32(seed: number): () => number {
	let s = seed | 0;
	return () => {
		s = (s + 0x9e3779b9) | 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

function sfc32(seed: number): () => number {
	const init = splitmix32(seed);
	let a = init();
	let b = init();
	let c = init();
	let d = init();
	const step = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return t >>> 0;
	};
	for (let i = 0; i < 15; i++) step();
	return step;
}

/** Mixes a label into a seed (FNV-1a), so that each table draws from its own stream. */
export function deriveSeed(seed: number, label: string): number {
	let h = 0x811c9dc5 ^ (seed | 0);
	for (let i = 0; i < label.length; i++) {
		h ^= label.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export function createRandom(seed: number): Random {
	const uint32 = sfc32(seed);
	const next = () => uint32() / UINT32;
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new Error('pick() from an empty list');
		return items[Math.floor(next() * items.length)] as T;
	};
	const shuffle = <T>(items: readonly T[]): T[] => {
		const out = [...items];
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[out[i], out[j]] = [out[j] as T, out[i] as T];
		}
		return out;
	};
	return {
		next,
		uint32,
		int,
		pick,
		weighted: (entries) => createWeighted(entries).pick(next),
		chance: (p) => next() < p,
		shuffle,
		sample: (items, n) => shuffle(items).slice(0, Math.max(0, n)),
		dateBetween: (from, to) =>
			new Date(from.getTime() + Math.floor(next() * (to.getTime() - from.getTime()))),
		uuid: () => {
			const hex = [uint32(), uint32(), uint32(), uint32()]
				.map((n) => n.toString(16).padStart(8, '0'))
				.join('');
			const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
			return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
		},
	};
}

/** A weighted picker with the cumulative table built once; use it in hot loops. */
export function createWeighted<T>(entries: readonly (readonly [T, number])[]) {
	const values = entries.map(([value]) => value);
	const cumulative: number[] = [];
	let total = 0;
	for (const [, weight] of entries) {
		total += weight;
		cumulative.push(total);
	}
	if (!(total > 0)) throw new Error('weighted pick needs a positive total weight');
	return {
		values,
		pick(next: () => number): T {
			const x = next() * total;
			for (let i = 0; i < cumulative.length; i++) {
				if (x < (cumulative[i] as number)) return values[i] as T;
			}
			return values[values.length - 1] as T;
		},
	};
}
