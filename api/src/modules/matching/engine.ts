import {
	acceptsCategory,
	acceptsLevel,
	CATEGORY_LABELS,
	LEVEL_LABELS,
	MULTIPLE_DISABILITY as MULTIPLE,
} from '@ronghe/contracts';
import type {
	GeoPoint,
	MatchPosting,
	MatchRules,
	MatchSeeker,
	MatchWeights,
	Reason,
	Verdict,
} from './engine.types.js';

/**
 * The matching rules (docs/matching.md): hard rules that leave a posting out, each with a stable
 * code and a sentence; scored factors with their reasons and gaps; and a ranking that keeps a
 * few popular postings from being shown first to everyone.
 */

export const DEFAULT_WEIGHTS: MatchWeights = {
	ability: 30,
	needs: 15,
	wishes: 15,
	certificates: 10,
	pay: 10,
	distance: 10,
	priority: 5,
	freshness: 5,
};

const HOME_MODES = new Set(['home_based']);
const HOME_POST_TYPES = new Set(['home_based']);
/** Within this distance a workplace counts as near. */
export const NEAR_KM = 5;
/** Without a limit of their own, a seeker is scored as if they would travel this far. */
export const DEFAULT_REACH_KM = 40;
export const FRESH_DAYS = 7;
export const STALE_DAYS = 60;

const categoryName = (c: number) => CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS] ?? `${c}`;
const levelName = (l: number) => LEVEL_LABELS[l as keyof typeof LEVEL_LABELS] ?? `${l}`;
const list = (items: readonly string[]) => items.join('、');
/** Reasons are read by the seeker (您) or, about a candidate, by the employer (求职者). */
const you = (rules: MatchRules) => (rules.audience === 'employer' ? '求职者' : '您');

/** Straight-line distance in kilometres (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
	const rad = Math.PI / 180;
	const dLat = (b.latitude - a.latitude) * rad;
	const dLon = (b.longitude - a.longitude) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const isHomeBased = (p: MatchPosting) =>
	HOME_MODES.has(p.workMode) || HOME_POST_TYPES.has(p.postType);

/** Who may take a 公益性岗位 (docs/domain.md#public-welfare-posts). */
const PUBLIC_WELFARE_URBAN_STATUS = 'employment_difficulty';

/** The hard rules that leave this posting out for this seeker; empty when none does. */
export function excludedBy(s: MatchSeeker, p: MatchPosting, rules: MatchRules): Reason[] {
	const out: Reason[] = [];
	if (!p.open) out.push({ code: 'posting_closed', text: '这个岗位已经停止招聘。' });
	// 多重残疾: accepted when the posting takes 7, or every recorded component (docs/matching.md)
	if (!acceptsCategory(p, s)) {
		const what =
			s.category === MULTIPLE && s.components.length
				? `多重残疾（${list(s.components.map(categoryName))}）`
				: categoryName(s.category);
		out.push({
			code: 'category_not_accepted',
			text: `这个岗位可以接纳的残疾类别里没有${what}。`,
		});
	}
	if (!acceptsLevel(p, s.level))
		out.push({
			code: 'level_not_accepted',
			text: `这个岗位可以接纳的是${list(p.acceptedLevels.map(levelName))}，您是${levelName(s.level)}。`,
		});
	for (const [item, kind] of Object.entries(p.demands)) {
		if (kind !== 'essential') continue;
		const outcome = rules.demandCheck(item, s.ability[item], p.offered);
		if (outcome.verdict === 'unmet')
			out.push({
				code: 'essential_demand_unmet',
				text: `这个岗位必须能${rules.label('ability', item)}，单位没有写明能弥补的便利。`,
			});
	}
	const missing = p.requiredCertificates.filter((c) => !s.certificates.includes(c));
	if (missing.length) {
		const courses = openCoursesText(p, rules);
		out.push({
			code: 'certificate_missing',
			text: `这个岗位要求${list(missing.map((c) => rules.label('certificate', c)))}，您的资料里还没有有效的这种证书。${courses ? `可报名：${courses}。` : ''}`,
		});
	}
	if (!isHomeBased(p) && s.maxTravelKm !== null) {
		const km = distanceKm(s.home, p.place);
		if (km > s.maxTravelKm)
			out.push({
				code: 'too_far',
				text: `离您家约 ${Math.round(km)} 公里（按乡镇中心估算），比您愿意去的 ${s.maxTravelKm} 公里远。`,
			});
	}
	if (p.postType === 'public_welfare') {
		if (p.publicWelfareKind === 'rural' && s.townshipCode !== p.townshipCode)
			out.push({
				code: 'public_welfare_ineligible',
				text: `这是${p.townshipName}的乡村公益性岗位，只招本乡镇的居民。`,
			});
		if (p.publicWelfareKind === 'urban' && !s.priorities.includes(PUBLIC_WELFARE_URBAN_STATUS))
			out.push({
				code: 'public_welfare_ineligible',
				text: '城镇公益性岗位招的是经过认定的就业困难人员；您可以请乡镇残联专职委员帮您申请认定。',
			});
	}
	return out;
}

