import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ABILITY_ITEM_CODES,
	ABILITY_ITEMS,
	ACCESSIBILITY_FEATURE_CODES,
	accessibilityLabel,
	CATEGORY_LABELS,
	CERTIFICATE_KIND_CODES,
	certificateLabel,
	demandMet,
	LEVEL_LABELS,
	PASSPORT_NEED_CODES,
	PASSPORT_NEEDS,
	POST_TYPES,
	WORK_MODES,
} from '@ronghe/contracts';
import { DEFAULT_WEIGHTS, distanceKm, evaluate, rankPostings } from './engine.js';
import type { MatchPosting, MatchRules, MatchSeeker } from './engine.types.js';
import { forEmployer } from './matching.inputs.js';
import { demandCheck, needCheck } from './vocabulary.js';

/**
 * Property tests (issue 13 §7): whatever the seeker and the postings, no recommended posting
 * breaks a hard rule, and what an employer reads about a candidate never names what the seeker
 * did not disclose.
 */

const PLACES = [
	{ code: '140922100', name: '台城镇', at: { latitude: 38.7256, longitude: 113.2531 } },
	{ code: '140922101', name: '豆村镇', at: { latitude: 38.8136, longitude: 113.3719 } },
	{ code: '140922104', name: '台怀镇', at: { latitude: 39.0086, longitude: 113.5925 } },
];
// a few rows of the occupations table (db/src/reference/occupations.ts)
const occupationName = new Map([
	['4-10-04-02', '保健按摩师'],
	['X-YLMA', '盲人医疗按摩人员'],
	['4-04-05-03', '呼叫中心服务员'],
	['4-01-02-02', '电子商务师'],
	['X-BJY', '保洁员'],
	['X-SJLR', '数据录入员'],
	['X-FZXJY', '辅助性就业（手工、简单加工）'],
]);
const OCCUPATION_CODES = [...occupationName.keys()];

const rules: MatchRules = {
	demandCheck,
	needCheck,
	weights: DEFAULT_WEIGHTS,
	now: new Date('2026-12-01T00:00:00Z'),
	courses: (code) =>
		code === '4-04-05-03' ? [{ title: '呼叫中心服务员培训', startDate: '2026-12-18' }] : [],
	// the labels the service uses, so a leak of a real word would show
	label: (kind, code) =>
		kind === 'ability'
			? ((ABILITY_ITEMS as Record<string, string>)[code] ?? code)
			: kind === 'need'
				? ((PASSPORT_NEEDS as Record<string, string>)[code] ?? code)
				: kind === 'offer'
					? accessibilityLabel(code)
					: kind === 'occupation'
						? (occupationName.get(code) ?? code)
						: certificateLabel(code),
};

const subset = <T>(items: readonly T[], max = items.length) =>
	fc.uniqueArray(fc.constantFrom(...items), { maxLength: max });
const answer = fc.constantFrom(0 as const, 1 as const, 2 as const);

const seekerArb: fc.Arbitrary<MatchSeeker> = fc
	.record({
		category: fc.integer({ min: 1, max: 7 }),
		components: subset([1, 2, 3, 4, 5, 6], 3),
		level: fc.integer({ min: 1, max: 4 }),
		place: fc.constantFrom(...PLACES),
		ability: fc.dictionary(fc.constantFrom(...ABILITY_ITEM_CODES), answer, {
			maxKeys: ABILITY_ITEM_CODES.length,
		}),
		needs: subset(PASSPORT_NEED_CODES, 4),
		certificates: subset(CERTIFICATE_KIND_CODES, 3),
		trainedOccupations: subset(OCCUPATION_CODES, 2),
		wishedOccupations: subset(OCCUPATION_CODES, 3),
		wishedWorkModes: subset(WORK_MODES, 2),
		expectedPayMin: fc.option(fc.integer({ min: 1000, max: 5000 }), { nil: null }),
		maxTravelKm: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
		priorities: subset(['employment_difficulty', 'dibao', 'graduate'], 2),
	})
	.map(({ place, ...s }) => ({
		...s,
		components: s.category === 7 ? s.components : [],
		townshipCode: place.code,
		home: place.at,
	}));

const postingArb: fc.Arbitrary<MatchPosting> = fc
	.record({
		id: fc.uuid(),
		open: fc.boolean(),
		postType: fc.constantFrom(...POST_TYPES),
		publicWelfareKind: fc.constantFrom('urban' as const, 'rural' as const, null),
		place: fc.constantFrom(...PLACES),
		workMode: fc.constantFrom(...WORK_MODES),
		acceptedCategories: subset([1, 2, 3, 4, 5, 6, 7]),
		acceptedLevels: subset([1, 2, 3, 4]),
		demands: fc.dictionary(
			fc.constantFrom(...ABILITY_ITEM_CODES),
			fc.constantFrom('essential' as const, 'desirable' as const),
			{ maxKeys: 4 },
		),
		offered: subset(ACCESSIBILITY_FEATURE_CODES, 12),
		requiredCertificates: subset(CERTIFICATE_KIND_CODES, 2),
		occupationCode: fc.option(fc.constantFrom(...OCCUPATION_CODES), { nil: null }),
		payMin: fc.option(fc.integer({ min: 1000, max: 3000 }), { nil: null }),
		extra: fc.integer({ min: 0, max: 2000 }),
		age: fc.integer({ min: 0, max: 90 }),
		headcount: fc.integer({ min: 1, max: 10 }),
		hired: fc.integer({ min: 0, max: 10 }),
		applications: fc.integer({ min: 0, max: 40 }),
	})
	.map(({ place, extra, age, ...p }) => ({
		...p,
		title: '岗位',
		employerName: '单位',
		familyPriority: false,
		publicWelfareKind: p.postType === 'public_welfare' ? p.publicWelfareKind : null,
		townshipCode: place.code,
		townshipName: place.name,
		place: place.at,
		payMax: p.payMin === null ? null : p.payMin + extra,
		publishedAt: new Date(rules.now.getTime() - age * 86_400_000),
		hired: Math.min(p.hired, p.headcount),
	}));

