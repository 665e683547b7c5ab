import {
	ABILITY_GAP_CLOSED_BY,
	ABILITY_ITEM_CODES,
	ACCESSIBILITY_FEATURE_CODES,
	CERTIFICATE_KIND_CODES,
	MULTIPLE_DISABILITY,
	NEED_MET_BY,
} from '@ronghe/contracts';
import {
	crowdingPenalty,
	DEFAULT_REACH_KM,
	distanceKm,
	FRESH_DAYS,
	NEAR_KM,
	STALE_DAYS,
} from './engine.js';
import type { GeoPoint, MatchPosting, MatchSeeker, MatchWeights } from './engine.types.js';

/**
 * The rank order of engine.ts in a form fast enough to run over every posting (every seeker) of
 * the county on each request (docs/matching.md, "Speed"): the same hard rules and the same
 * factors, in the same order of arithmetic, over bit masks and small integer codes instead of
 * strings. The service still judges every row it shows with engine.ts itself, and checks that its
 * order is never above the one computed here; tests compare the two on every scenario.
 */

const bitOf = (codes: readonly string[]) => new Map(codes.map((c, i) => [c, 1 << i]));
const FEATURE = bitOf(ACCESSIBILITY_FEATURE_CODES);
const KIND = bitOf(CERTIFICATE_KIND_CODES);
const ITEM = new Map<string, number>(ABILITY_ITEM_CODES.map((c, i) => [c, i]));
if (Math.max(FEATURE.size, KIND.size, ITEM.size) > 30)
	throw new Error('fast-order: a code list outgrew 30 bits');
/**
 * Places (a workplace or a township centre) as small numbers: most postings share their
 * township's centre, so a list computes each distance once (`Distances`).
 */
const placeIndex = new Map<string, number>();
const places: GeoPoint[] = [];
const placeOf = (at: GeoPoint) => {
	const key = `${at.latitude}|${at.longitude}`;
	let n = placeIndex.get(key);
	if (n === undefined) {
		placeIndex.set(key, (n = places.length));
		places.push({ latitude: at.latitude, longitude: at.longitude });
	}
	return n;
};

/** Distances from one place to the places of the index, each computed (distanceKm) once. */
export class Distances {
	private known: Float64Array = new Float64Array(0);
	/** `fromSeeker`: from a seeker's home to postings; otherwise from a workplace to seekers. */
	constructor(
		private readonly from: number,
		readonly fromSeeker: boolean,
	) {}
	km(to: number): number {
		if (to >= this.known.length) {
			const grown = new Float64Array(places.length).fill(NaN);
			grown.set(this.known);
			this.known = grown;
		}
		let d = this.known[to]!;
		if (d !== d) d = this.known[to] = distanceKm(places[this.from]!, places[to]!);
		return d;
	}
}

/** Every ability item of the code list, as bits. */
const ALL_ITEMS = (1 << ITEM.size) - 1;

/** How many bits a mask has set. */
function bitCount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** After every date: a posting without a closing date. */
const NO_CLOSING = 99991231;

/** YYYY-MM-DD as the number YYYYMMDD, which compares as the dates do. */
export const dayNumber = (day: string) => Number(day.replaceAll('-', ''));
const URBAN = 1;
const RURAL = 2;

/** A required certificate kind outside the code list: nobody holds it. */
const UNKNOWN_KIND = 1 << 30;

const maskOf = (codes: readonly string[], bits: Map<string, number>, unknown = 0) =>
	codes.reduce((m, c) => m | (bits.get(c) ?? unknown), 0);

/** Small integer codes for strings compared often (occupations, work modes, townships). */
const interned = new Map<string, number>();
export const codeOf = (s: string | null) => {
	if (s === null) return -1;
	let n = interned.get(s);
	if (n === undefined) interned.set(s, (n = interned.size));
	return n;
};

