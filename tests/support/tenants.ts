import { expect } from 'vitest';
import { ABILITY_ITEM_CODES, idNumberCheckChar } from '@ronghe/contracts';
import { applications, invitations, notifications, savedSearches } from '@ronghe/db/schema';
import { drainOnce } from '@ronghe/search';
import {
	createApplicationRow,
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
	grantConsent,
} from '../fixtures/factories.js';
import { type useApi } from './app.js';
import { changedTables, databaseFingerprint } from './fingerprint.js';

/*
 * The tenants of tests/integration/access-matrix.test.ts: two employers in two townships, staff
 * of each township, two seekers, and records each of them owns; and the checks that prove one
 * tenant cannot reach another's records.
 */

export const A = '140922100'; // 台城镇
export const B = '140922105';
export type Actor = 'anonymous' | 'emp1' | 'emp2' | 'townA' | 'townB' | 'seek1' | 'seek2';
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type Probe = {
	method: Method;
	url: string;
	payload?: object;
	headers?: Record<string, string>;
};
export type World = Awaited<ReturnType<typeof buildWorld>>;
export type Check = (w: World, h: Helpers) => Promise<void>;
/**
 * 'open': public, or holds nothing of one tenant; 'county': county-wide staff only, with no
 * tenant inside (other roles refused, see access.test.ts); 'self': takes no id, so acts on the
 * caller's own record from the session and cannot address anyone else's.
 */
export type Entry = { scope: 'open' | 'county' | 'self' } | { resource: string; check: Check };

export const DRAFT = {
	postType: 'quota',
	occupationCode: 'X-SJLR',
	title: '数据录入员',
	description: '把纸质单据录入电脑系统并核对，每天在办公室完成。',
	headcount: 2,
	payMin: 2000,
	payMax: 2600,
	workMode: 'full_time',
	townshipCode: A,
	address: '台城镇新建路 8 号',
	acceptedCategories: [2, 4],
	closingDate: '2030-06-30',
};
export const PROFILE: Record<string, object> = {
	basic: {
		village: '东街村',
		education: '初中',
		phone: '13977778888',
		householdType: 'agricultural',
	},
	employment: {
		employmentStatus: 'employed',
		employmentForm: 'public_welfare',
		employedSince: '2024-05-01',
		unemployedReason: null,
	},
	wishes: { desiredOccupations: ['4-01-02-02'], desiredWorkModes: ['part_time'], skills: [] },
	ability: Object.fromEntries(ABILITY_ITEM_CODES.map((code) => [code, 1])),
	passport: { preferredContact: ['sms'], needs: ['captions'], disclosure: 'summary' },
};
export const ROSTER_ROW = {
	displayName: '职工甲',
	certificateKind: 'disability',
	certificateNumber: '14092219900101123841',
	certificateValidUntil: '2030-12-31',
	contractStart: '2024-01-01',
	contractEnd: '2026-12-31',
	monthlyWage: 3000,
	insuranceMonths: 12,
	monthsCounted: 12,
};
export const NEW_PERSON = {
	fullName: '李新登',
	idNumber: '140922199001011238',
	certificateNumber: '14092219900101123841',
	townshipCode: A,
	village: '东街村',
	phone: '13912345678',
	householdType: 'agricultural',
	consentDisabilityData: true,
};

