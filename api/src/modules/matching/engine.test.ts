import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, distanceKm, evaluate, rankPostings } from './engine.js';
import type { MatchPosting, MatchRules, MatchSeeker } from './engine.types.js';
import {
	DOUCUN,
	posting as postingWithId,
	seeker,
	TAICHENG,
	TAIHUAI,
} from './scenarios.fixtures.js';
import { demandCheck, needCheck } from './vocabulary.js';

const rules: MatchRules = {
	// the real tables (contracts/src/accessibility.ts), so the scenarios test them too
	demandCheck,
	needCheck,
	weights: DEFAULT_WEIGHTS,
	now: new Date('2026-12-01T00:00:00Z'),
	label: (_kind, code) => code,
};

let n = 0;
/** A posting as the scenarios make it, numbered in the order the cases make them. */
const posting = (over: Partial<MatchPosting> = {}): MatchPosting =>
	postingWithId(`p${String(++n).padStart(3, '0')}`, { title: '岗位', ...over });

const codes = (s: MatchSeeker, p: MatchPosting) => {
	const v = evaluate(s, p, rules);
	return v.eligible ? [] : v.excluded.map((r) => r.code);
};
const scored = (s: MatchSeeker, p: MatchPosting) => {
	const v = evaluate(s, p, rules);
	if (!v.eligible) throw new Error(`excluded: ${v.excluded.map((r) => r.text).join(' ')}`);
	return v;
};
const top = (s: MatchSeeker, ps: MatchPosting[]) =>
	rankPostings(
		ps.flatMap((p) => {
			const v = evaluate(s, p, rules);
			return v.eligible ? [{ posting: p, score: v.score }] : [];
		}),
	).map((r) => r.posting.id);

describe('hard rules', () => {
	const blind = seeker({
		category: 1,
		level: 1,
		ability: { seeing: 0, hearing: 2, fine_hand: 2 },
		certificates: ['blind_medical_massage'],
	});
	const massage = posting({
		postType: 'blind_medical_massage',
		acceptedCategories: [1],
		requiredCertificates: ['blind_medical_massage'],
		demands: { fine_hand: 'essential' },
	});

	it('takes a blind seeker with the massage qualification, and leaves it out without', () => {
		expect(codes(blind, massage)).toEqual([]);
		expect(codes({ ...blind, certificates: [] }, massage)).toEqual(['certificate_missing']);
	});

	it('leaves out a second-floor job for a wheelchair user unless there is a lift', () => {
		const wheelchair = seeker({ ability: { walking: 0, standing: 0 } });
		const upstairs = posting({ demands: { walking: 'essential' } });
		expect(codes(wheelchair, upstairs)).toEqual(['essential_demand_unmet']);
		const withLift = { ...upstairs, offered: ['lift'] };
		const v = scored(wheelchair, withLift);
		expect(v.reasons.find((r) => r.code === 'ability')!.text).toContain('walking——单位提供lift');
	});

	it('leaves phone sales out for a deaf seeker; large print helps weak sight, not none', () => {
		const deaf = seeker({ category: 2, ability: { hearing: 0, speaking: 1 } });
		expect(codes(deaf, posting({ demands: { hearing: 'essential' } }))).toEqual([
			'essential_demand_unmet',
		]);
		// with text communication offered, hearing is no longer a bar
		expect(
			codes(deaf, posting({ demands: { hearing: 'essential' }, offered: ['text_communication'] })),
		).toEqual([]);
		const blind = seeker({ category: 1, ability: { seeing: 0 } });
		const reading = posting({ demands: { seeing: 'essential' }, offered: ['large_print'] });
		expect(codes(blind, reading)).toEqual(['essential_demand_unmet']);
		expect(codes({ ...blind, ability: { seeing: 1 } }, reading)).toEqual([]);
		// a screen reader closes it even for 做不到
		expect(codes(blind, { ...reading, offered: ['screen_reader_software'] })).toEqual([]);
	});

	it('never excludes on an item the seeker has not answered, and asks for it', () => {
		const v = scored(seeker(), posting({ demands: { standing: 'essential' } }));
		expect(v.gaps.map((g) => g.code)).toContain('ability_unanswered');
	});

	it('checks category and level; empty levels take every level', () => {
		const intellectual = seeker({ category: 5, level: 2 });
		expect(codes(intellectual, posting({ acceptedCategories: [1, 2, 4] }))).toEqual([
			'category_not_accepted',
		]);
		expect(codes(intellectual, posting({ acceptedLevels: [3, 4] }))).toEqual([
			'level_not_accepted',
		]);
		expect(codes(intellectual, posting({ acceptedLevels: [] }))).toEqual([]);
	});

	it('takes 多重残疾 when every component is accepted, or category 7', () => {
		const multiple = seeker({ category: 7, components: [1, 2] });
		expect(codes(multiple, posting({ acceptedCategories: [1, 2] }))).toEqual([]);
		expect(codes(multiple, posting({ acceptedCategories: [1, 4] }))).toEqual([
			'category_not_accepted',
		]);
		expect(codes(multiple, posting({ acceptedCategories: [7] }))).toEqual([]);
	});

	it('leaves out a distant workplace, never home-based work, and says it is approximate', () => {
		const near = seeker({ maxTravelKm: 10 });
		const far = posting({ place: TAIHUAI, townshipName: '台怀镇' });
		expect(distanceKm(TAICHENG, TAIHUAI)).toBeGreaterThan(30);
		const v = evaluate(near, far, rules);
		expect(v.eligible).toBe(false);
		expect(!v.eligible && v.excluded[0]!.text).toMatch(/约 \d+ 公里（按乡镇中心估算）/);
		expect(codes(near, { ...far, workMode: 'home_based' })).toEqual([]);
	});

	it('keeps rural 公益性岗位 for residents and urban ones for 就业困难人员', () => {
		const rural = posting({
			postType: 'public_welfare',
			publicWelfareKind: 'rural',
			townshipCode: '140922101',
			townshipName: '豆村镇',
			place: DOUCUN,
		});
		expect(codes(seeker(), rural)).toEqual(['public_welfare_ineligible']);
		expect(codes(seeker({ townshipCode: '140922101', home: DOUCUN }), rural)).toEqual([]);
		const urban = posting({ postType: 'public_welfare', publicWelfareKind: 'urban' });
		expect(codes(seeker(), urban)).toEqual(['public_welfare_ineligible']);
		expect(codes(seeker({ priorities: ['employment_difficulty'] }), urban)).toEqual([]);
	});

	it('leaves out a closed posting', () => {
		expect(codes(seeker(), posting({ open: false }))).toEqual(['posting_closed']);
	});
});

