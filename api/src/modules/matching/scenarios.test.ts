import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, evaluate, rankPostings } from './engine.js';
import type { MatchPosting, MatchRules, MatchSeeker, Reason } from './engine.types.js';
import { demandCheck, heldKinds, needCheck } from './vocabulary.js';

/**
 * The scenario set of issue 13 §7: each case is a seeker and a few postings written as data,
 * taken from DOMAIN.md / PRODUCT.md, and says which posting ranks first and which must never be
 * shown. engine.test.ts keeps the rule-by-rule cases; these are whole situations.
 */

// Township centres (docs/domain.md#wutai-townships).
const TAICHENG = { latitude: 38.7256, longitude: 113.2531 };
const DOUCUN = { latitude: 38.8136, longitude: 113.3719 };
const TAIHUAI = { latitude: 39.0086, longitude: 113.5925 };
const DONGYE = { latitude: 38.6322, longitude: 113.0775 };

const NOW = new Date('2026-12-01T00:00:00Z');
const TODAY = '2026-12-01';

/** Open courses by occupation, as the service reads them from training_courses. */
const COURSES: Record<string, { title: string; startDate: string }[]> = {
	'4-04-05-03': [{ title: '呼叫中心服务员培训', startDate: '2026-12-18' }],
	'4-10-04-02': [{ title: '2027年春季盲人保健按摩培训班', startDate: '2027-03-01' }],
	'X-YLMA': [{ title: '盲人医疗按摩考前辅导班', startDate: '2026-12-16' }],
};
const OCCUPATION_NAMES: Record<string, string> = {
	'4-04-05-03': '呼叫中心服务员',
	'4-10-04-02': '盲人保健按摩',
	'X-YLMA': '盲人医疗按摩人员',
	'X-BJY': '保洁员',
	'X-SJLR': '数据录入员',
	'X-FZXJY': '辅助性就业',
};

const rules: MatchRules = {
	demandCheck,
	needCheck,
	weights: DEFAULT_WEIGHTS,
	now: NOW,
	courses: (code) => COURSES[code] ?? [],
	label: (kind, code) => (kind === 'occupation' ? (OCCUPATION_NAMES[code] ?? code) : code),
};

