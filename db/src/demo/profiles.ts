import { ABILITY_ITEM_CODES, WORK_MODES, WORKPLACE_ACCESSIBILITY_CODES } from '@ronghe/contracts';
import type { NewEmployer } from '../schema/employers.js';
import type { NewPerson, Passport } from '../schema/people.js';
import { cstParts } from './dates.js';
import type { Random } from './random.js';

/**
 * Profile details layered on the demo people and employers from their own random streams, so the
 * base rows (names, numbers, townships) stay exactly as they were. Codes come from the lists in
 * @ronghe/contracts (profile-codes.ts), the same ones the forms and the API check.
 */

type Limits = Partial<Record<string, readonly [severe: number, mild: number]>>;
// per 残疾类别: the ability items it usually limits; severe = 一/二级, mild = 三/四级 (0/1/2 scale)
const LIMITS: Record<number, Limits> = {
	1: {
		seeing: [0, 1],
		reading: [0, 1],
		writing: [1, 1],
		computer: [1, 2],
		commuting: [1, 1],
		heights: [0, 1],
	},
	2: { hearing: [0, 1], speaking: [1, 1], customer_contact: [1, 1], noise: [1, 2] },
	3: { speaking: [0, 1], customer_contact: [1, 1] },
	4: {
		standing: [0, 1],
		walking: [0, 1],
		lifting: [0, 1],
		heights: [0, 0],
		commuting: [1, 1],
		outdoor: [1, 1],
	},
	5: {
		reading: [0, 1],
		writing: [0, 1],
		counting: [0, 1],
		computer: [0, 1],
		working_alone: [1, 1],
		fast_pace: [0, 1],
		long_focus: [1, 1],
	},
	6: {
		noise: [0, 1],
		fast_pace: [0, 1],
		night_shift: [0, 1],
		customer_contact: [1, 1],
		long_focus: [1, 2],
	},
};

const NEEDS: Record<number, readonly string[]> = {
	1: ['screen_reader', 'large_print', 'written_instructions', 'transport', 'guide_dog'],
	2: ['captions', 'sign_interpreter', 'written_instructions'],
	3: ['written_instructions', 'extra_time'],
	4: ['step_free', 'accessible_toilet', 'accessible_parking', 'transport', 'rest_breaks'],
	5: ['job_coach', 'written_instructions', 'extra_time'],
	6: ['quiet_space', 'rest_breaks', 'flexible_hours'],
};
const CONTACT: Record<number, readonly (readonly [string[], number])[]> = {
	1: [
		[['phone'], 6],
		[['phone', 'sms'], 3],
		[['family_contact'], 1],
	],
	2: [
		[['text_only'], 5],
		[['sms'], 3],
		[['sign_language', 'sms'], 2],
	],
	3: [
		[['text_only'], 6],
		[['sms'], 4],
	],
	4: [
		[['phone'], 5],
		[['phone', 'sms'], 4],
		[['sms'], 1],
	],
	5: [
		[['family_contact'], 6],
		[['phone'], 4],
	],
	6: [
		[['sms'], 4],
		[['phone'], 4],
		[['family_contact'], 2],
	],
};
/** Occupation wishes by category: codes of db/src/reference/occupations.ts. */
const OCCUPATIONS: Record<number, readonly string[]> = {
	1: ['4-10-04-02', 'X-YLMA', '4-04-05-03'],
	2: ['4-01-02-02', 'X-SJLR', 'X-SGBZ', 'X-BZG', 'X-MDS'],
	3: ['X-SJLR', 'X-SGBZ', '4-02-06-01', 'X-NYG'],
	4: ['4-01-02-02', 'X-SJLR', 'X-SGBZ', 'X-SYY', 'X-NYG', 'X-JCSY'],
	5: ['X-FZXJY', 'X-BJY', 'X-BZG', 'X-NYG'],
	6: ['X-FZXJY', 'X-BJY', 'X-NYG', 'X-BZG'],
};
/** What some seekers write beside the list (其他想法). */
const WISH_NOTES = ['', '', '', '调律师', '想学做电商美工', '离家近就行'];
const CERTIFICATES = [
	'保健按摩师（初级）',
	'电子商务师（四级）',
	'中式面点师（五级）',
	'育婴员',
	'手工编织培训结业证',
];

export type ProfileExtras = Pick<
	NewPerson,
	| 'certificateValidFrom'
	| 'unemployedReason'
	| 'employedSince'
	| 'trainingCertificates'
	| 'desiredOccupations'
	| 'desiredOccupationsNote'
	| 'desiredWorkModes'
	| 'expectedPayMin'
	| 'maxTravelKm'
	| 'ability'
	| 'passport'
	| 'disclosure'
	| 'source'
