import {
	HEALTH_MASSAGE_CERTIFICATE,
	MEDICAL_MASSAGE_CERTIFICATE,
	type AbilityItem,
	type DemandLevel,
} from '@ronghe/contracts';
import type { NewPosting } from '../schema/postings.js';
import { POSTING_TEMPLATES, type PostingTemplate, type PostType, type Sector } from './catalog.js';
import { demoPostingContact } from './contacts.js';
import { GENERIC_ACCOMMODATIONS } from './data.js';
import { addDays, DAY_MS, toDateString } from './dates.js';
import type { EmployerRef } from './employers.js';
import { jitter, PLACES, weightedPlace, type Place } from './places.js';
import { createWeighted, type Random } from './random.js';

type Status = NonNullable<NewPosting['status']>;

const POST_TYPES: readonly PostType[] = [
	'quota',
	'public_welfare',
	'blind_medical_massage',
	'blind_health_massage',
	'auxiliary_employment',
	'home_based',
	'rural_support_base',
];
const TYPE_WEIGHTS: Record<PostType, number> = {
	quota: 35,
	public_welfare: 15,
	blind_medical_massage: 6,
	blind_health_massage: 8,
	auxiliary_employment: 8,
	home_based: 14,
	rural_support_base: 14,
};
const statuses = createWeighted<Status>([
	['published', 72],
	['draft', 6],
	['submitted', 7],
	['approved', 2],
	['returned', 2],
	['closed', 6],
	['filled', 5],
]);
const PUBLIC_WELFARE_SECTORS: readonly Sector[] = [
	'township',
	'civil',
	'transport',
	'forest',
	'culture',
];
const SPECIAL_ROLES = new Set([
	'blind_medical_massage',
	'blind_health_massage',
	'auxiliary_employment',
	'rural_support_base',
]);
const placeByCode = new Map(PLACES.map((p) => [p.code, p]));

function hasSector(employer: EmployerRef, sectors: readonly Sector[]): boolean {
	return employer.sectors.some((s) => sectors.includes(s));
}

/** Which approved employers may offer each post type. */
function buildPools(employers: readonly EmployerRef[]): Map<PostType, EmployerRef[]> {
	const approved = employers.filter((e) => e.approved);
	const withRole = (role: string) => approved.filter((e) => e.roles.some((r) => r === role));
	return new Map<PostType, EmployerRef[]>([
		['quota', approved.filter((e) => !e.roles.some((r) => SPECIAL_ROLES.has(r)))],
		[
			'public_welfare',
			approved.filter((e) => e.kind === 'agency' && hasSector(e, PUBLIC_WELFARE_SECTORS)),
		],
		['blind_medical_massage', withRole('blind_medical_massage')],
		['blind_health_massage', withRole('blind_health_massage')],
		['auxiliary_employment', withRole('auxiliary_employment')],
		['home_based', approved.filter((e) => hasSector(e, ['ecommerce', 'callcenter']))],
		['rural_support_base', withRole('rural_support_base')],
	]);
}

function fill(text: string, values: Record<string, string>): string {
	return text.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}

/**
 * Builds postings from the approved employers. The first 17 are public-welfare posts, one in each
 * township, and the next 14 cover every post type twice, so each township and type appears.
 */
