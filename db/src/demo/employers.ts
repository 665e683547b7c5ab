import type { NewEmployer } from '../schema/employers.js';
import {
	EMPLOYERS,
	type EmployerKind,
	type EmployerRole,
	type EmployerSeed,
	type Sector,
} from './catalog.js';
import { LANDLINE_PREFIX } from './data.js';
import { addDays } from './dates.js';
import { makeUscc, USCC_CHARSET } from './ids.js';
import { makeFullName, makeMobile } from './people.js';
import { makeAddress, placeByName, weightedPlace, type Place } from './places.js';
import { createWeighted, type Random } from './random.js';

/** What the posting generator needs to know about an inserted employer. */
export type EmployerRef = {
	id: string;
	name: string;
	kind: EmployerKind;
	roles: readonly EmployerRole[];
	sectors: readonly Sector[];
	townshipCode: string;
	address: string;
	approved: boolean;
};

/** USCC 登记管理部门 + 机构类别 by kind (docs/domain.md#uscc). */
const USCC_PREFIX: Record<EmployerKind, string> = {
	agency: '11',
	institution: '12',
	state_owned: '91',
	private: '91',
	individual_business: '92',
	social_organization: '52',
};

const BRAND_CHARS = [...'鑫盛源丰华泰瑞恒通达晋兴隆宏昌福康和顺佳新永金益嘉乐安明润祥'];
const SUBJECT_CHARS = [...USCC_CHARSET];

type Part = readonly [word: string, sectors: readonly Sector[]];

/**
 * Employers beyond the catalogue (scale runs). `{t}` is the township, `{b}` a two-character
 * brand and `{p}` a word drawn from `parts`, which also sets the sectors.
 */
type Archetype = Omit<EmployerSeed, 'township' | 'name' | 'sectors'> & {
	pattern: string;
	parts: readonly Part[];
	weight: number;
};

// prettier-ignore
const ARCHETYPES: readonly Archetype[] = [
	{ weight: 50, pattern: '五台县{b}{p}有限公司', kind: 'private', description: '民营企业。', parts: [['农产品加工', ['food', 'packaging', 'warehouse']], ['电子商务', ['ecommerce', 'office', 'callcenter']], ['物流', ['logistics', 'warehouse']], ['服装', ['garment']], ['商贸', ['retail', 'warehouse']], ['酒店管理', ['hotel']], ['餐饮管理', ['hotel', 'food']], ['家政服务', ['homecare']], ['包装制品', ['packaging']], ['信息技术', ['office', 'callcenter']]] },
	{ weight: 22, pattern: '五台县{t}{b}{p}', kind: 'individual_business', description: '个体工商户。', parts: [['便利店', ['retail']], ['超市', ['retail']], ['饭店', ['hotel', 'food']], ['农家乐', ['hotel']], ['面馆', ['food']], ['汽车修理部', ['retail']]] },
	{ weight: 3, pattern: '五台县{b}盲人保健按摩店', kind: 'individual_business', roles: ['blind_health_massage'], description: '盲人保健按摩店。', parts: [['', ['massage']]] },
	{ weight: 1, pattern: '五台县{b}盲人医疗按摩所', kind: 'individual_business', roles: ['blind_medical_massage'], description: '盲人医疗按摩所。', parts: [['', ['massage']]] },
	{ weight: 5, pattern: '五台县{t}{b}{p}专业合作社', kind: 'private', usccPrefix: '93', roles: ['rural_support_base'], description: '农民专业合作社，残疾人就业帮扶基地。', parts: [['蔬菜种植', ['greenhouse']], ['食用菌种植', ['mushroom']], ['养殖', ['livestock']], ['小杂粮', ['grain']]] },
	{ weight: 2, pattern: '五台县{t}{b}家庭农场', kind: 'private', roles: ['rural_support_base'], description: '家庭农场，残疾人就业帮扶基地。', parts: [['', ['grain', 'livestock']]] },
	{ weight: 2, pattern: '五台县{t}{b}辅助性就业服务中心', kind: 'social_organization', roles: ['auxiliary_employment'], description: '辅助性就业机构。', parts: [['', ['auxiliary']]] },
	{ weight: 6, pattern: '五台县{t}{p}', kind: 'institution', staff: [10, 60], description: '乡镇事业单位。', parts: [['卫生院', ['medical']], ['中心学校', ['school']], ['便民服务中心', ['office']]] },
	{ weight: 2, pattern: '{t}人民政府', kind: 'agency', staff: [30, 70], description: '乡镇人民政府。', parts: [['', ['township', 'office']]] },
	{ weight: 2, pattern: '五台县{b}投资开发有限公司', kind: 'state_owned', description: '县属国有企业。', parts: [['', ['office', 'warehouse']]] },
	{ weight: 2, pattern: '五台县{b}志愿服务协会', kind: 'social_organization', usccPrefix: '51', description: '社会团体。', parts: [['', ['office']]] },
];
const archetypes = createWeighted(ARCHETYPES.map((a) => [a, a.weight] as const));

