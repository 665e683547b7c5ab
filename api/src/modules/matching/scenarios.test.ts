import { describe, expect, it } from 'vitest';
import {
	blindMasseur,
	checkScenario,
	codes,
	deaf,
	DONGYE,
	DOUCUN,
	intellectual,
	massageHealth,
	massageMedical,
	phoneHome,
	TAIHUAI,
	texts,
	TODAY,
	wheelchair,
	type Scenario,
} from './scenarios.fixtures.js';
import { heldKinds } from './vocabulary.js';

/**
 * The scenario set of issue 13 §7 (with scenarios-fit.test.ts): each case is a seeker and a few
 * postings written as data, taken from DOMAIN.md / PRODUCT.md, and says which posting ranks first
 * and which must never be shown. engine.test.ts keeps the rule-by-rule cases. This half: who may
 * take a posting at all — certificates, access, hearing, intellectual disability, distance,
 * 公益性岗位.
 */
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
];

describe('matching scenarios: who may take a posting (issue 13 §7)', () => {
	it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, sc) => checkScenario(sc));
});