describe('ranking', () => {
	it('puts massage first for the blind masseur, with reasons', () => {
		const blind = seeker({
			category: 1,
			ability: { seeing: 0, fine_hand: 2, standing: 2 },
			certificates: ['blind_medical_massage'],
			wishedOccupations: ['4-10-04-02'],
		});
		const massage = posting({
			occupationCode: '4-10-04-02',
			requiredCertificates: ['blind_medical_massage'],
			demands: { fine_hand: 'essential', standing: 'desirable' },
		});
		const cleaner = posting({ occupationCode: '4-09-01-01', demands: { standing: 'essential' } });
		expect(top(blind, [cleaner, massage])[0]).toBe(massage.id);
		const v = scored(blind, massage);
		expect(v.score).toBeGreaterThan(scored(blind, cleaner).score);
		expect(v.reasons.map((r) => r.code)).toEqual(
			expect.arrayContaining(['ability', 'occupation_wish', 'certificates', 'distance']),
		);
	});

	it('ranks the seeker with the completed course above one without', () => {
		const p = posting({ occupationCode: '4-04-05-03' });
		const trained = scored(seeker({ trainedOccupations: ['4-04-05-03'] }), p);
		const untrained = scored(seeker(), p);
		expect(trained.score).toBeGreaterThan(untrained.score);
	});

	it('prefers pay at or above the expectation, and says when it is below', () => {
		const s = seeker({ expectedPayMin: 3000 });
		const low = posting({ payMin: 1800, payMax: 2000 });
		const high = posting({ payMin: 2800, payMax: 3200 });
		expect(top(s, [low, high])[0]).toBe(high.id);
		expect(scored(s, low).gaps.map((g) => g.code)).toContain('pay_below');
	});

	it('names the needs the workplace meets', () => {
		const s = seeker({ needs: ['screen_reader', 'accessible_toilet'] });
		const v = scored(s, posting({ offered: ['screen_reader_software'] }));
		expect(v.reasons.find((r) => r.code === 'needs_met')!.text).toContain('screen_reader');
		expect(v.gaps.find((g) => g.code === 'needs_unmet')!.text).toContain('accessible_toilet');
	});

	it('does not show a crowded posting first to everyone when an equal one waits', () => {
		const crowded = posting({ headcount: 1, applications: 20 });
		const quiet = posting({ headcount: 1, applications: 0 });
		expect(scored(seeker(), crowded).score).toBe(scored(seeker(), quiet).score);
		expect(top(seeker(), [crowded, quiet])).toEqual([quiet.id, crowded.id]);
	});

	it('writes to the employer about the candidate, not to them as the seeker', () => {
		const s = seeker({ wishedWorkModes: ['full_time'], expectedPayMin: 2000 });
		const toEmployer = evaluate(s, posting(), { ...rules, audience: 'employer' });
		const toSeeker = evaluate(s, posting(), rules);
		const texts = (v: typeof toSeeker) => (v.eligible ? v.reasons.map((r) => r.text) : []);
		expect(texts(toSeeker).join('')).toContain('您');
		expect(texts(toEmployer).join('')).not.toContain('您');
		expect(texts(toEmployer)).toContain('工作方式是求职者选的。');
	});

	it('does not call an unanswered ability check a reason', () => {
		const v = scored(seeker(), posting({ demands: { standing: 'essential' } }));
		expect(v.reasons.map((r) => r.code)).not.toContain('ability');
	});

	it('keeps scores within 0–100', () => {
		const v = scored(seeker({ priorities: ['dibao'], expectedPayMin: 1 }), posting());
		expect(v.score).toBeGreaterThanOrEqual(0);
		expect(v.score).toBeLessThanOrEqual(100);
	});
});
