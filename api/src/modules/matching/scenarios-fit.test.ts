import { describe, expect, it } from 'vitest';
import { checkScenario, codes, massageHealth, texts, type Scenario } from './scenarios.fixtures.js';

/**
 * The scenario set of issue 13 §7, second half (see scenarios.test.ts): how eligible postings
 * are ordered — training and the courses named in gaps, pay, places left, 多重残疾, unanswered
 * items, levels, commuting, noise, wishes, work mode, freshness, guide dogs.
 */
const SCENARIOS: Scenario[] = [
	{
		name: 'of two seekers differing only in a course, the trained one gets the call-centre job first',
		source: 'issue 13 §7 two seekers differing only in a completed course',
		seeker: { trainedOccupations: ['4-04-05-03'] },
		postings: {
			callCentre: { occupationCode: '4-04-05-03' },
			// published a day later: the untrained seeker sees it first
			entry: { occupationCode: 'X-SJLR', publishedAt: new Date('2026-11-21T00:00:00Z') },
		},
		first: 'callCentre',
		then: (v) => {
			expect(codes(v.reasons)).toContain('training');
			expect(codes(v.gaps)).not.toContain('training_missing');
		},
	},
	{
		name: '…and the untrained one gets the other job first, with the course to sign up for',
		source: 'issue 13 §2 gaps naming courses',
		seeker: {},
		postings: {
			callCentre: { occupationCode: '4-04-05-03' },
			entry: { occupationCode: 'X-SJLR', publishedAt: new Date('2026-11-21T00:00:00Z') },
		},
		first: 'entry',
	},
	{
		name: 'a missing training is a gap that names the open course and its start day',
		source: 'issue 13 §2: "缺少：…相关培训 — 可报名：…"',
		seeker: {},
		postings: { callCentre: { occupationCode: '4-04-05-03' } },
		first: 'callCentre',
		then: (v) =>
			expect(v.gaps).toContainEqual({
				code: 'training_missing',
				text: '缺少：呼叫中心服务员相关培训 — 可报名：呼叫中心服务员培训（12月18日开课）。',
			}),
	},
	{
		name: 'a course next year says the year',
		source: 'issue 13 §2 example (2027年春季…班)',
		seeker: { category: 1, certificates: ['health_massage_junior'] },
		postings: { health: massageHealth },
		first: 'health',
		then: (v) =>
			expect(texts(v.gaps)).toContain(
				'缺少：盲人保健按摩相关培训 — 可报名：2027年春季盲人保健按摩培训班（2027年3月1日开课）。',
			),
	},
	{
		name: 'an employer never reads the training gap about a candidate',
		source: 'issue 13 §2: gaps go only to the seeker and staff',
		audience: 'employer',
		seeker: {},
		postings: { callCentre: { occupationCode: '4-04-05-03' } },
		first: 'callCentre',
		then: (v) => {
			expect(codes(v.gaps)).not.toContain('training_missing');
			expect(texts(v.gaps)).not.toContain('可报名');
		},
	},
	{
		name: 'pay given only as a minimum counts as the top when it meets the expectation',
		source: 'docs/matching.md pay factor',
		seeker: { expectedPayMin: 3000 },
		postings: {
			atLeast: { payMin: 3000, payMax: null },
			capped: { payMin: 2000, payMax: 2600 },
		},
		first: 'atLeast',
		then: (v) => expect(codes(v.reasons)).toContain('pay'),
	},
	{
		name: 'a posting paying below the expectation stays, with the difference said plainly',
		source: 'docs/matching.md pay gap',
		seeker: { expectedPayMin: 3500 },
		postings: { low: { payMin: 1800, payMax: 2000 } },
		first: 'low',
		then: (v) => expect(texts(v.gaps)).toContain('工资最高每月 2000 元，比您希望的 3500 元低'),
	},
	{
		name: 'with equal fit, the posting with more places left gives way less to its applicants',
		source: 'issue 13 §2 no crowding: remaining headcount and applications count',
		seeker: {},
		postings: {
			onePlace: { headcount: 1, applications: 6 },
			tenPlaces: { headcount: 10, applications: 6 },
		},
		first: 'tenPlaces',
	},
	{
		name: 'places already filled count: two of three hired leaves one for many applicants',
		source: 'crowdingPenalty: applications per place left',
		seeker: {},
		postings: {
			nearlyFull: { headcount: 3, hired: 2, applications: 5 },
			fresh: { headcount: 3, hired: 0, applications: 5 },
		},
		first: 'fresh',
	},
	{
		name: 'a posting whose places are all filled is closed',
		source: 'posting_closed: has hired its headcount',
		seeker: {},
		postings: { filled: { open: false, headcount: 1, hired: 1 }, other: {} },
		first: 'other',
		never: ['filled'],
	},
	{
		name: '多重残疾 (视力+听力) is taken where both components are accepted',
		source: 'docs/matching.md 多重残疾 components',
		seeker: { category: 7, components: [1, 2] },
		postings: {
			both: { acceptedCategories: [1, 2, 3] },
			visionOnly: { acceptedCategories: [1] },
			seven: { acceptedCategories: [7], publishedAt: new Date('2026-11-01T00:00:00Z') },
		},
		first: 'both',
		never: ['visionOnly'],
	},
	{
		name: '多重残疾 without recorded components is taken only where 7 is accepted',
		source: 'acceptsCategory: no components, only an explicit 7',
		seeker: { category: 7, components: [] },
		postings: {
			seven: { acceptedCategories: [7] },
			many: { acceptedCategories: [1, 2, 3, 4, 5, 6] },
		},
		first: 'seven',
		never: ['many'],
	},
	{
		name: 'an unanswered ability item never excludes: it shows as 未填写',
		source: 'docs/matching.md: unknown never excludes',
		seeker: { ability: { fine_hand: 2 } },
		postings: {
			standing: { demands: { standing: 'essential', fine_hand: 'essential' } },
			closed: { open: false },
		},
		first: 'standing',
		never: ['closed'],
		then: (v) => expect(texts(v.gaps)).toContain('未填写：standing'),
	},
	{
		name: 'an answered, met demand ranks above the same demand left unanswered',
		source: 'ability factor: an unanswered item counts half',
		seeker: { ability: { fine_hand: 2 } },
		postings: {
			answered: { demands: { fine_hand: 'essential' } },
			unanswered: { demands: { counting: 'essential' } },
		},
		first: 'answered',
	},
	{
		name: 'a level outside the accepted ones is left out; no levels listed takes every level',
		source: 'docs/matching.md: empty accepted levels means every level',
		seeker: { level: 1 },
		postings: { mildOnly: { acceptedLevels: [3, 4] }, any: { acceptedLevels: [] } },
		first: 'any',
		never: ['mildOnly'],
	},
	{
		name: 'a seeker who cannot commute gets work with transport or at home, not without',
		source: 'ability table 自己上下班 ← 接送或交通补助, 可居家办公',
		seeker: { ability: { commuting: 0 } },
		postings: {
			noHelp: { demands: { commuting: 'essential' } },
			bus: { demands: { commuting: 'essential' }, offered: ['transport_support'] },
		},
		first: 'bus',
		never: ['noHelp'],
	},
	{
		name: 'a seeker who cannot work in noise gets the job with a quiet room',
		source: 'ability table 在嘈杂环境工作 ← 安静的工作区',
		seeker: { ability: { noise: 0 } },
		postings: {
			workshop: { demands: { noise: 'essential' } },
			quiet: { demands: { noise: 'essential' }, offered: ['quiet_room'] },
		},
		first: 'quiet',
		never: ['workshop'],
	},
	{
		name: 'the occupation the seeker wished for comes first among equal postings',
		source: 'issue 13 §1 occupation wishes as codes',
		seeker: { wishedOccupations: ['X-BJY'] },
		postings: {
			cleaning: { occupationCode: 'X-BJY' },
			packing: { occupationCode: 'X-BZG', publishedAt: new Date('2026-11-25T00:00:00Z') },
		},
		first: 'cleaning',
		then: (v) => expect(texts(v.reasons)).toContain('是您想做的工作：保洁员'),
	},
	{
		name: 'the chosen work mode comes first among equal postings',
		source: 'wishes factor: work mode 0.3',
		seeker: { wishedWorkModes: ['part_time'] },
		postings: {
			fullTime: { workMode: 'full_time', publishedAt: new Date('2026-11-25T00:00:00Z') },
			partTime: { workMode: 'part_time' },
		},
		first: 'partTime',
	},
	{
		name: 'a fresh posting comes before an equal one published two months ago',
		source: 'freshness factor',
		seeker: {},
		postings: {
			old: { publishedAt: new Date('2026-10-01T00:00:00Z') },
			fresh: { publishedAt: new Date('2026-11-28T00:00:00Z') },
		},
		first: 'fresh',
		then: (v) => expect(codes(v.reasons)).toContain('fresh'),
	},
	{
		name: 'a blind seeker needing a guide dog: the workplace that welcomes it ranks first',
		source: 'need 导盲犬同行 ← 欢迎导盲犬同行',
		seeker: { category: 1, ability: { seeing: 0 }, needs: ['guide_dog', 'screen_reader'] },
		postings: {
			welcoming: {
				demands: { seeing: 'essential' },
				offered: ['screen_reader_software', 'guide_dog_welcome'],
			},
			screenOnly: { demands: { seeing: 'essential' }, offered: ['screen_reader_software'] },
			printOnly: { demands: { seeing: 'essential' }, offered: ['large_print'] },
		},
		first: 'welcoming',
		never: ['printOnly'],
	},
];

describe('matching scenarios: what comes first (issue 13 §7)', () => {
	it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, sc) => checkScenario(sc));
});
