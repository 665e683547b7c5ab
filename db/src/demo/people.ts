import { maskIdentifier, type FieldCipher } from '../crypto.js';
import type { NewPerson } from '../schema/people.js';
import {
	CATEGORY_WEIGHTS,
	COMMON_SKILLS,
	EDUCATION,
	GIVEN_NAMES,
	LEVEL_WEIGHTS,
	MOBILE_PREFIXES,
	OTHER_REGIONS,
	SKILLS_BY_CATEGORY,
	SURNAMES,
} from './data.js';
import { addDays, cstDate, cstParts, DAY_MS, toDateString } from './dates.js';
import { makeCertificateNumber, makeIdNumber } from './ids.js';
import { isCountySeat, PLACES, weightedPlace, type Place } from './places.js';
import { createWeighted, type Random } from './random.js';

type Sex = 'male' | 'female';
type EmploymentForm = NonNullable<NewPerson['employmentForm']>;

const surnames = createWeighted(SURNAMES);
const categories = createWeighted(CATEGORY_WEIGHTS);
const levels = createWeighted(LEVEL_WEIGHTS);
const education = createWeighted(EDUCATION);
const ageBands = createWeighted<readonly [number, number]>([
	[[16, 29], 14],
	[[30, 44], 30],
	[[45, 59], 46],
	[[60, 75], 10],
]);

/** 就业形式 of employed people, by 残疾类别 (massage for blind people, auxiliary work for 智力/精神). */
const formsBlind = createWeighted<EmploymentForm>([
	['concentrated', 35],
	['self_employed', 30],
	['flexible', 15],
	['public_welfare', 10],
	['rural_farming', 10],
]);
const formsSheltered = createWeighted<EmploymentForm>([
	['auxiliary', 45],
	['rural_farming', 25],
	['public_welfare', 15],
	['flexible', 15],
]);
const formsOther = createWeighted<EmploymentForm>([
	['quota', 20],
	['rural_farming', 30],
	['flexible', 20],
	['self_employed', 12],
	['public_welfare', 10],
	['concentrated', 8],
]);
const EMPLOYMENT_RATE: Record<number, number> = { 1: 0.15, 2: 0.25, 3: 0.38, 4: 0.42 };

/** Address codes in the ID number; the index is part of the uniqueness key. */
const REGIONS = ['140922', '140971', ...OTHER_REGIONS] as const;
const EPOCH = cstDate(1900, 1, 1).getTime();

export function makeFullName(rng: Random, sex: Sex, birthYear: number): string {
	const older = birthYear < 1985 ? !rng.chance(0.15) : rng.chance(0.15);
	const pool = GIVEN_NAMES[sex][older ? 'older' : 'younger'];
	return surnames.pick(rng.next) + rng.pick(pool);
}

/** An 11-digit mobile number: well-formed, invented. */
export function makeMobile(rng: Random): string {
	return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

export type PersonFactoryContext = { now: Date; cipher: FieldCipher };

/**
 * Builds people one at a time from the stream. The first 28 cover every category × level and the
 * first 17 every township, so any run of at least 28 people shows the whole range. ID numbers are
 * kept unique by a set of small integers (about 30 MB per million people).
 */
export function createPersonFactory(rng: Random, { now, cipher }: PersonFactoryContext) {
	const used = new Set<number>();
	const today = cstParts(now);

	function drawIdNumber(place: Place, sex: Sex, birth: Date): { idNumber: string; birth: Date } {
		const region =
			place.countyCode === '140971'
				? rng.chance(0.5)
					? '140971'
					: '140922'
				: rng.chance(0.92)
					? '140922'
					: rng.pick(OTHER_REGIONS);
		const regionIndex = REGIONS.indexOf(region as (typeof REGIONS)[number]);
		let day = birth;
		for (let attempt = 0; ; attempt++) {
			if (attempt > 0 && attempt % 20 === 0) day = addDays(day, -1);
			const k = rng.int(sex === 'male' ? 0 : 1, 499);
			const sequence = sex === 'male' ? 2 * k + 1 : 2 * k;
			const dayIndex = Math.round((day.getTime() - EPOCH) / DAY_MS);
			const key = (regionIndex * 60_000 + dayIndex) * 1000 + sequence;
			if (used.has(key)) continue;
			used.add(key);
			return {
				idNumber: makeIdNumber({ region, birthDate: toDateString(day), sequence }),
				birth: day,
			};
		}
	}

	return function makePerson(index: number): NewPerson {
		const id = rng.uuid();
		const place = index < PLACES.length ? (PLACES[index] as Place) : weightedPlace.pick(rng.next);
		const category = index < 28 ? Math.floor(index / 4) + 1 : categories.pick(rng.next);
		const level = index < 28 ? (index % 4) + 1 : levels.pick(rng.next);
		const sex: Sex = rng.chance(0.56) ? 'male' : 'female';
		const [minAge, maxAge] = ageBands.pick(rng.next);
		const age = rng.int(minAge, maxAge);
		// a birthday 1–364 days before today's date `age` years ago, so the age is exactly `age`
		const born = cstDate(today.year - age, today.month, today.day - rng.int(1, 364));
		const { idNumber, birth } = drawIdNumber(place, sex, born);
		const certificate = makeCertificateNumber(idNumber, category, level);
		// third-generation certificates are valid for 10 years; some in the registry have lapsed
		const issued = addDays(now, -rng.int(0, 4000));
		const validUntil = cstDate(
			cstParts(issued).year + 10,
			cstParts(issued).month,
			cstParts(issued).day,
		);

		let edu = education.pick(rng.next);
		if (age >= 50 && (edu === '大专' || edu === '本科') && rng.chance(0.7)) edu = '初中';
		if (age < 19 && (edu === '大专' || edu === '本科')) edu = '高中/中专';
		const employed = rng.chance((EMPLOYMENT_RATE[level] ?? 0.3) * (age >= 60 ? 0.3 : 1));
		const forms =
			category === 1 ? formsBlind : category === 5 || category === 6 ? formsSheltered : formsOther;
		const registered = addDays(now, -rng.int(1, 1100));

		return {
			id,
			fullName: makeFullName(rng, sex, cstParts(birth).year),
			sex,
			birthDate: toDateString(birth),
			idNumberEnc: cipher.encrypt(idNumber),
			idNumberHash: cipher.hash(idNumber),
			idNumberMasked: maskIdentifier(idNumber),
			certificateNumberEnc: cipher.encrypt(certificate),
			certificateValidUntil: toDateString(validUntil),
			category,
			level,
			townshipCode: place.code,
			village: rng.pick(place.villages),
			education: edu,
			phone: rng.chance(0.92) ? makeMobile(rng) : '',
			householdType: rng.chance(isCountySeat(place) ? 0.45 : 0.85)
				? 'agricultural'
				: 'non_agricultural',
			employmentStatus: employed ? 'employed' : 'unemployed',
			employmentForm: employed ? forms.pick(rng.next) : null,
			skills: drawSkills(rng, category),
			createdAt: registered,
			updatedAt: registered,
		};
	};
}

function drawSkills(rng: Random, category: number): string[] {
	const n = rng.weighted([
		[0, 15],
		[1, 35],
		[2, 35],
		[3, 15],
	] as const);
	const pool = [...(SKILLS_BY_CATEGORY[category] ?? []), ...COMMON_SKILLS].filter(
		(s) => !(category === 1 && s === '驾驶'),
	);
	return rng.sample([...new Set(pool)], n);
}