export function createPostingFactory(
	rng: Random,
	{ now, employers }: { now: Date; employers: readonly EmployerRef[] },
) {
	const pools = buildPools(employers);
	const types = POST_TYPES.filter((t) => (pools.get(t)?.length ?? 0) > 0);
	if (types.length === 0) throw new Error('no approved employer can offer postings');
	const weightedType = createWeighted(types.map((t) => [t, TYPE_WEIGHTS[t]] as const));
	// the leading postings are forced and published: one per township, then each type twice
	const perTownship = types.includes('public_welfare') ? PLACES.length : 0;
	const guaranteed = perTownship + types.length * 2;

	function chooseEmployer(postType: PostType, township: Place | undefined): EmployerRef {
		const pool = pools.get(postType) ?? [];
		if (postType === 'public_welfare' && township) {
			const local = pool.filter(
				(e) => e.sectors.includes('township') && e.townshipCode === township.code,
			);
			const county = pool.filter((e) => !e.sectors.includes('township'));
			return rng.pick(local.length ? local : county.length ? county : pool);
		}
		return rng.pick(pool);
	}

	function chooseTemplate(postType: PostType, employer: EmployerRef): PostingTemplate {
		const all = POSTING_TEMPLATES.filter((t) => t.postType === postType);
		const fitting = all.filter((t) => hasSector(employer, t.sectors));
		const generic = all.filter((t) => t.sectors.includes('office'));
		return rng.pick(fitting.length ? fitting : generic.length ? generic : all);
	}

	return function makePosting(index: number): NewPosting {
		const id = rng.uuid();
		let postType: PostType;
		let forcedPlace: Place | undefined;
		if (index < perTownship) {
			postType = 'public_welfare';
			forcedPlace = PLACES[index];
		} else if (index < guaranteed) {
			postType = types[(index - perTownship) % types.length] as PostType;
		} else {
			postType = weightedType.pick(rng.next);
		}
		const employer = chooseEmployer(postType, forcedPlace);
		const template = chooseTemplate(postType, employer);
		const home = placeByCode.get(employer.townshipCode) as Place;
		// county bureaus place public-welfare posts in any township; home-based posts recruit
		// wherever people live
		const anywhere =
			(postType === 'public_welfare' && !employer.sectors.includes('township')) ||
			(postType === 'home_based' && rng.chance(0.6));
		const place = forcedPlace ?? (anywhere ? weightedPlace.pick(rng.next) : home);
		const village = rng.pick(place.villages);
		const values = { employer: employer.name, township: place.name, village };

		const fixed = template.fixed ?? 1;
		const optional = template.sentences.slice(fixed).map((_, i) => i + fixed);
		const picked = rng.sample(optional, rng.int(Math.max(0, 2 - fixed), optional.length));
		const description = [...template.sentences.keys()]
			.filter((i) => i < fixed || picked.includes(i))
			.map((i) => fill(template.sentences[i] ?? '', values))
			.join('');
		const inVillage = template.sentences[0]?.includes('{village}') ?? false;
		const where = inVillage ? place.name + village : place.name;
		const title = postType === 'public_welfare' ? `${template.title}（${where}）` : template.title;

		const round100 = (n: number) => Math.round(n / 100) * 100;
		const [payLo, payHi] = template.pay;
		const payMin = payLo === payHi ? payLo : round100(rng.int(payLo, payHi));
		const payMax = Math.min(
			4500,
			payMin + round100(rng.int(template.spread[0], template.spread[1])),
		);

		const extra = rng.sample(
			GENERIC_ACCOMMODATIONS.filter((a) => !template.accommodations.includes(a)),
			rng.int(0, 2),
		);
		const status: Status = index < guaranteed ? 'published' : statuses.pick(rng.next);
		const dates = drawDates(rng, now, status);
		const { latitude, longitude } = jitter(rng, place);
		const headcount = rng.int(template.headcount[0], template.headcount[1]);
		const workModeOf = rng.pick(template.workModes);

		return {
			id,
			employerId: employer.id,
			title,
			description,
			postType,
			occupationCode: template.occupationCode,
			headcount,
			payMin,
			payMax,
			workMode: workModeOf,
			townshipCode: place.code,
			address:
				postType === 'home_based'
					? `居家办公，面向${place.name}招聘（${employer.address}）`
					: place === home && !inVillage
						? employer.address
						: `五台县${place.name}${village}`,
			latitude,
			longitude,
			acceptedCategories: [...template.categories],
			accommodations: [...template.accommodations, ...extra],
			status,
			...dates,
			...details(postType, description, workModeOf, status, index, dates, now),
		};
	};
}

// Job demands by post type, on the seeker ability items of @ronghe/contracts.
const DEMANDS: Record<PostType, Partial<Record<AbilityItem, DemandLevel>>> = {
	quota: { fine_hand: 'desirable', counting: 'desirable', working_alone: 'desirable' },
	public_welfare: { walking: 'essential', outdoor: 'essential', commuting: 'desirable' },
	blind_medical_massage: { fine_hand: 'essential', both_hands: 'essential', speaking: 'desirable' },
	blind_health_massage: { fine_hand: 'essential', both_hands: 'essential', standing: 'desirable' },
	auxiliary_employment: { fine_hand: 'desirable', long_focus: 'desirable' },
	home_based: { computer: 'essential', writing: 'essential', long_focus: 'desirable' },
	rural_support_base: { outdoor: 'essential', walking: 'desirable', lifting: 'desirable' },
};
const CERTIFICATES: Partial<Record<PostType, string[]>> = {
	blind_medical_massage: [MEDICAL_MASSAGE_CERTIFICATE],
	blind_health_massage: [HEALTH_MASSAGE_CERTIFICATE],
};
const HOURS: Record<string, string> = {
	full_time: '每天 8 小时，每周休息 1–2 天',
	part_time: '每天 4 小时左右，时间可商量',
	home_based: '在家工作，每天 4–6 小时，时间自己安排',
	flexible: '时间灵活，按任务结算',
};
// Requirements the inclusion checker flags, as the demo templates write them.
const FLAGGED: readonly [RegExp, string, string][] = [
	[/能吃苦/, 'hardship', '旅游旺季工作量大，需要连续工作'],
	[/普通话清楚/, 'mandarin', ''],
	[/视力正常/, 'vision', '需要目视检查产品外观，单位可提供放大镜'],
];
const RETURN_REASONS = [
	'请写明工作时间和是否缴纳社会保险。',
	'“身体健康”过于笼统，请改为具体的工作要求后再提交。',
	'工资低于本地最低工资标准，请核实后修改。',
];