type Factor = { value: number; reasons: Reason[]; gaps: Reason[] };

/** At most this many courses are named in one sentence. */
const COURSES_NAMED = 2;

/** "3月1日开课", with the year when it is not this year's. */
function startsOn(date: string, now: Date): string {
	const [y, m, d] = date.split('-').map(Number);
	// the county's year (UTC+8)
	const thisYear = new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
	const year = y === thisYear ? '' : `${y}年`;
	return `${year}${m}月${d}日开课`;
}

/**
 * The open courses for the posting's occupation, as a gap names them: "某某培训班（3月1日开课）".
 * Empty for an employer (gaps about training are the seeker's business) or without courses.
 */
function openCoursesText(p: MatchPosting, rules: MatchRules): string {
	if (rules.audience === 'employer' || !p.occupationCode || !rules.courses) return '';
	return rules
		.courses(p.occupationCode)
		.slice(0, COURSES_NAMED)
		.map((c) => `${c.title}（${startsOn(c.startDate, rules.now)}）`)
		.join('、');
}

function abilityFactor(s: MatchSeeker, p: MatchPosting, rules: MatchRules): Factor {
	const items = Object.keys(p.demands);
	if (items.length === 0)
		return { value: 1, reasons: [{ code: 'ability', text: '能力：岗位没有特别要求。' }], gaps: [] };
	let met = 0;
	let points = 0;
	const closedBy: string[] = [];
	const unknown: string[] = [];
	for (const item of items) {
		const outcome = rules.demandCheck(item, s.ability[item], p.offered);
		if (outcome.verdict === 'met') {
			met++;
			points++;
		} else if (outcome.verdict === 'closed') {
			met++;
			points++;
			closedBy.push(
				`${rules.label('ability', item)}——单位提供${list(outcome.by.map((o) => rules.label('offer', o)))}`,
			);
		} else if (outcome.verdict === 'unknown') {
			unknown.push(item);
			points += 0.5;
		}
	}
	// nothing met yet (say, nothing answered) is no reason to recommend; the gap says what to do
	const reasons = met
		? [
				{
					code: 'ability',
					text: `能力：${items.length} 项要求满足 ${met} 项${closedBy.length ? `；${closedBy.join('；')}` : ''}。`,
				},
			]
		: [];
	const unanswered = list(unknown.map((i) => rules.label('ability', i)));
	const gaps = unknown.length
		? [
				{
					code: 'ability_unanswered',
					text:
						rules.audience === 'employer'
							? `求职者还没有填写：${unanswered}。可以面试时了解。`
							: `未填写：${unanswered}。请在“我的资料”里补上这几项，推荐会更准。`,
				},
			]
		: [];
	return { value: points / items.length, reasons, gaps };
}

