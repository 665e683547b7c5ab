import fc from 'fast-check';
import {
	ABILITY_ITEM_CODES,
	ABILITY_ITEMS,
	ACCESSIBILITY_FEATURE_CODES,
	accessibilityLabel,
	CERTIFICATE_KIND_CODES,
	certificateLabel,
	PASSPORT_NEED_CODES,
	PASSPORT_NEEDS,
	POST_TYPES,
	WORK_MODES,
} from '@ronghe/contracts';
import { DEFAULT_WEIGHTS } from './engine.js';
import type { MatchPosting, MatchRules, MatchSeeker } from './engine.types.js';
import { demandCheck, needCheck } from './vocabulary.js';

/** Random seekers and postings for the property tests (properties.test.ts, fast-order.test.ts). */

export const PLACES = [
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

export const rules: MatchRules = {
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

export const subset = <T>(items: readonly T[], max = items.length) =>
	fc.uniqueArray(fc.constantFrom(...items), { maxLength: max });
const answer = fc.constantFrom(0 as const, 1 as const, 2 as const);

export const seekerArb: fc.Arbitrary<MatchSeeker> = fc
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

export const postingArb: fc.Arbitrary<MatchPosting> = fc
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