> & { sharesWithEmployers: boolean };

/** Profile fields for one demo person, drawn from the `profiles` stream. */
export function makeProfileExtras(rng: Random, p: NewPerson, now: Date): ProfileExtras {
	const category = p.category;
	const severe = p.level <= 2;
	const age = cstParts(now).year - Number(p.birthDate.slice(0, 4));
	const cats = category === 7 ? rng.sample([1, 2, 4, 5, 6], 2) : [category];

	const ability: Record<string, number> = {};
	if (rng.chance(0.75)) {
		for (const item of ABILITY_ITEM_CODES) ability[item] = 2;
		for (const c of cats)
			for (const [item, limit] of Object.entries(LIMITS[c] ?? {}))
				if (limit) ability[item] = Math.min(ability[item] ?? 2, severe ? limit[0] : limit[1]);
		if (age >= 55) ability.lifting = Math.min(ability.lifting ?? 2, 1);
	}

	const needPool = [...new Set(cats.flatMap((c) => NEEDS[c] ?? []))];
	const largeText = cats.includes(1) && !severe && rng.chance(0.6);
	const passport: Passport | null = rng.chance(0.7)
		? {
				preferredContact: rng.weighted(CONTACT[cats[0] as number] ?? CONTACT[4]!),
				needs: rng.sample(needPool, rng.int(1, Math.min(3, needPool.length))),
				otherNeeds: '',
				largeText,
				highContrast: largeText && rng.chance(0.4),
			}
		: null;

	const disclosure = rng.weighted([
		['on_apply', 50],
		['summary', 35],
		['full', 15],
	] as const);
	const employed = p.employmentStatus === 'employed';
	const validUntil = p.certificateValidUntil;
	return {
		certificateValidFrom: validUntil
			? `${Number(validUntil.slice(0, 4)) - 10}${validUntil.slice(4)}`
			: null,
		unemployedReason: employed
			? null
			: age < 22 && rng.chance(0.5)
				? 1
				: age >= 60
					? 2
					: rng.weighted([
							[4, 35],
							[5, severe ? 30 : 10],
							[3, 10],
							[7, 15],
						] as const),
		employedSince: employed
			? `${cstParts(now).year - rng.int(0, 5)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`
			: null,
		trainingCertificates: rng.chance(0.2) ? rng.sample(CERTIFICATES, rng.int(1, 2)) : [],
		desiredOccupations: rng.sample(
			OCCUPATIONS[cats[0] as number] ?? OCCUPATIONS[4]!,
			rng.int(1, 2),
		),
		desiredOccupationsNote: rng.pick(WISH_NOTES),
		desiredWorkModes: rng.sample(WORK_MODES, rng.int(1, 2)),
		expectedPayMin: rng.int(16, 35) * 100,
		maxTravelKm: rng.pick([3, 5, 10, 20, 50]),
		ability,
		passport,
		disclosure,
		source: rng.weighted([
			['staff', 55],
			['import', 40],
			['self', 5],
		] as const),
		sharesWithEmployers: disclosure !== 'on_apply',
	};
}

/** Workplace checklist and licence details for one demo employer, from the `employer_profiles` stream. */
export function makeEmployerExtras(
	rng: Random,
	e: NewEmployer,
	now: Date,
): Pick<NewEmployer, 'accessibility' | 'licenceNumber' | 'licenceValidUntil'> {
	const base: string[] = rng.sample(WORKPLACE_ACCESSIBILITY_CODES, rng.int(0, 5));
	if (e.roles?.includes('auxiliary_employment') || e.roles?.includes('welfare_enterprise'))
		base.push('step_free_entrance', 'accessible_toilet', 'flexible_hours');
	if (e.roles?.includes('blind_medical_massage') || e.roles?.includes('blind_health_massage'))
		base.push('tactile_paths', 'step_free_entrance');
	const medical = e.roles?.includes('blind_medical_massage') ?? false;
	return {
		accessibility: WORKPLACE_ACCESSIBILITY_CODES.filter((c) => base.includes(c)),
		licenceNumber: medical
			? `PDY${String(rng.int(10_000_000, 99_999_999))}140922${rng.int(10, 99)}`
			: '',
		licenceValidUntil: medical ? `${cstParts(now).year + rng.int(1, 4)}-12-31` : null,
	};
}
