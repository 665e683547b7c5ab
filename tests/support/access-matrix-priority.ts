import { idNumberCheckChar, type CertificateList, type PriorityRecords } from '@ronghe/contracts';
import {
	NOT_SEEK1,
	NOT_TOWN_A,
	person,
	privateList,
	privateRead,
	privateWrite,
	type Actor,
	type Entry,
	type Helpers,
	type World,
} from './tenants.js';

/*
 * The access-matrix entries of priority statuses, family members and certificates (issue 13 §1):
 * a seeker's own under /api/me, staff of the person's township under /api/people/:id.
 * access-matrix.ts spreads them into MATRIX; the same rules as there.
 */

const ME = '/api/me/priority';
const seekerPerson = (w: World) => `/api/people/${w.s1Person.id}`;
let seq = 0;
const familyMember = () => {
	seq += 1;
	const first17 = `14092219800101${String(seq).padStart(3, '0')}`;
	return {
		fullName: '家属',
		relation: 'parent',
		idNumber: `${first17}${idNumberCheckChar(first17)}`,
	};
};

/** A fresh status of `who` (a seeker: pending; staff: confirmed), after clearing the old ones. */
async function statusOf(h: Helpers, who: Actor, base: string): Promise<string> {
	const before = (await h.call(who, { method: 'GET', url: base })).json() as PriorityRecords;
	for (const s of before.statuses)
		await h.call(who, { method: 'DELETE', url: `${base}/statuses/${s.id}` });
	const res = await h.owner(who, {
		method: 'POST',
		url: `${base}/statuses`,
		payload: { kind: 'minimum_living' },
	});
	return (res.json() as PriorityRecords).statuses[0]!.id;
}

async function familyOf(h: Helpers, who: Actor, base: string): Promise<string> {
	const res = await h.owner(who, {
		method: 'POST',
		url: `${base}/family`,
		payload: familyMember(),
	});
	return (res.json() as PriorityRecords).familyMembers.at(-1)!.id;
}

async function certificateOf(h: Helpers, who: Actor, url: string): Promise<string> {
	const res = await h.owner(who, { method: 'POST', url, payload: { kind: 'health_certificate' } });
	return (res.json() as CertificateList).items.at(-1)!.id;
}