function needsFactor(s: MatchSeeker, p: MatchPosting, rules: MatchRules): Factor {
	if (s.needs.length === 0) return { value: 1, reasons: [], gaps: [] };
	const met = s.needs.filter((n) => rules.needCheck(n, p.offered));
	const unmet = s.needs.filter((n) => !met.includes(n));
	const label = (n: string) => rules.label('need', n);
	return {
		value: met.length / s.needs.length,
		reasons: met.length
			? [{ code: 'needs_met', text: `满足${you(rules)}的需要：${list(met.map(label))}。` }]
			: [],
		gaps: unmet.length
			? [
					{
						code: 'needs_unmet',
						text:
							rules.audience === 'employer'
								? `求职者需要、岗位还没有写明能提供的：${list(unmet.map(label))}。`
								: `单位还没有写明能满足：${list(unmet.map(label))}。可以投递时问问单位。`,
					},
				]
			: [],
	};
}

function wishesFactor(s: MatchSeeker, p: MatchPosting, rules: MatchRules): Factor {
	if (s.wishedOccupations.length === 0 && s.wishedWorkModes.length === 0)
		return { value: 0.5, reasons: [], gaps: [] };
	const reasons: Reason[] = [];
	let value = 0;
	if (p.occupationCode && s.wishedOccupations.includes(p.occupationCode)) {
		value += 0.7;
		reasons.push({
			code: 'occupation_wish',
			text: `是${you(rules)}想做的工作：${rules.label('occupation', p.occupationCode)}。`,
		});
	} else if (s.wishedOccupations.length === 0) value += 0.35;
	if (s.wishedWorkModes.includes(p.workMode)) {
		value += 0.3;
		reasons.push({ code: 'work_mode_wish', text: `工作方式是${you(rules)}选的。` });
	} else if (s.wishedWorkModes.length === 0) value += 0.15;
	return { value, reasons, gaps: [] };
}

function certificatesFactor(s: MatchSeeker, p: MatchPosting, rules: MatchRules): Factor {
	const reasons: Reason[] = [];
	let value = 0.5;
	if (p.requiredCertificates.length) {
		value = 0.8;
		reasons.push({
			code: 'certificates',
			text: `有岗位要求的证书：${list(p.requiredCertificates.map((c) => rules.label('certificate', c)))}。`,
		});
	}
	const gaps: Reason[] = [];
	if (p.occupationCode && s.trainedOccupations.includes(p.occupationCode)) {
		value += 0.2;
		reasons.push({ code: 'training', text: `${you(rules)}学过这个工作的培训课程。` });
	} else if (p.occupationCode) {
		// not trained: say so only when there is a course to sign up for
		const courses = openCoursesText(p, rules);
		if (courses)
			gaps.push({
				code: 'training_missing',
				text: `缺少：${rules.label('occupation', p.occupationCode)}相关培训 — 可报名：${courses}。`,
			});
	}
	return { value: Math.min(1, value), reasons, gaps };
}

function payFactor(s: MatchSeeker, p: MatchPosting, rules: MatchRules): Factor {
	const top = p.payMax ?? p.payMin;
	if (s.expectedPayMin === null || top === null) return { value: 0.5, reasons: [], gaps: [] };
	if (top >= s.expectedPayMin)
		return {
			value: 1,
			reasons: [
				{
					code: 'pay',
					text: `工资最高每月 ${top} 元，不低于${you(rules)}希望的 ${s.expectedPayMin} 元。`,
				},
			],
			gaps: [],
		};
	return {
		value: Math.max(0, top / s.expectedPayMin - 0.2),
		reasons: [],
		gaps: [
			{
				code: 'pay_below',
				text: `工资最高每月 ${top} 元，比${you(rules)}希望的 ${s.expectedPayMin} 元低。`,
			},
		],
	};
}

function distanceFactor(s: MatchSeeker, p: MatchPosting, rules: MatchRules): Factor {
	if (isHomeBased(p))
		return {
			value: 1,
			reasons: [{ code: 'distance', text: '在家就能做，不用出门上班。' }],
			gaps: [],
		};
	const km = distanceKm(s.home, p.place);
	const reach = s.maxTravelKm ?? DEFAULT_REACH_KM;
	const value = km <= NEAR_KM ? 1 : Math.max(0, 1 - (km - NEAR_KM) / Math.max(reach, NEAR_KM + 1));
	const where = km < 1 ? `就在${you(rules)}家附近` : `离${you(rules)}家约 ${Math.round(km)} 公里`;
	return {
		value,
		reasons: [{ code: 'distance', text: `${where}（${p.townshipName}，按乡镇中心估算）。` }],
		gaps: [],
	};
}