/** The issue-4 columns: levels, demands, insurance, hours, certificates, terms and review state. */
function details(
	postType: PostType,
	description: string,
	workMode: string,
	status: Status,
	index: number,
	{ createdAt, updatedAt }: { createdAt: Date; updatedAt: Date },
	now: Date,
): Partial<NewPosting> {
	const welfare = postType === 'public_welfare';
	const termStart = toDateString(addDays(createdAt, 7));
	const inclusionFlags = FLAGGED.filter(([re]) => re.test(description)).map(
		([re, code, reason]) => ({
			code,
			phrase: re.source,
			decision: status === 'draft' ? null : reason ? ('essential' as const) : null,
			reason,
		}),
	);
	return {
		acceptedLevels:
			postType === 'auxiliary_employment' ? [1, 2, 3] : welfare ? [1, 2, 3, 4] : [3, 4],
		demands: DEMANDS[postType],
		socialInsurance: /五险/.test(description)
			? '五险'
			: /意外险/.test(description)
				? '意外伤害保险'
				: welfare
					? '工伤保险'
					: '',
		hours: HOURS[workMode] ?? '',
		requiredCertificates: CERTIFICATES[postType] ?? [],
		publicWelfareKind: welfare ? (/城镇/.test(description) ? 'urban' : 'rural') : null,
		fundingSource: welfare
			? /乡村振兴/.test(description)
				? '衔接推进乡村振兴补助资金'
				: '就业补助资金'
			: '',
		termStart: welfare ? termStart : null,
		termEnd: welfare ? toDateString(addDays(addDays(createdAt, 7), 365)) : null,
		familyPriority: welfare,
		...demoPostingContact(index),
		inclusionFlags,
		submittedAt:
			status === 'draft' ? null : addDays(createdAt, 1) < now ? addDays(createdAt, 1) : createdAt,
		returnReason:
			status === 'returned' ? (RETURN_REASONS[index % RETURN_REASONS.length] ?? '') : '',
		closedAt: status === 'closed' || status === 'filled' ? updatedAt : null,
	};
}

/** Publication, closing and creation dates consistent with the status, relative to `now`. */
function drawDates(rng: Random, now: Date, status: Status) {
	const minutes = (min: number, max: number) =>
		new Date(now.getTime() - rng.int(min, max) * 60_000);
	if (status === 'published') {
		const publishedAt = minutes(30, 60 * 24 * 60);
		const createdAt = new Date(
			publishedAt.getTime() - rng.int(1, 7) * DAY_MS - rng.int(0, 600) * 60_000,
		);
		const closingDate = rng.chance(0.85) ? toDateString(addDays(now, rng.int(10, 90))) : null;
		return { publishedAt, closingDate, createdAt, updatedAt: publishedAt };
	}
	if (status === 'closed' || status === 'filled') {
		const publishedAt = minutes(61 * 24 * 60, 180 * 24 * 60);
		const createdAt = addDays(publishedAt, -rng.int(1, 7));
		const closed = Math.min(
			addDays(publishedAt, rng.int(20, 50)).getTime(),
			addDays(now, -1).getTime(),
		);
		return {
			publishedAt,
			closingDate: toDateString(new Date(closed)),
			createdAt,
			updatedAt: new Date(closed),
		};
	}
	const createdAt = minutes(60, 20 * 24 * 60);
	return {
		publishedAt: null,
		closingDate: toDateString(addDays(now, rng.int(30, 120))),
		createdAt,
		updatedAt: createdAt,
	};
}