export const PRIORITY_MATRIX: Record<string, Entry> = {
	getMyPriority: {
		resource: 'priority status (own)',
		check: async (w, h) => {
			const id = await statusOf(h, 'seek1', ME);
			await privateList('seek1', ['seek2'], ME, () => id)(w, h);
		},
	},
	getPersonPriority: {
		resource: 'priority status (staff view)',
		check: privateRead('townA', NOT_TOWN_A, (w) => `${person(w)}/priority`),
	},
	addMyPriorityStatus: { scope: 'self' },
	addMyFamilyMember: { scope: 'self' },
	addMyCertificate: { scope: 'self' },
	addPersonPriorityStatus: {
		resource: 'priority status (staff entry)',
		check: async (w, h) => {
			const base = `${person(w)}/priority`;
			const before = (
				await h.call('townA', { method: 'GET', url: base })
			).json() as PriorityRecords;
			for (const s of before.statuses)
				await h.call('townA', { method: 'DELETE', url: `${base}/statuses/${s.id}` });
			const p = {
				method: 'POST',
				url: `${base}/statuses`,
				payload: { kind: 'zero_employment_family' },
			} as const;
			await h.others(NOT_TOWN_A, p);
			await h.owner('townA', p);
		},
	},
	addPersonFamilyMember: {
		resource: 'family member (staff entry)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `${person(w)}/priority/family`,
			payload: familyMember(),
		})),
	},
	removeMyStatus: {
		resource: 'priority status (own, remove)',
		check: async (w, h) => {
			const id = await statusOf(h, 'seek1', ME);
			await privateWrite('seek1', NOT_SEEK1, async () => ({
				method: 'DELETE',
				url: `${ME}/statuses/${id}`,
			}))(w, h);
		},
	},
	removeMyFamilyMember: {
		resource: 'family member (own, remove)',
		check: async (w, h) => {
			const id = await familyOf(h, 'seek1', ME);
			await privateWrite('seek1', NOT_SEEK1, async () => ({
				method: 'DELETE',
				url: `${ME}/family/${id}`,
			}))(w, h);
		},
	},
	removePersonStatus: {
		resource: 'priority status (staff, remove)',
		check: async (w, h) => {
			const base = `${person(w)}/priority`;
			const id = await statusOf(h, 'townA', base);
			await privateWrite('townA', NOT_TOWN_A, async () => ({
				method: 'DELETE',
				url: `${base}/statuses/${id}`,
			}))(w, h);
		},
	},
	removePersonFamilyMember: {
		resource: 'family member (staff, remove)',
		check: async (w, h) => {
			const base = `${person(w)}/priority`;
			const id = await familyOf(h, 'townA', base);
			await privateWrite('townA', NOT_TOWN_A, async () => ({
				method: 'DELETE',
				url: `${base}/family/${id}`,
			}))(w, h);
		},
	},
	decideStatus: {
		resource: "priority status (a seeker's own, checked by staff)",
		check: async (w, h) => {
			const id = await statusOf(h, 'seek1', ME);
			await privateWrite('townA', NOT_TOWN_A, async () => ({
				method: 'POST',
				url: `${seekerPerson(w)}/priority/statuses/${id}/decision`,
				payload: { decision: 'confirm' },
			}))(w, h);
		},
	},
	decideFamilyMember: {
		resource: "family member (a seeker's own, checked by staff)",
		check: async (w, h) => {
			const id = await familyOf(h, 'seek1', ME);
			await privateWrite('townA', NOT_TOWN_A, async () => ({
				method: 'POST',
				url: `${seekerPerson(w)}/priority/family/${id}/decision`,
				payload: { decision: 'refuse', reason: '关系证明不清楚' },
			}))(w, h);
		},
	},
	unmaskFamilyMember: {
		resource: 'family member (full ID number)',
		check: async (w, h) => {
			const base = `${person(w)}/priority`;
			const id = await familyOf(h, 'townA', base);
			await privateWrite('townA', NOT_TOWN_A, async () => ({
				method: 'POST',
				url: `${base}/family/${id}/unmask`,
			}))(w, h);
		},
	},
	listPendingVerifications: {
		resource: "priority status (waiting, in the staff member's township)",
		check: async (w, h) => {
			const id = await statusOf(h, 'seek1', ME);
			await privateList('townA', ['townB'], '/api/priority/pending', () => id)(w, h);
		},
	},
	listMyCertificates: {
		resource: 'certificate (own)',
		check: async (w, h) => {
			const id = await certificateOf(h, 'seek1', '/api/me/certificates');
			await privateList('seek1', ['seek2'], '/api/me/certificates', () => id)(w, h);
		},
	},
	listPersonCertificates: {
		resource: 'certificate (staff view)',
		check: privateRead('townA', NOT_TOWN_A, (w) => `${person(w)}/certificates`),
	},
	addPersonCertificate: {
		resource: 'certificate (staff entry)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `${person(w)}/certificates`,
			payload: { kind: 'driving_licence' },
		})),
	},
	removeMyCertificate: {
		resource: 'certificate (own, remove)',
		check: async (w, h) => {
			const id = await certificateOf(h, 'seek1', '/api/me/certificates');
			await privateWrite('seek1', NOT_SEEK1, async () => ({
				method: 'DELETE',
				url: `/api/me/certificates/${id}`,
			}))(w, h);
		},
	},
	removePersonCertificate: {
		resource: 'certificate (staff, remove)',
		check: async (w, h) => {
			const url = `${person(w)}/certificates`;
			const id = await certificateOf(h, 'townA', url);
			await privateWrite('townA', NOT_TOWN_A, async () => ({
				method: 'DELETE',
				url: `${url}/${id}`,
			}))(w, h);
		},
	},
};