export async function buildWorld(t: ReturnType<typeof useApi>) {
	const db = t.handle.db;
	const e1 = await createEmployer(db, { townshipCode: A });
	const e2 = await createEmployer(db, { townshipCode: B });
	const sealed = { idNumberEnc: t.cipher.encrypt('140922199506010021') };
	const personA = await createPersonRow(db, { ...sealed, townshipCode: A });
	const personB = await createPersonRow(db, { ...sealed, townshipCode: B });
	const s1Person = await createPersonRow(db, { ...sealed, townshipCode: A });
	const s2Person = await createPersonRow(db, { ...sealed, townshipCode: B });
	const users = {
		emp1: await createUser(db, 'employer', { employerId: e1.id }),
		emp2: await createUser(db, 'employer', { employerId: e2.id }),
		townA: await createUser(db, 'township', { townshipCode: A }),
		townB: await createUser(db, 'township', { townshipCode: B }),
		seek1: await createUser(db, 'seeker', { personId: s1Person.id }),
		seek2: await createUser(db, 'seeker', { personId: s2Person.id }),
	};
	const tokens = {} as Record<Actor, string | undefined>;
	for (const [k, u] of Object.entries(users)) tokens[k as Actor] = await u.newSession();
	const colleague = await createUser(db, 'employer', { employerId: e1.id });
	// a seeker of township A whose password staff reset (which ends that seeker's sessions)
	const resetTarget = await createUser(db, 'seeker', {
		personId: (await createPersonRow(db, { ...sealed, townshipCode: A })).id,
	});
	const published = await createPosting(db, e1.id, { townshipCode: A });
	const submitted = await createPosting(db, e1.id, { status: 'submitted', townshipCode: A });
	const draft = await createPosting(db, e1.id, { status: 'draft', townshipCode: A });
	await grantConsent(db, s1Person.id, 'share_with_employers');
	const applicant = await createPersonRow(db, { ...sealed, townshipCode: A });
	await createApplicationRow(db, applicant.id, published);
	await drainOnce(db, t.search);
	const [search] = await db
		.insert(savedSearches)
		.values({ userId: users.seek1.user.id, name: '客服', query: { q: '客服' } })
		.returning();
	const note = async () =>
		(
			await db
				.insert(notifications)
				.values({ userId: users.seek1.user.id, kind: 'test', title: '新岗位' })
				.returning()
		)[0]!;
	return {
		db,
		e1,
		e2,
		personA,
		personB,
		s1Person,
		s2Person,
		users,
		tokens,
		colleague,
		resetTarget,
		published,
		submitted,
		draft,
		applicant,
		search: search!,
		note,
		// fresh records for writes that use them up
		/** A complete draft of employer 1, written through the API so that it can be submitted. */
		draftOf: async (): Promise<{ id: string }> => {
			const res = await t.app.inject({
				method: 'POST',
				url: '/api/employer/postings',
				headers: { authorization: `Bearer ${tokens.emp1}` },
				payload: DRAFT,
			});
			expect(res.statusCode).toBe(201);
			return res.json();
		},
		publishedOf: () => createPosting(db, e1.id, { townshipCode: A }),
		/** An application of seeker 1 to a fresh posting of employer 1 (hired: a roster proposal). */
		applicationOf: async (hired = false) => {
			const posting = await createPosting(db, e1.id, { townshipCode: A });
			const [row] = await db
				.insert(applications)
				.values({
					personId: s1Person.id,
					postingId: posting.id,
					employerId: e1.id,
					...(hired ? { status: 'hired' as const, rosterProposal: 'pending' as const } : {}),
				})
				.returning();
			return row!;
		},
		/** A pending invitation of employer 1 to seeker 1. */
		invitationOf: async () => {
			const [row] = await db
				.insert(invitations)
				.values({
					employerId: e1.id,
					personId: s1Person.id,
					postingId: published.id,
					message: '欢迎',
				})
				.returning();
			return row!;
		},
		/** A roster row of employer 1, added through the API as the employer does. */
		rosterRow: async (): Promise<{ id: string }> => {
			rosterSeq += 1;
			const first17 = `14092219900101${String(rosterSeq).padStart(3, '0')}`;
			const res = await t.app.inject({
				method: 'POST',
				url: '/api/employer/quota/2025/employees',
				headers: { authorization: `Bearer ${tokens.emp1}` },
				payload: { ...ROSTER_ROW, certificateNumber: `${first17}${idNumberCheckChar(first17)}43` },
			});
			expect(res.statusCode).toBe(201);
			return res.json();
		},
	};
}
let rosterSeq = 0;

export type Helpers = ReturnType<typeof helpers>;
export function helpers(t: ReturnType<typeof useApi>, w: () => World) {
	const call = (who: Actor, p: Probe) =>
		t.app.inject({
			method: p.method,
			url: p.url,
			headers: {
				...p.headers,
				...(who === 'anonymous' ? {} : { authorization: `Bearer ${w().tokens[who]}` }),
			},
			...(p.payload ? { payload: p.payload } : p.method === 'POST' ? { payload: {} } : {}),
		});
	return {
		call,
		/** The owner gets a 2xx. */
		async owner(who: Actor, p: Probe) {
			const res = await call(who, p);
			// the answer in the message, so a failure says why the owner was refused
			expect(res.statusCode < 300 ? 'ok' : `${who}: ${res.statusCode} ${res.body}`).toBe('ok');
			return res;
		},
		/** Every other caller is refused (401 anonymous, 403 or 404 otherwise) and writes nothing. */
		async others(who: Actor[], p: Probe) {
			const fp = databaseFingerprint(t.handle.db);
			const before = await fp.take();
			for (const actor of who) {
				const res = await call(actor, p);
				// anonymous: 401, or 404 on a public route that hides the record from everyone
				const ok = actor === 'anonymous' ? [401, 404] : [403, 404];
				expect({ actor, status: res.statusCode }).toEqual({
					actor,
					status: ok.includes(res.statusCode) ? res.statusCode : `one of ${ok}`,
				});
			}
			expect(changedTables(before, await fp.take())).toEqual([]);
		},
		/** The text of an answer as `who` sees it. */
		async text(who: Actor, p: Probe) {
			const res = await call(who, p);
			expect(res.statusCode).toBe(200);
			return res.body;
		},
	};
}

/** Read by the owner, refused to everyone else. */
export const privateRead =
	(owner: Actor, others: Actor[], url: (w: World) => string): Check =>
	async (w, h) => {
		await h.others(others, { method: 'GET', url: url(w) });
		await h.owner(owner, { method: 'GET', url: url(w) });
	};
/** A write the owner may make; everyone else is refused first and changes nothing. */
export const privateWrite =
	(owner: Actor, others: Actor[], probe: (w: World) => Promise<Probe>): Check =>
	async (w, h) => {
		const p = await probe(w);
		await h.others(others, p);
		await h.owner(owner, p);
	};
/** A list in which the owner sees `marker` and the others do not. */
export const privateList =
	(owner: Actor, others: Actor[], url: string, marker: (w: World) => string): Check =>
	async (w, h) => {
		expect(await h.text(owner, { method: 'GET', url })).toContain(marker(w));
		for (const o of others)
			expect(await h.text(o, { method: 'GET', url })).not.toContain(marker(w));
	};

export const NOT_EMP1: Actor[] = ['anonymous', 'emp2', 'townA', 'seek1'];
export const NOT_TOWN_A: Actor[] = ['anonymous', 'townB', 'emp1', 'seek1'];
export const NOT_SEEK1: Actor[] = ['anonymous', 'seek2', 'emp1', 'townA'];
export const POSTINGS = '/api/employer/postings';
export const person = (w: World) => `/api/people/${w.personA.id}`;