export type FastPosting = {
	id: string;
	/**
	 * published and not past `closingDay` (dayNumber; none: NO_CLOSING), checked against the
	 * day asked. Every field keeps one kind of value (a missing number is NaN), so every row has
	 * the same hidden class and the loop over them stays fast.
	 */
	published: boolean;
	closingDay: number;
	headcount: number;
	hired: number;
	applications: number;
	categories: number;
	/** 0: every level */
	levels: number;
	/** the ability items demanded (bits by index), those of them essential, and how many demanded items are not in the code list */
	demanded: number;
	essential: number;
	unknownItems: number;
	offered: number;
	required: number;
	requiredCount: number;
	occupation: number;
	workMode: number;
	homeBased: boolean;
	/** a 公益性岗位: URBAN or RURAL; 0 otherwise */
	publicWelfare: number;
	township: number;
	/** the workplace, a place of `placeAt` */
	place: number;
	/** NaN: no pay given */
	payTop: number;
	/** NaN: not published */
	publishedAt: number;
};

type PostingFields = Omit<MatchPosting, 'open' | 'title' | 'employerName' | 'townshipName'>;

export function fastPosting(
	p: PostingFields,
	status: { published: boolean; closingDate: string | null },
): FastPosting {
	const demands = Object.entries(p.demands);
	return {
		id: p.id,
		published: status.published,
		closingDay: status.closingDate === null ? NO_CLOSING : dayNumber(status.closingDate),
		headcount: p.headcount,
		hired: p.hired,
		applications: p.applications,
		categories: p.acceptedCategories.reduce((m, c) => m | (1 << c), 0),
		levels: p.acceptedLevels.reduce((m, l) => m | (1 << l), 0),
		demanded: demands.reduce((m, [item]) => m | (1 << (ITEM.get(item) ?? 31)), 0) & ALL_ITEMS,
		essential:
			demands.reduce(
				(m, [item, kind]) => (kind === 'essential' ? m | (1 << (ITEM.get(item) ?? 31)) : m),
				0,
			) & ALL_ITEMS,
		unknownItems: demands.filter(([item]) => !ITEM.has(item)).length,
		offered: maskOf(p.offered, FEATURE),
		required: maskOf(p.requiredCertificates, KIND, UNKNOWN_KIND),
		requiredCount: p.requiredCertificates.length,
		occupation: codeOf(p.occupationCode || null),
		workMode: codeOf(p.workMode),
		homeBased: p.workMode === 'home_based' || p.postType === 'home_based',
		publicWelfare:
			p.postType !== 'public_welfare'
				? 0
				: p.publicWelfareKind === 'urban'
					? URBAN
					: p.publicWelfareKind === 'rural'
						? RURAL
						: 0,
		township: codeOf(p.townshipCode),
		place: placeOf(p.place),
		payTop: p.payMax ?? p.payMin ?? NaN,
		publishedAt: p.publishedAt?.getTime() ?? NaN,
	};
}

export type FastSeeker = {
	id: string;
	/** shares a profile with approved employers (consent, and a disclosure of summary or full) */
	shareable: boolean;
	category: number;
	/** the components of 多重残疾 (7 left out), as a mask; 0 when none are recorded */
	components: number;
	level: number;
	township: number;
	/** the township centre, a place of `placeAt` */
	place: number;
	/** ability items (bits by index) answered 没有困难, 有些困难 and 做不到 */
	answered2: number;
	answered1: number;
	answered0: number;
	/** answered 有些困难 or 做不到, and not answered */
	gaps: number;
	unanswered: number;
	/** per need: the features that meet it */
	needs: readonly number[];
	held: number;
	trained: readonly number[];
	occupations: readonly number[];
	workModes: readonly number[];
	/** NaN: none given */
	expectedPayMin: number;
	/** NaN: no limit */
	maxTravelKm: number;
	hasPriority: boolean;
	urbanWelfare: boolean;
};

const CLOSED_BY = ABILITY_GAP_CLOSED_BY as Record<string, Partial<Record<string, 'some' | 'all'>>>;
const NEEDS = NEED_MET_BY as Record<string, readonly string[] | undefined>;

