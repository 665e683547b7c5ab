import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { maskIdentifier, type FieldCipher } from '../crypto.js';
import {
	people,
	personCertificates,
	type NewPerson,
	type NewPersonCertificate,
} from '../schema/people.js';
import { demoSeekerPerson } from './accounts.js';
import { addDays } from './dates.js';
import type { Random } from './random.js';

/**
 * Demo certificate records (issue 13 §1): the massage postings must have certified candidates, so
 * many blind seekers hold 盲人医疗按摩 or 保健按摩师 certificates, and the person the demo seeker
 * login acts as (a blind seeker) always holds a valid 盲人医疗按摩人员从事医疗按摩资格证书. Some
 * 健康证 have expired, so the “expired ones do not count” rule shows in the demo. Also records the
 * components of 多重残疾.
 */
export function makeDemoCertificates(
	rng: Random,
	person: NewPerson,
	{ now, cipher }: { now: Date; cipher: FieldCipher },
): NewPersonCertificate[] {
	const out: NewPersonCertificate[] = [];
	const add = (
		kind: string,
		issuedDaysAgo: number,
		validDays: number | null,
		numbered: boolean,
	) => {
		const number = numbered
			? `${kind === 'blind_medical_massage' ? 'YA' : 'BJ'}${rng.int(10_000_000, 99_999_999)}`
			: null;
		out.push({
			personId: person.id!,
			kind,
			numberEnc: number ? cipher.encrypt(number) : null,
			numberMasked: number ? maskIdentifier(number) : '',
			issuedOn: day(addDays(now, -issuedDaysAgo)),
			validUntil: validDays === null ? null : day(addDays(now, validDays - issuedDaysAgo)),
		});
	};
	if (person.category === 1) {
		if (rng.chance(0.35)) add('blind_medical_massage', rng.int(100, 3000), null, true);
		if (rng.chance(0.45))
			add(
				rng.pick(['health_massage_junior', 'health_massage_intermediate', 'health_massage_senior']),
				rng.int(100, 3000),
				null,
				true,
			);
	} else if (rng.chance(0.25)) {
		add(
			rng.pick(['health_certificate', 'domestic_service', 'driving_licence']),
			rng.int(30, 800),
			365,
			false,
		);
	}
	return out;
}

/** The demo seeker wishes for massage work: 盲人医疗按摩 first, then 保健按摩. */
export const DEMO_SEEKER_WISHES = ['X-YLMA', '4-10-04-02'];

/**
 * What the demo seeker, a blind masseur, answered of the ability items; the rest is left
 * unanswered (未填写), as many real profiles are.
 */
const DEMO_SEEKER_ABILITY = {
	seeing: 0,
	hearing: 2,
	speaking: 2,
	fine_hand: 2,
	both_hands: 2,
	standing: 2,
	customer_contact: 2,
};

/**
 * Gives the demo seeker login's person a valid 盲人医疗按摩 certificate unless they hold one, and
 * the profile of a blind masseur looking for full-time massage work (occupation wishes, work mode,
 * the ability items such a seeker answers), so their recommendations show massage postings first.
 */
export async function certifyDemoSeeker(
	db: Db,
	{ now, cipher }: { now: Date; cipher: FieldCipher },
) {
	const person = await demoSeekerPerson(db);
	if (!person) return;
	await db
		.update(people)
		.set({
			desiredOccupations: DEMO_SEEKER_WISHES,
			desiredOccupationsNote: '',
			desiredWorkModes: ['full_time'],
			ability: DEMO_SEEKER_ABILITY,
		})
		.where(eq(people.id, person.id));
	const held = await db
		.select({ id: personCertificates.id })
		.from(personCertificates)
		.where(
			and(
				eq(personCertificates.personId, person.id),
				eq(personCertificates.kind, 'blind_medical_massage'),
			),
		);
	if (held.length) return;
	const number = 'YA20190315';
	await db.insert(personCertificates).values({
		personId: person.id,
		kind: 'blind_medical_massage',
		numberEnc: cipher.encrypt(number),
		numberMasked: maskIdentifier(number),
		issuedOn: day(addDays(now, -900)),
		validUntil: null,
	});
}

/** Components of 多重残疾: two different categories of 1–6. */
export function drawComponents(rng: Random): number[] {
	const first = rng.int(1, 6);
	let second = rng.int(1, 5);
	if (second >= first) second += 1;
	return [first, second].sort((a, b) => a - b);
}

const day = (d: Date) => d.toISOString().slice(0, 10);
