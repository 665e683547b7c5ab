import { disabledGraduates, referrals } from '@ronghe/db/schema';
import { createPersonRow } from '../fixtures/factories.js';
import {
	A,
	NOT_TOWN_A,
	person,
	privateList,
	privateRead,
	privateWrite,
	type Entry,
	type World,
} from './tenants.js';

/*
 * The access-matrix entries of 转介 and the 残疾人大学生 list (issue 15 §3): staff only, and
 * township staff only for their own township's people. access-matrix.ts spreads them into MATRIX.
 */

const made = new WeakMap<World, { referral: string; graduate: string }>();

/** An open referral and a graduate entry of person A (township A). */
async function recordsOf(w: World) {
	const known = made.get(w);
	if (known) return known;
	const [r] = await w.db
		.insert(referrals)
		.values({
			personId: w.personA.id,
			fromKind: 'special_school',
			fromName: '五台县特殊教育学校',
			toKind: 'service',
			toName: '县康复中心',
		})
		.returning();
	const [g] = await w.db
		.insert(disabledGraduates)
		.values({
			personId: w.personA.id,
			school: '山西大学',
			degree: 'bachelor',
			graduationYear: 2024,
		})
		.returning();
	const ids = { referral: r!.id, graduate: g!.id };
	made.set(w, ids);
	return ids;
}

/** A graduate entry of a new person of township A, for writes that use it up. */
async function freshGraduate(w: World) {
	const p = await createPersonRow(w.db, { townshipCode: A });
	const [g] = await w.db
		.insert(disabledGraduates)
		.values({ personId: p.id, school: '太原理工大学', degree: 'master', graduationYear: 2023 })
		.returning();
	return g!.id;
}

export const REFERRALS_MATRIX: Record<string, Entry> = {
	listReferrals: {
		resource: 'referrals (township staff see their own township’s people)',
		check: async (w, h) => {
			const { referral } = await recordsOf(w);
			await h.others(['anonymous', 'emp1', 'seek1'], { method: 'GET', url: '/api/referrals' });
			await privateList('townA', ['townB'], '/api/referrals', () => referral)(w, h);
		},
	},
	createReferral: {
		resource: 'referral (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: '/api/referrals',
			payload: {
				personId: w.personA.id,
				fromKind: 'service_agency',
				fromName: '县托养中心',
				toKind: 'service',
				toName: '县康复中心',
			},
		})),
	},
	getReferral: {
		resource: 'referral (township of the person)',
		check: async (w, h) => {
			const { referral } = await recordsOf(w);
			await privateRead('townA', NOT_TOWN_A, () => `/api/referrals/${referral}`)(w, h);
		},
	},
	addReferralUpdate: {
		resource: 'referral (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `/api/referrals/${(await recordsOf(w)).referral}/updates`,
			payload: { status: 'in_progress', note: '已约好面谈' },
		})),
	},
	listPersonReferrals: {
		resource: 'a person’s referrals (township of the person)',
		check: privateRead('townA', NOT_TOWN_A, (w) => `${person(w)}/referrals`),
	},
	listGraduates: {
		resource: 'graduates (township staff see their own township’s people)',
		check: async (w, h) => {
			const { graduate } = await recordsOf(w);
			await h.others(['anonymous', 'emp1', 'seek1'], { method: 'GET', url: '/api/graduates' });
			await privateList('townA', ['townB'], '/api/graduates', () => graduate)(w, h);
		},
	},
	createGraduate: {
		resource: 'graduate entry (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: '/api/graduates',
			payload: {
				personId: (await createPersonRow(w.db, { townshipCode: A })).id,
				school: '山西师范大学',
				degree: 'bachelor',
				graduationYear: 2025,
			},
		})),
	},
	getGraduate: {
		resource: 'graduate entry (township of the person)',
		check: async (w, h) => {
			const { graduate } = await recordsOf(w);
			await privateRead('townA', NOT_TOWN_A, () => `/api/graduates/${graduate}`)(w, h);
		},
	},
	updateGraduate: {
		resource: 'graduate entry (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'PUT',
			url: `/api/graduates/${(await recordsOf(w)).graduate}`,
			payload: { school: '山西大学', degree: 'bachelor', graduationYear: 2024, major: '会计学' },
		})),
	},
	deleteGraduate: {
		resource: 'graduate entry (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'DELETE',
			url: `/api/graduates/${await freshGraduate(w)}`,
		})),
	},
};
