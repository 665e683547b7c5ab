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
import type { MatchPosting, MatchSeeker, MatchWeights } from './engine.types.js';

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
	/** published and not past `closingDate` (YYYY-MM-DD), checked against the day asked */
	published: boolean;
	closingDate: string | null;
	headcount: number;
	hired: number;
	applications: number;
	categories: number;
	/** 0: every level */
	levels: number;
	/** the demands in the order of the posting's record: item index (-1 unknown), essential */
	items: Int8Array;
	essential: Uint8Array;
	offered: number;
	required: number;
	requiredCount: number;
	occupation: number;
	workMode: number;
	homeBased: boolean;
	publicWelfare: 'urban' | 'rural' | null;
	township: number;
	latitude: number;
	longitude: number;
	payTop: number | null;
	publishedAt: number | null;
};

type PostingFields = Omit<MatchPosting, 'open' | 'title' | 'employerName' | 'townshipName'>;

export function fastPosting(
	p: PostingFields,
	status: { published: boolean; closingDate: string | null },
): FastPosting {
	const demands = Object.entries(p.demands);
	return {
		id: p.id,
		...status,
		headcount: p.headcount,
		hired: p.hired,
		applications: p.applications,
		categories: p.acceptedCategories.reduce((m, c) => m | (1 << c), 0),
		levels: p.acceptedLevels.reduce((m, l) => m | (1 << l), 0),
		items: Int8Array.from(demands, ([item]) => ITEM.get(item) ?? -1),
		essential: Uint8Array.from(demands, ([, kind]) => (kind === 'essential' ? 1 : 0)),
		offered: maskOf(p.offered, FEATURE),
		required: maskOf(p.requiredCertificates, KIND, UNKNOWN_KIND),
		requiredCount: p.requiredCertificates.length,
		occupation: codeOf(p.occupationCode || null),
		workMode: codeOf(p.workMode),
		homeBased: p.workMode === 'home_based' || p.postType === 'home_based',
		publicWelfare: p.postType === 'public_welfare' ? p.publicWelfareKind : null,
		township: codeOf(p.townshipCode),
		latitude: p.place.latitude,
		longitude: p.place.longitude,
		payTop: p.payMax ?? p.payMin,
		publishedAt: p.publishedAt?.getTime() ?? null,
	};
}

export type FastSeeker = {
	category: number;
	/** the components of 多重残疾 (7 left out), as a mask; 0 when none are recorded */
	components: number;
	level: number;
	township: number;
	latitude: number;
	longitude: number;
	/** ability items (bits by index) answered 没有困难, 有些困难 and 做不到 */
	answered2: number;
	answered1: number;
	answered0: number;
	/** per need: the features that meet it */
	needs: readonly number[];
	held: number;
	trained: readonly number[];
	occupations: readonly number[];
	workModes: readonly number[];
	expectedPayMin: number | null;
	maxTravelKm: number | null;
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

export function fastSeeker(s: MatchSeeker): FastSeeker {
	const answered = [0, 0, 0];
	ABILITY_ITEM_CODES.forEach((item, i) => {
		const a = s.ability[item];
		if (a === 0 || a === 1 || a === 2) answered[a] = answered[a]! | (1 << i);
	});
	return {
		category: s.category,
		components: s.components.reduce((m, c) => (c === MULTIPLE_DISABILITY ? m : m | (1 << c)), 0),
		level: s.level,
		township: codeOf(s.townshipCode),
		latitude: s.home.latitude,
		longitude: s.home.longitude,
		answered2: answered[2]!,
		answered1: answered[1]!,
		answered0: answered[0]!,
		needs: s.needs.length ? s.needs.map((n) => maskOf(NEEDS[n] ?? [], FEATURE)) : NONE,
		held: maskOf(s.certificates, KIND),
		trained: codes(s.trainedOccupations),
		occupations: codes(s.wishedOccupations),
		workModes: codes(s.wishedWorkModes),
		expectedPayMin: s.expectedPayMin,
		maxTravelKm: s.maxTravelKm,
		hasPriority: s.priorities.length > 0,
		urbanWelfare: s.priorities.includes('employment_difficulty'),
	};
}

/** What a request fixes: the weights, the time and the county's day (YYYY-MM-DD). */
export type FastContext = { weights: MatchWeights; now: number; today: string };

/**
 * The seeker's score of the posting as engine.ts computes it, or NaN when a hard rule leaves it
 * out. `open: false` skips the open-posting rule (an employer asking who would fit a posting).
 */
export function fastScore(s: FastSeeker, p: FastPosting, c: FastContext, open = true): number {
	if (open) {
		if (!p.published || (p.closingDate !== null && p.closingDate < c.today)) return NaN;
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
	const km = p.homeBased
		? 0
		: distanceKm(
				{ latitude: s.latitude, longitude: s.longitude },
				{ latitude: p.latitude, longitude: p.longitude },
			);
	if (!p.homeBased && s.maxTravelKm !== null && km > s.maxTravelKm) return NaN;
	if (p.publicWelfare === 'rural' && s.township !== p.township) return NaN;
	if (p.publicWelfare === 'urban' && !s.urbanWelfare) return NaN;
	// ability, with the essential-demand rule on the way
	let points = 0;
	for (let k = 0; k < p.items.length; k++) {
		const item = p.items[k]!;
		const a =
			item < 0
				? -1
				: (s.answered2 >> item) & 1
					? 2
					: (s.answered1 >> item) & 1
						? 1
						: (s.answered0 >> item) & 1
							? 0
							: -1;
		if (a === 2) points++;
		else if (a < 0) points += 0.5;
		else if (p.offered & CLOSERS[item * 2 + a]!) points++;
		else if (p.essential[k]) return NaN;
	}
	const ability = p.items.length === 0 ? 1 : points / p.items.length;
	let metNeeds = 0;
	for (let k = 0; k < s.needs.length; k++) if (p.offered & s.needs[k]!) metNeeds++;
	const needs = s.needs.length === 0 ? 1 : metNeeds / s.needs.length;
	let wishes = 0.5;
	if (s.occupations.length !== 0 || s.workModes.length !== 0) {
		wishes = 0;
		if (p.occupation >= 0 && s.occupations.includes(p.occupation)) wishes += 0.7;
		else if (s.occupations.length === 0) wishes += 0.35;
		if (s.workModes.includes(p.workMode)) wishes += 0.3;
		else if (s.workModes.length === 0) wishes += 0.15;
	}
	let certificates = p.requiredCount ? 0.8 : 0.5;
	if (p.occupation >= 0 && s.trained.includes(p.occupation)) certificates += 0.2;
	certificates = Math.min(1, certificates);
	const pay =
		s.expectedPayMin === null || p.payTop === null
			? 0.5
			: p.payTop >= s.expectedPayMin
				? 1
				: Math.max(0, p.payTop / s.expectedPayMin - 0.2);
	const reach = s.maxTravelKm ?? DEFAULT_REACH_KM;
	const distance = p.homeBased
		? 1
		: km <= NEAR_KM
			? 1
			: Math.max(0, 1 - (km - NEAR_KM) / Math.max(reach, NEAR_KM + 1));
	const priority = s.hasPriority ? 1 : 0;
	let freshness = 0;
	if (p.publishedAt !== null) {
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