/** Per item index and answer (index * 2 + answer): the features that close that gap. */
const CLOSERS = Int32Array.from({ length: ABILITY_ITEM_CODES.length * 2 }, (_, k) => {
	const closes = CLOSED_BY[ABILITY_ITEM_CODES[k >> 1]!] ?? {};
	// 做不到 (answer 0) is closed only by `all`; 有些困难 (answer 1) by `some` too
	return maskOf(
		Object.keys(closes).filter((f) => closes[f] === 'all' || (k & 1 && closes[f] === 'some')),
		FEATURE,
	);
});

const NONE: readonly number[] = [];
const codes = (xs: readonly string[]) => (xs.length ? xs.map(codeOf) : NONE);

export function fastSeeker(s: MatchSeeker, id: string, shareable: boolean): FastSeeker {
	const answered = [0, 0, 0];
	ABILITY_ITEM_CODES.forEach((item, i) => {
		const a = s.ability[item];
		if (a === 0 || a === 1 || a === 2) answered[a] = answered[a]! | (1 << i);
	});
	return {
		id,
		shareable,
		category: s.category,
		components: s.components.reduce((m, c) => (c === MULTIPLE_DISABILITY ? m : m | (1 << c)), 0),
		level: s.level,
		township: codeOf(s.townshipCode),
		place: placeOf(s.home),
		answered2: answered[2]!,
		answered1: answered[1]!,
		answered0: answered[0]!,
		gaps: answered[0]! | answered[1]!,
		unanswered: ALL_ITEMS & ~(answered[0]! | answered[1]! | answered[2]!),
		needs: s.needs.length ? s.needs.map((n) => maskOf(NEEDS[n] ?? [], FEATURE)) : NONE,
		held: maskOf(s.certificates, KIND),
		trained: codes(s.trainedOccupations),
		occupations: codes(s.wishedOccupations),
		workModes: codes(s.wishedWorkModes),
		expectedPayMin: s.expectedPayMin ?? NaN,
		maxTravelKm: s.maxTravelKm ?? NaN,
		hasPriority: s.priorities.length > 0,
		urbanWelfare: s.priorities.includes('employment_difficulty'),
	};
}

/**
 * What a request fixes: the weights, the time and the county's day (YYYY-MM-DD), and the
 * distances from the one seeker's home or the one posting's workplace.
 */
export type FastContext = {
	weights: MatchWeights;
	now: number;
	today: string;
	/** `today` as dayNumber gives it */
	day: number;
	distances: Distances;
	/** for a list of one seeker: their wishes and training as look-up tables by code */
	one?: SeekerLookups;
};

export type SeekerLookups = { wished: Uint8Array; modes: Uint8Array; trained: Uint8Array };

/** One seeker's codes as tables indexed by code (codes are small numbers, see `codeOf`). */
export function lookupsOf(s: FastSeeker): SeekerLookups {
	const table = (codes: readonly number[]) => {
		const t = new Uint8Array(interned.size + 1);
		for (const code of codes) if (code >= 0) t[code] = 1;
		return t;
	};
	return { wished: table(s.occupations), modes: table(s.workModes), trained: table(s.trained) };
}

/**
 * The seeker's score of the posting as engine.ts computes it, or NaN when a hard rule leaves it
 * out. `open: false` skips the open-posting rule (an employer asking who would fit a posting).
 */