/** The hard rules, written again from the contracts' primitives, as an oracle. */
function breaksAHardRule(s: MatchSeeker, p: MatchPosting): string | null {
	if (!p.open) return 'closed';
	const accepted = p.acceptedCategories;
	const categoryOk =
		accepted.includes(s.category) ||
		(s.category === 7 &&
			s.components.length > 0 &&
			s.components.every((c) => accepted.includes(c)));
	if (!categoryOk) return 'category';
	if (p.acceptedLevels.length > 0 && !p.acceptedLevels.includes(s.level)) return 'level';
	for (const [item, kind] of Object.entries(p.demands))
		if (kind === 'essential' && demandMet(item, s.ability[item], p.offered).verdict === 'unmet')
			return `demand ${item}`;
	if (p.requiredCertificates.some((c) => !s.certificates.includes(c))) return 'certificate';
	const home = p.workMode === 'home_based' || p.postType === 'home_based';
	if (!home && s.maxTravelKm !== null && distanceKm(s.home, p.place) > s.maxTravelKm)
		return 'too far';
	if (p.postType === 'public_welfare') {
		if (p.publicWelfareKind === 'rural' && s.townshipCode !== p.townshipCode) return 'rural';
		if (p.publicWelfareKind === 'urban' && !s.priorities.includes('employment_difficulty'))
			return 'urban';
	}
	return null;
}

const RUNS = { numRuns: 300, seed: 20261204 };

describe('matching properties', () => {
	it('never recommends a posting that breaks a hard rule, and leaves out every one that does', () => {
		fc.assert(
			fc.property(seekerArb, fc.array(postingArb, { maxLength: 12 }), (s, ps) => {
				const ranked = rankPostings(
					ps.flatMap((p) => {
						const v = evaluate(s, p, rules);
						return v.eligible ? [{ posting: p, score: v.score }] : [];
					}),
				);
				for (const r of ranked) expect(breaksAHardRule(s, r.posting)).toBeNull();
				const shown = new Set(ranked.map((r) => r.posting.id));
				for (const p of ps) if (breaksAHardRule(s, p) === null) expect(shown.has(p.id)).toBe(true);
				for (const r of ranked) {
					expect(r.score).toBeGreaterThanOrEqual(0);
					expect(r.score).toBeLessThanOrEqual(100);
				}
			}),
			RUNS,
		);
	});

	const CATEGORY_WORDS = Object.values(CATEGORY_LABELS);
	const LEVEL_WORDS = Object.values(LEVEL_LABELS);
	const NEED_WORDS = Object.values(PASSPORT_NEEDS);
	const ABILITY_WORDS = Object.values(ABILITY_ITEMS);

	it('tells an employer no abilities without the consent, no needs without the shared passport, never category, level or priority', () => {
		fc.assert(
			fc.property(
				seekerArb,
				postingArb,
				fc.boolean(),
				fc.boolean(),
				(s, p, abilities, passport) => {
					// a posting the seeker can take (the candidates list holds only those): the texts matter
					const takeable: MatchPosting = {
						...p,
						open: true,
						acceptedCategories: [1, 2, 3, 4, 5, 6, 7],
						acceptedLevels: [],
						requiredCertificates: p.requiredCertificates.filter((c) => s.certificates.includes(c)),
						postType: p.postType === 'public_welfare' ? 'quota' : p.postType,
					};
					const v = evaluate({ ...s, maxTravelKm: null }, takeable, {
						...rules,
						audience: 'employer',
					});
					if (!v.eligible) return;
					const shared = { abilities, passport };
					const shown = [...forEmployer(v.reasons, shared), ...forEmployer(v.gaps, shared)];
					const text = shown.map((r) => r.text).join('\n');
					for (const w of [...CATEGORY_WORDS, ...LEVEL_WORDS]) expect(text).not.toContain(w);
					expect(text).not.toContain('您');
					expect(text).not.toContain('可报名');
					expect(shown.map((r) => r.code)).not.toContain('priority');
					if (!abilities) for (const w of ABILITY_WORDS) expect(text).not.toContain(w);
					// needs come from the passport: only where the seeker shared it with this employer
					if (!passport) expect(shown.filter((r) => r.code.startsWith('needs_'))).toEqual([]);
					// an ability reason may name an accommodation whose words a need shares
					if (!abilities && !passport)
						for (const w of [...NEED_WORDS, ...ABILITY_WORDS]) expect(text).not.toContain(w);
					// with the consent, only the needs the seeker recorded are named
					const needTexts = shown
						.filter((r) => r.code.startsWith('needs_'))
						.map((r) => r.text)
						.join('\n');
					for (const [code, word] of Object.entries(PASSPORT_NEEDS))
						if (!s.needs.includes(code as (typeof s.needs)[number]))
							expect(needTexts).not.toContain(word);
				},
			),
			RUNS,
		);
	});
});
