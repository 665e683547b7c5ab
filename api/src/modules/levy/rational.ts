/**
 * Exact rational numbers on BigInt for the levy's money path: decimal inputs stay exact, months ÷ 12
 * and wage bill ÷ staff stay exact, and only the final amount is rounded. Binary floats would drift.
 */
export type Rat = { readonly n: bigint; readonly d: bigint };

const TEN = 10n;
const POW10 = Array.from({ length: 16 }, (_, i) => TEN ** BigInt(i));
const pow10 = (k: number) => POW10[k] ?? TEN ** BigInt(k);
const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
	a = abs(a);
	b = abs(b);
	while (b) [a, b] = [b, a % b];
	return a || 1n;
}
// keep numbers small enough to stay fast; exactness does not depend on it
const LIMIT = 10n ** 24n;
function make(n: bigint, d: bigint): Rat {
	if (d < 0n) [n, d] = [-n, -d];
	if (d > LIMIT) {
		const g = gcd(n, d);
		return { n: n / g, d: d / g };
	}
	return { n, d };
}

export const ZERO: Rat = { n: 0n, d: 1n };
export const ONE: Rat = { n: 1n, d: 1n };
export const int = (x: number | bigint): Rat => ({ n: BigInt(x), d: 1n });

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;
/** A decimal string or a finite number written in plain decimal notation ('0.015', 16250000). */
export function dec(value: string | number): Rat {
	if (typeof value === 'number' && Number.isSafeInteger(value)) return { n: BigInt(value), d: 1n };
	const m = DECIMAL.exec(String(value).trim());
	if (!m) throw new RangeError(`not a plain decimal: ${String(value)}`);
	const frac = m[3] ?? '';
	const n = BigInt(m[2]! + frac);
	return make(m[1] ? -n : n, pow10(frac.length));
}

export const add = (a: Rat, b: Rat) =>
	a.d === b.d ? make(a.n + b.n, a.d) : make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rat, b: Rat) =>
	a.d === b.d ? make(a.n - b.n, a.d) : make(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rat, b: Rat) => make(a.n * b.n, a.d * b.d);
export function div(a: Rat, b: Rat): Rat {
	if (b.n === 0n) throw new RangeError('division by zero');
	return make(a.n * b.d, a.d * b.n);
}
export const cmp = (a: Rat, b: Rat) => {
	const l = a.n * b.d;
	const r = b.n * a.d;
	return l < r ? -1 : l > r ? 1 : 0;
};
export const min = (a: Rat, b: Rat) => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rat, b: Rat) => (cmp(a, b) >= 0 ? a : b);
export const isZero = (a: Rat) => a.n === 0n;

/** Scaled to `places` decimals as an integer: 'truncate' toward zero or 'half_up' (away from zero at .5). */
export function scaled(a: Rat, places: number, mode: 'truncate' | 'half_up'): bigint {
	const num = abs(a.n) * pow10(places);
	let q = num / a.d;
	if (mode === 'half_up' && (num % a.d) * 2n >= a.d) q += 1n;
	return a.n < 0n ? -q : q;
}

export function round(a: Rat, places: number, mode: 'truncate' | 'half_up' = 'half_up'): Rat {
	return make(scaled(a, places, mode), pow10(places));
}

/** True when the value has no more than `places` decimals. */
export const isExactAt = (a: Rat, places: number) => (a.n * pow10(places)) % a.d === 0n;

/** Fixed-point text with `places` decimals, half-up. */
export function toFixed(a: Rat, places: number): string {
	const q = scaled(a, places, 'half_up');
	const sign = q < 0n ? '-' : '';
	const digits = abs(q)
		.toString()
		.padStart(places + 1, '0');
	if (places === 0) return sign + digits;
	return `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** Half-up to `places` decimals as a number; integer ÷ power of ten is correctly rounded in IEEE 754. */
export const toNumber = (a: Rat, places: number) =>
	Number(scaled(a, places, 'half_up')) / 10 ** places;