export function fastScore(s: FastSeeker, p: FastPosting, c: FastContext, open = true): number {
	if (open) {
		if (!p.published || p.closingDay < c.day) return NaN;
		if (p.hired >= p.headcount) return NaN;
	}
	if (
		!((p.categories >> s.category) & 1) &&
		!(
			s.category === MULTIPLE_DISABILITY &&
			s.components !== 0 &&
			(s.components & p.categories) === s.components
		)
	)
		return NaN;
	if (p.levels !== 0 && !((p.levels >> s.level) & 1)) return NaN;
	if ((p.required & ~s.held) !== 0) return NaN;
	// distances from the one fixed side of the list to the other
	const km = p.homeBased ? 0 : c.distances.km(c.distances.fromSeeker ? p.place : s.place);
	// NaN (no limit) is never exceeded
	if (!p.homeBased && km > s.maxTravelKm) return NaN;
	if (p.publicWelfare === RURAL && s.township !== p.township) return NaN;
	if (p.publicWelfare === URBAN && !s.urbanWelfare) return NaN;
	// ability, with the essential-demand rule on the way. Every term is 1 or ½, so the sum is
	// exact in any order: the same number as the engine's item-by-item sum.
	let closed = 0;
	for (let gaps = p.demanded & s.gaps; gaps !== 0; gaps &= gaps - 1) {
		const item = 31 - Math.clz32(gaps & -gaps);
		const answer = (s.answered1 >> item) & 1;
		if (p.offered & CLOSERS[item * 2 + answer]!) closed++;
		else if ((p.essential >> item) & 1) return NaN;
	}
	const demands = bitCount(p.demanded) + p.unknownItems;
	const points =
		bitCount(p.demanded & s.answered2) +
		closed +
		0.5 * (bitCount(p.demanded & s.unanswered) + p.unknownItems);
	const ability = demands === 0 ? 1 : points / demands;
	let metNeeds = 0;
	for (let k = 0; k < s.needs.length; k++) if (p.offered & s.needs[k]!) metNeeds++;
	const needs = s.needs.length === 0 ? 1 : metNeeds / s.needs.length;
	let wishes = 0.5;
	if (s.occupations.length !== 0 || s.workModes.length !== 0) {
		wishes = 0;
		if (c.one ? c.one.wished[p.occupation] === 1 : s.occupations.includes(p.occupation))
			wishes += 0.7;
		else if (s.occupations.length === 0) wishes += 0.35;
		if (c.one ? c.one.modes[p.workMode] === 1 : s.workModes.includes(p.workMode)) wishes += 0.3;
		else if (s.workModes.length === 0) wishes += 0.15;
	}
	let certificates = p.requiredCount ? 0.8 : 0.5;
	if (c.one ? c.one.trained[p.occupation] === 1 : s.trained.includes(p.occupation))
		certificates += 0.2;
	certificates = Math.min(1, certificates);
	const pay =
		s.expectedPayMin !== s.expectedPayMin || p.payTop !== p.payTop
			? 0.5
			: p.payTop >= s.expectedPayMin
				? 1
				: Math.max(0, p.payTop / s.expectedPayMin - 0.2);
	const reach = s.maxTravelKm === s.maxTravelKm ? s.maxTravelKm : DEFAULT_REACH_KM;
	const distance = p.homeBased
		? 1
		: km <= NEAR_KM
			? 1
			: Math.max(0, 1 - (km - NEAR_KM) / Math.max(reach, NEAR_KM + 1));
	const priority = s.hasPriority ? 1 : 0;
	let freshness = 0;
	if (p.publishedAt === p.publishedAt) {
		const days = (c.now - p.publishedAt) / 86_400_000;
		freshness =
			days <= FRESH_DAYS ? 1 : Math.max(0, 1 - (days - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS));
	}
	// the sums of scoreOf, term by term in its order, so the result is the same number
	const w = c.weights;
	const total =
		w.ability +
			w.needs +
			w.wishes +
			w.certificates +
			w.pay +
			w.distance +
			w.priority +
			w.freshness || 1;
	const sum =
		w.ability * ability +
		w.needs * needs +
		w.wishes * wishes +
		w.certificates * certificates +
		w.pay * pay +
		w.distance * distance +
		w.priority * priority +
		w.freshness * freshness;
	return Math.round((100 * sum) / total);
}

/** The rank order of a recommended posting: its score less crowding (rankPostings). */
export const fastPostingOrder = (s: FastSeeker, p: FastPosting, c: FastContext) =>
	fastScore(s, p, c) - crowdingPenalty(p);