function inventEmployer(rng: Random, place: Place): EmployerSeed {
	const { pattern, parts, weight: _weight, ...rest } = archetypes.pick(rng.next);
	const [word, sectors] = rng.pick(parts);
	const brand = rng.sample(BRAND_CHARS, 2).join('');
	const name = pattern.replace('{t}', place.name).replace('{b}', brand).replace('{p}', word);
	return { ...rest, name, sectors, township: place.name };
}

/** Builds employers: the catalogue first, in order, then invented ones. */
export function createEmployerFactory(rng: Random, { now }: { now: Date }) {
	const usedUscc = new Set<string>();

	function drawUscc(prefix: string, region: string): string {
		for (;;) {
			const subject = /^9/.test(prefix)
				? 'MA0' + Array.from({ length: 5 }, () => rng.pick(SUBJECT_CHARS)).join('')
				: String(rng.int(0, 99_999_999)).padStart(8, '0');
			const code = makeUscc({ prefix, region, subject });
			if (!usedUscc.has(code)) {
				usedUscc.add(code);
				return code;
			}
		}
	}

	return function makeEmployer(index: number): { row: NewEmployer; ref: EmployerRef } {
		const id = rng.uuid();
		let seed: EmployerSeed;
		let place: Place;
		if (index < EMPLOYERS.length) {
			seed = EMPLOYERS[index] as EmployerSeed;
			place = placeByName(seed.township);
		} else {
			place = weightedPlace.pick(rng.next);
			seed = inventEmployer(rng, place);
		}
		const status: NewEmployer['status'] =
			index < EMPLOYERS.length
				? seed.pending
					? 'pending'
					: 'approved'
				: rng.weighted([
						['approved', 94],
						['pending', 5],
						['rejected', 1],
					] as const);
		const isPublic = seed.kind === 'agency' || seed.kind === 'institution';
		const address = makeAddress(rng, place);
		const daysAgo = rng.int(30, 900);
		// a registration still waiting for review is recent: staff answer within two weeks
		// (derived, not drawn, so the rest of the demo stays as it was)
		const registered = addDays(now, -(status === 'pending' ? 1 + (daysAgo % 14) : daysAgo));
		const row: NewEmployer = {
			id,
			name: seed.name,
			uscc: drawUscc(seed.usccPrefix ?? USCC_PREFIX[seed.kind], place.countyCode),
			kind: seed.kind,
			roles: [...(seed.roles ?? [])],
			authorizedStaff: isPublic && seed.staff ? rng.int(seed.staff[0], seed.staff[1]) : null,
			// 中小学、幼儿园 are left out of the ≥67 placement target; a vocational school is not one
			schoolOrKindergarten:
				seed.kind === 'institution' &&
				seed.sectors.includes('school') &&
				!seed.name.includes('职业'),
			townshipCode: place.code,
			address,
			contactName: makeFullName(rng, rng.chance(0.5) ? 'male' : 'female', 1970 + rng.int(0, 30)),
			contactPhone: isPublic
				? LANDLINE_PREFIX + String(rng.int(0, 999_999)).padStart(6, '0')
				: makeMobile(rng),
			description: seed.description,
			status,
			createdAt: registered,
			updatedAt: registered,
		};
		const ref: EmployerRef = {
			id,
			name: seed.name,
			kind: seed.kind,
			roles: seed.roles ?? [],
			sectors: seed.sectors,
			townshipCode: place.code,
			address,
			approved: status === 'approved',
		};
		return { row, ref };
	};
}
