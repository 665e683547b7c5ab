import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ABILITY_ITEMS,
	CATEGORY_LABELS,
	demandMet,
	LEVEL_LABELS,
	PASSPORT_NEEDS,
} from '@ronghe/contracts';
import { postingArb, rules, seekerArb } from './arbitraries.fixtures.js';
import { distanceKm, evaluate, rankPostings } from './engine.js';
import type { MatchPosting, MatchSeeker } from './engine.types.js';
import { forEmployer } from './matching.inputs.js';

/**
 * Property tests (issue 13 §7): whatever the seeker and the postings, no recommended posting
 * breaks a hard rule, and what an employer reads about a candidate never names what the seeker
 * did not disclose.
 */

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
