import { expect } from 'vitest';
import { DEFAULT_WEIGHTS, evaluate, rankPostings } from './engine.js';
import type { MatchPosting, MatchRules, MatchSeeker, Reason } from './engine.types.js';
import { demandCheck, needCheck } from './vocabulary.js';

/**
 * The scenario set of issue 13 §7: each case is a seeker and a few postings written as data,
 * taken from DOMAIN.md / PRODUCT.md, and says which posting ranks first and which must never be
 * shown. engine.test.ts keeps the rule-by-rule cases; these are whole situations.
 */

// Township centres (docs/domain.md#wutai-townships).
export const TAICHENG = { latitude: 38.7256, longitude: 113.2531 };
export const DOUCUN = { latitude: 38.8136, longitude: 113.3719 };
export const TAIHUAI = { latitude: 39.0086, longitude: 113.5925 };
export const DONGYE = { latitude: 38.6322, longitude: 113.0775 };

export const NOW = new Date('2026-12-01T00:00:00Z');
export const TODAY = '2026-12-01';

/** Open courses by occupation, as the service reads them from training_courses. */
export const COURSES: Record<string, { title: string; startDate: string }[]> = {
	'4-04-05-03': [{ title: '呼叫中心服务员培训', startDate: '2026-12-18' }],
	'4-10-04-02': [{ title: '2027年春季盲人保健按摩培训班', startDate: '2027-03-01' }],
	'X-YLMA': [{ title: '盲人医疗按摩考前辅导班', startDate: '2026-12-16' }],
};
export const OCCUPATION_NAMES: Record<string, string> = {
	'4-04-05-03': '呼叫中心服务员',
	'4-10-04-02': '盲人保健按摩',
	'X-YLMA': '盲人医疗按摩人员',
	'X-BJY': '保洁员',
	'X-SJLR': '数据录入员',
	'X-FZXJY': '辅助性就业',
};

export const rules: MatchRules = {
	demandCheck,
	needCheck,
	weights: DEFAULT_WEIGHTS,
	now: NOW,
	courses: (code) => COURSES[code] ?? [],
	label: (kind, code) => (kind === 'occupation' ? (OCCUPATION_NAMES[code] ?? code) : code),
};

export const seeker = (over: Partial<MatchSeeker> = {}): MatchSeeker => ({
	category: 4,
	components: [],
	level: 3,
	townshipCode: '140922100',
	home: TAICHENG,
	ability: {},
	needs: [],
	certificates: [],
	trainedOccupations: [],
	wishedOccupations: [],
	wishedWorkModes: [],
	expectedPayMin: null,
	maxTravelKm: null,
	priorities: [],
	...over,
});

export const posting = (id: string, over: Partial<MatchPosting> = {}): MatchPosting => ({
	id,
	title: id,
	employerName: '单位',
	open: true,
	postType: 'quota',
	publicWelfareKind: null,
	familyPriority: false,
	townshipCode: '140922100',
	townshipName: '台城镇',
	place: TAICHENG,
	workMode: 'full_time',
	acceptedCategories: [1, 2, 3, 4, 5, 6, 7],
	acceptedLevels: [],
	demands: {},
	offered: [],
	requiredCertificates: [],
	occupationCode: null,
	payMin: 2000,
	payMax: 2500,
	publishedAt: new Date('2026-11-20T00:00:00Z'),
	headcount: 2,
	hired: 0,
	applications: 0,
	...over,
});

export type Scenario = {
	/** What happens, in a sentence. */
	name: string;
	/** Where the rule comes from. */
	source: string;
	seeker: Partial<MatchSeeker>;
	postings: Record<string, Partial<MatchPosting>>;
	first: string;
	never?: string[];
	/** More the case asserts about the first posting's reasons and gaps. */
	then?: (first: { reasons: Reason[]; gaps: Reason[]; score: number }) => void;
	audience?: 'seeker' | 'employer';
};

export const massageMedical = {
	postType: 'blind_medical_massage',
	acceptedCategories: [1],
	occupationCode: 'X-YLMA',
	requiredCertificates: ['blind_medical_massage'],
	demands: { fine_hand: 'essential', both_hands: 'essential' },
	offered: ['tactile_paths'],
	payMin: 2500,
	payMax: 3200,
} as const satisfies Partial<MatchPosting>;
export const massageHealth = {
	postType: 'blind_health_massage',
	acceptedCategories: [1],
	occupationCode: '4-10-04-02',
	requiredCertificates: ['health_massage_junior'],
	demands: { fine_hand: 'essential' },
	payMin: 2000,
	payMax: 2800,
} as const satisfies Partial<MatchPosting>;
export const phoneHome = {
	postType: 'home_based',
	workMode: 'home_based',
	occupationCode: '4-04-05-03',
	demands: { speaking: 'essential', hearing: 'essential', computer: 'desirable' },
	offered: ['remote_work'],
	payMin: 1800,
	payMax: 2500,
} as const satisfies Partial<MatchPosting>;
export const blindMasseur = {
	category: 1,
	level: 1,
	ability: { seeing: 0, hearing: 2, speaking: 2, fine_hand: 2, both_hands: 2, standing: 2 },
	needs: ['screen_reader', 'guide_dog'],
	wishedOccupations: ['X-YLMA', '4-10-04-02'],
	wishedWorkModes: ['full_time'],
	expectedPayMin: 2300,
} as const satisfies Partial<MatchSeeker>;
export const wheelchair = {
	category: 4,
	level: 2,
	ability: { walking: 0, standing: 0, fine_hand: 2, both_hands: 2, computer: 2, seeing: 2 },
	needs: ['step_free', 'accessible_toilet'],
} as const satisfies Partial<MatchSeeker>;
export const deaf = {
	category: 2,
	level: 1,
	ability: { hearing: 0, speaking: 0, seeing: 2, fine_hand: 2, computer: 2, writing: 2 },
	needs: ['sign_interpreter', 'written_instructions'],
} as const satisfies Partial<MatchSeeker>;
export const intellectual = {
	category: 5,
	level: 3,
	ability: { working_alone: 0, fast_pace: 0, fine_hand: 2, both_hands: 2, reading: 1 },
	needs: ['job_coach', 'written_instructions'],
} as const satisfies Partial<MatchSeeker>;

export const texts = (rs: readonly Reason[]) => rs.map((r) => r.text).join(' ');
export const codes = (rs: readonly Reason[]) => rs.map((r) => r.code);

/** Ranks the case's postings for its seeker and checks what comes first and what never shows. */
export function checkScenario(sc: Scenario) {
	const s = seeker(sc.seeker);
	const r: MatchRules = sc.audience ? { ...rules, audience: sc.audience } : rules;
	const all = Object.entries(sc.postings).map(([id, over]) => posting(id, over));
	const shown = rankPostings(
		all.flatMap((p) => {
			const v = evaluate(s, p, r);
			return v.eligible ? [{ posting: p, score: v.score, reasons: v.reasons, gaps: v.gaps }] : [];
		}),
	);
	expect(shown[0]?.posting.id).toBe(sc.first);
	for (const id of sc.never ?? []) expect(shown.map((x) => x.posting.id)).not.toContain(id);
	sc.then?.(shown[0]!);
}