function priorityFactor(s: MatchSeeker, p: MatchPosting): Factor {
	if (s.priorities.length === 0) return { value: 0, reasons: [], gaps: [] };
	return {
		value: 1,
		reasons:
			p.postType === 'public_welfare'
				? [{ code: 'priority', text: '公益性岗位优先安排您这样的求职者。' }]
				: [],
		gaps: [],
	};
}

function freshnessFactor(p: MatchPosting, now: Date): Factor {
	if (!p.publishedAt) return { value: 0, reasons: [], gaps: [] };
	const days = (now.getTime() - p.publishedAt.getTime()) / 86_400_000;
	const value =
		days <= FRESH_DAYS ? 1 : Math.max(0, 1 - (days - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS));
	return {
		value,
		reasons: days <= FRESH_DAYS ? [{ code: 'fresh', text: '这周新发布的岗位。' }] : [],
		gaps: [],
	};
}

/** The fit of an eligible posting: 0–100 with its reasons and gaps, factor by factor. */
export function scoreOf(
	s: MatchSeeker,
	p: MatchPosting,
	rules: MatchRules,
): { score: number; reasons: Reason[]; gaps: Reason[] } {
	const w = rules.weights;
	const factors: [number, Factor][] = [
		[w.ability, abilityFactor(s, p, rules)],
		[w.needs, needsFactor(s, p, rules)],
		[w.wishes, wishesFactor(s, p, rules)],
		[w.certificates, certificatesFactor(s, p, rules)],
		[w.pay, payFactor(s, p, rules)],
		[w.distance, distanceFactor(s, p, rules)],
		[w.priority, priorityFactor(s, p)],
		[w.freshness, freshnessFactor(p, rules.now)],
	];
	const total = factors.reduce((sum, [weight]) => sum + weight, 0) || 1;
	const points = factors.reduce((sum, [weight, f]) => sum + weight * f.value, 0);
	return {
		score: Math.round((100 * points) / total),
		reasons: factors.flatMap(([, f]) => f.reasons),
		gaps: factors.flatMap(([, f]) => f.gaps),
	};
}

/** Hard rules first; an eligible posting is scored. */
export function evaluate(s: MatchSeeker, p: MatchPosting, rules: MatchRules): Verdict {
	const excluded = excludedBy(s, p, rules);
	if (excluded.length) return { eligible: false, excluded };
	return { eligible: true, ...scoreOf(s, p, rules) };
}

/**
 * How far down a posting moves for crowding: applications per place left. A posting with many
 * applications for one place gives way to equally fitting ones nobody has applied to yet; the
 * shown score stays the fit itself.
 */
export function crowdingPenalty(p: Pick<MatchPosting, 'headcount' | 'hired' | 'applications'>) {
	const left = Math.max(1, p.headcount - p.hired);
	return Math.min(15, (4 * p.applications) / left);
}

export type Ranked<T> = T & { score: number; order: number };

/** Eligible postings best first: fit less crowding; ties by the fresher, then by id. */
export function rankPostings<T extends { score: number; posting: MatchPosting }>(
	items: readonly T[],
): Ranked<T>[] {
	return items
		.map((item) => ({ ...item, order: item.score - crowdingPenalty(item.posting) }))
		.sort(rankOrder);
}

/** Best order first; ties by the fresher, then by id. */
export const rankOrder = (
	a: { order: number; posting: Pick<MatchPosting, 'publishedAt' | 'id'> },
	b: typeof a,
) =>
	b.order - a.order ||
	(b.posting.publishedAt?.getTime() ?? 0) - (a.posting.publishedAt?.getTime() ?? 0) ||
	a.posting.id.localeCompare(b.posting.id);