const seeker = (over: Partial<MatchSeeker> = {}): MatchSeeker => ({
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

const posting = (id: string, over: Partial<MatchPosting> = {}): MatchPosting => ({
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

type Scenario = {
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

const massageMedical = {
	postType: 'blind_medical_massage',
	acceptedCategories: [1],
	occupationCode: 'X-YLMA',
	requiredCertificates: ['blind_medical_massage'],
	demands: { fine_hand: 'essential', both_hands: 'essential' },
	offered: ['tactile_paths'],
	payMin: 2500,
	payMax: 3200,
} as const satisfies Partial<MatchPosting>;
const massageHealth = {
	postType: 'blind_health_massage',
	acceptedCategories: [1],
	occupationCode: '4-10-04-02',
	requiredCertificates: ['health_massage_junior'],
	demands: { fine_hand: 'essential' },
	payMin: 2000,
	payMax: 2800,
} as const satisfies Partial<MatchPosting>;
const phoneHome = {
	postType: 'home_based',
	workMode: 'home_based',
	occupationCode: '4-04-05-03',
	demands: { speaking: 'essential', hearing: 'essential', computer: 'desirable' },
	offered: ['remote_work'],
	payMin: 1800,
	payMax: 2500,
} as const satisfies Partial<MatchPosting>;
const blindMasseur = {
	category: 1,
	level: 1,
	ability: { seeing: 0, hearing: 2, speaking: 2, fine_hand: 2, both_hands: 2, standing: 2 },
	needs: ['screen_reader', 'guide_dog'],
	wishedOccupations: ['X-YLMA', '4-10-04-02'],
	wishedWorkModes: ['full_time'],
	expectedPayMin: 2300,
} as const satisfies Partial<MatchSeeker>;
const wheelchair = {
	category: 4,
	level: 2,
	ability: { walking: 0, standing: 0, fine_hand: 2, both_hands: 2, computer: 2, seeing: 2 },
	needs: ['step_free', 'accessible_toilet'],
} as const satisfies Partial<MatchSeeker>;
const deaf = {
	category: 2,
	level: 1,
	ability: { hearing: 0, speaking: 0, seeing: 2, fine_hand: 2, computer: 2, writing: 2 },
	needs: ['sign_interpreter', 'written_instructions'],
} as const satisfies Partial<MatchSeeker>;
const intellectual = {
	category: 5,
	level: 3,
	ability: { working_alone: 0, fast_pace: 0, fine_hand: 2, both_hands: 2, reading: 1 },
	needs: ['job_coach', 'written_instructions'],
} as const satisfies Partial<MatchSeeker>;

const texts = (rs: readonly Reason[]) => rs.map((r) => r.text).join(' ');
const codes = (rs: readonly Reason[]) => rs.map((r) => r.code);

const SCENARIOS: Scenario[] = [
	{
		name: 'a blind masseur with the 盲人医疗按摩 qualification gets massage before phone work',
		source: 'DOMAIN.md §5 盲人医疗按摩; PRODUCT.md demo seeker',
		seeker: {
			...blindMasseur,
			certificates: ['blind_medical_massage'],
			trainedOccupations: ['X-YLMA'],
		},
		postings: {
			medical: massageMedical,
			phone: phoneHome,
			// 保健按摩 asks a 保健按摩师 certificate: the medical one does not stand in
			health: massageHealth,
		},
		first: 'medical',
		never: ['health'],
		then: (v) => {
			expect(codes(v.reasons)).toEqual(
				expect.arrayContaining(['occupation_wish', 'certificates', 'training']),
			);
			expect(texts(v.reasons)).toContain('是您想做的工作：盲人医疗按摩人员');
		},
	},
	{
		name: 'the same seeker without the qualification never sees 盲人医疗按摩',
		source: 'DOMAIN.md §5: practising needs the 资格证书',
		seeker: blindMasseur,
		postings: { medical: massageMedical, phone: phoneHome },
		first: 'phone',
		never: ['medical'],
	},
	{
		name: 'a 保健按摩师（高级） meets a posting that asks for 初级, not a 盲人医疗按摩 one',
		source: 'docs/matching.md certificates: a higher grade meets a lower one',
		seeker: {
			...blindMasseur,
			certificates: heldKinds([{ kind: 'health_massage_senior', validUntil: null }], TODAY),
		},
		postings: { health: massageHealth, medical: massageMedical },
		first: 'health',
		never: ['medical'],
	},
	{
		name: 'an expired 健康证 does not count',
		source: 'docs/matching.md: expired certificates do not count',
		seeker: {
			certificates: heldKinds([{ kind: 'health_certificate', validUntil: '2026-11-30' }], TODAY),
		},
		postings: {
			canteen: { requiredCertificates: ['health_certificate'], occupationCode: 'X-MDS' },
			packing: { occupationCode: 'X-BZG' },
		},
		first: 'packing',
		never: ['canteen'],
	},
	{
		name: 'a 健康证 valid to the end of today still counts',
		source: 'docs/matching.md: a certificate counts to the end of its valid-until day',
		seeker: {
			certificates: heldKinds([{ kind: 'health_certificate', validUntil: TODAY }], TODAY),
			wishedOccupations: ['X-MDS'],
		},
		postings: {
			canteen: { requiredCertificates: ['health_certificate'], occupationCode: 'X-MDS' },
			packing: { occupationCode: 'X-BZG' },
		},
		first: 'canteen',
	},
	{
		name: 'a wheelchair user never sees a second-floor job without a lift',
		source: 'issue 13 §7; ability table 走动、上下楼梯 ← 无障碍通道, 电梯',
		seeker: wheelchair,
		postings: {
			upstairs: { demands: { walking: 'essential', computer: 'essential' } },
			ground: {
				demands: { computer: 'essential' },
				offered: ['step_free_entrance', 'accessible_toilet'],
			},
		},
		first: 'ground',
		never: ['upstairs'],
		then: (v) => expect(texts(v.reasons)).toContain('满足您的需要：step_free、accessible_toilet'),
	},
	{
		name: 'the same upstairs office with a lift is shown, and says the lift closes the gap',
		source: 'docs/matching.md: a demand is closed by an offered accommodation',
		seeker: { ...wheelchair, ability: { ...wheelchair.ability, lifting: 0 } },
		postings: {
			upstairs: { demands: { walking: 'essential' }, offered: ['lift', 'accessible_toilet'] },
			warehouse: { demands: { lifting: 'essential' } },
		},
		first: 'upstairs',
		never: ['warehouse'],
		then: (v) => expect(texts(v.reasons)).toContain('walking——单位提供lift'),
	},
	{
		name: 'a wheelchair user with standing 做不到 gets a desk job with adjustable desks, not a shop counter',
		source: 'ability table 长时间站立 ← 可调节高度的工作台 (all), 工间休息 (some only)',
		seeker: wheelchair,
		postings: {
			counter: {
				demands: { standing: 'essential' },
				offered: ['rest_breaks', 'step_free_entrance'],
			},
			desk: {
				demands: { standing: 'essential' },
				offered: ['adjustable_desks', 'step_free_entrance'],
			},
		},
		first: 'desk',
		never: ['counter'],
	},
	{
		name: 'a deaf seeker never sees phone sales, and gets data entry with written instructions',
		source: 'issue 13 §7; PRODUCT.md (text-only contact)',
		seeker: deaf,
		postings: {
			phone: phoneHome,
			entry: {
				occupationCode: 'X-SJLR',
				demands: { computer: 'essential', hearing: 'desirable' },
				offered: ['text_communication', 'picture_instructions'],
			},
		},
		first: 'entry',
		never: ['phone'],
	},
	{
		name: 'for a deaf seeker a workplace with signing colleagues ranks above one without',
		source: 'need 手语翻译 ← 有会手语的同事',
		seeker: deaf,
		postings: {
			plain: { occupationCode: 'X-BZG', offered: ['text_communication'] },
			signing: { occupationCode: 'X-BZG', offered: ['text_communication', 'signing_staff'] },
		},
		first: 'signing',
		then: (v) => expect(codes(v.gaps)).not.toContain('needs_unmet'),
	},
	{
		name: 'a seeker with an intellectual disability gets 辅助性就业 with a mentor',
		source: 'DOMAIN.md 辅助性就业; ability table 独立完成工作 ← 专人带教',
		seeker: intellectual,
		postings: {
			auxiliary: {
				postType: 'auxiliary_employment',
				occupationCode: 'X-FZXJY',
				acceptedCategories: [5, 6, 7],
				demands: { working_alone: 'essential', fine_hand: 'essential' },
				offered: ['mentor', 'picture_instructions'],
			},
			sales: { demands: { working_alone: 'essential', fast_pace: 'essential' } },
			office: { acceptedCategories: [1, 2, 4] },
		},
		first: 'auxiliary',
		never: ['sales', 'office'],
	},
	{
		name: 'a fast-paced posting is only desirable: it stays, below the calm one',
		source: 'docs/matching.md: desirable demands never exclude; they only score',
		seeker: intellectual,
		postings: {
			rushed: { demands: { fast_pace: 'desirable', fine_hand: 'essential' }, offered: ['mentor'] },
			calm: { demands: { fine_hand: 'essential' }, offered: ['mentor'] },
		},
		first: 'calm',
	},
	{
		name: 'a distant township is left out, home-based work is not',
		source: 'issue 13 §2 too_far: home-based work is exempt',
		seeker: { maxTravelKm: 15, wishedWorkModes: ['full_time'] },
		postings: {
			taihuai: { place: TAIHUAI, townshipName: '台怀镇', townshipCode: '140922104' },
			home: { postType: 'home_based', workMode: 'home_based' },
		},
		first: 'home',
		never: ['taihuai'],
	},
	{
		name: 'without a travel limit the nearer of two equal workplaces comes first',
		source: 'docs/matching.md distance factor',
		seeker: {},
		postings: {
			dongye: { place: DONGYE, townshipName: '东冶镇' },
			doucun: { place: DOUCUN, townshipName: '豆村镇' },
			here: {},
		},
		first: 'here',
		then: (v) => expect(texts(v.reasons)).toContain('就在您家附近（台城镇，按乡镇中心估算）'),
	},
	{
		name: 'a rural 公益性岗位 goes to residents of its township only',
		source: 'DOMAIN.md §4 乡村公益性岗位',
		seeker: { townshipCode: '140922101', home: DOUCUN, priorities: ['dibao'] },
		postings: {
			ownRural: {
				postType: 'public_welfare',
				publicWelfareKind: 'rural',
				townshipCode: '140922101',
				townshipName: '豆村镇',
				place: DOUCUN,
				occupationCode: 'X-GYXG',
			},
			otherRural: { postType: 'public_welfare', publicWelfareKind: 'rural' },
		},
		first: 'ownRural',
		never: ['otherRural'],
		then: (v) => expect(codes(v.reasons)).toContain('priority'),
	},
	{
		name: 'an urban 公益性岗位 goes to a confirmed 就业困难人员',
		source: 'DOMAIN.md §4 城镇公益性岗位',
		seeker: { priorities: ['employment_difficulty'] },
		postings: {
			urban: { postType: 'public_welfare', publicWelfareKind: 'urban', payMax: 1900 },
			quota: { payMax: 1900, publishedAt: new Date('2026-10-01T00:00:00Z') },
		},
		first: 'urban',
	},
	{
		name: 'without 就业困难人员认定 an urban 公益性岗位 is not shown',
		source: 'DOMAIN.md §4',
		seeker: {},
		postings: {
			urban: { postType: 'public_welfare', publicWelfareKind: 'urban' },
			quota: {},
		},
		first: 'quota',
		never: ['urban'],
	},
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

describe('matching scenarios (issue 13 §7)', () => {
	it('has at least 30 cases', () => {
		expect(SCENARIOS.length).toBeGreaterThanOrEqual(30);
	});

	it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, sc) => {
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
	});
});
