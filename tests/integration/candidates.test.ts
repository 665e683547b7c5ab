import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consents, invitations, type Person } from '@ronghe/db/schema';
import {
	createApplicationRow,
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
	grantConsent,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

describe('what employers see of seekers (/api/candidates)', () => {
	const t = useApi();
	const as: Record<'a' | 'b' | 'pending' | 'unlinked', string> = {
		a: '',
		b: '',
		pending: '',
		unlinked: '',
	};
	const p = {} as Record<
		'applicant' | 'summary' | 'full' | 'noConsent' | 'onApply' | 'invited' | 'pendingInvite',
		Person
	>;
	beforeAll(async () => {
		const db = t.handle.db;
		const [a, b, pending] = [
			await createEmployer(db),
			await createEmployer(db),
			await createEmployer(db, { status: 'pending' }),
		];
		for (const [key, employer] of [
			['a', a],
			['b', b],
			['pending', pending],
		] as const) {
			const u = await createUser(db, 'employer', { employerId: employer.id });
			as[key] = `Bearer ${await u.newSession()}`;
		}
		as.unlinked = `Bearer ${await (await createUser(db, 'employer')).newSession()}`;
		const posting = await createPosting(db, a.id);

		p.applicant = await createPersonRow(db, {
			fullName: '投递人',
			desiredWorkModes: ['full_time'],
		});
		await createApplicationRow(db, p.applicant.id, posting);
		p.summary = await createPersonRow(db, {
			fullName: '简介人',
			disclosure: 'summary',
			skills: ['编织'],
			townshipCode: '140922105',
			desiredWorkModes: ['home_based'],
			desiredOccupations: ['X-SGBZ', '4-01-02-02'],
		});
		p.full = await createPersonRow(db, { fullName: '公开人', disclosure: 'full' });
		p.noConsent = await createPersonRow(db, { fullName: '没同意的人', disclosure: 'full' });
		p.onApply = await createPersonRow(db, { fullName: '只给投递单位看的人' });
		p.invited = await createPersonRow(db, { fullName: '接受邀请的人' });
		p.pendingInvite = await createPersonRow(db, { fullName: '还没回复邀请的人' });
		for (const person of Object.values(p)) await grantConsent(db, person.id, 'disability_data');
		for (const person of [p.summary, p.full, p.onApply])
			await grantConsent(db, person.id, 'share_with_employers');
		await db
			.update(consents)
			.set({ withdrawnAt: new Date() })
			.where(and(eq(consents.personId, p.invited.id), eq(consents.kind, 'disability_data')));
		await db.insert(invitations).values([
			{ employerId: a.id, personId: p.invited.id, status: 'accepted' },
			{ employerId: a.id, personId: p.pendingInvite.id, status: 'pending' },
		]);
	});

	const get = (url: string, auth: string) =>
		t.app.inject({ method: 'GET', url, headers: { authorization: auth } });
	const names = async (auth: string, query = '') => {
		const res = await get(`/api/candidates${query}`, auth);
		expect(res.statusCode).toBe(200);
		const body = res.json() as { total: number; items: { personId: string; via: string }[] };
		const byId = new Map(Object.entries(p).map(([k, v]) => [v.id, k]));
		expect(body.total).toBe(body.items.length);
		return body.items.map((i) => `${byId.get(i.personId)}:${i.via}`).sort();
	};

	it('lists applicants and accepted invitations of this employer, and people who chose to be seen', async () => {
		expect(await names(as.a)).toEqual([
			'applicant:applied',
			'full:shared',
			'invited:invited',
			'summary:shared',
		]);
	});

	it('never shows employer A’s applicants to employer B', async () => {
		expect(await names(as.b)).toEqual(['full:shared', 'summary:shared']);
		const list = (await get('/api/candidates', as.b)).json() as {
			items: { personId: string; desiredOccupations: string[] }[];
		};
		expect(list.items.find((c) => c.personId === p.summary.id)?.desiredOccupations).toEqual([
			'手工编织工',
			'电子商务师',
		]);
		const res = await get(`/api/candidates/${p.applicant.id}`, as.b);
		expect(res.statusCode).toBe(404);
		expect(res.json().detail).not.toContain('投递人');
	});

	it('answers 404 for a seeker who did not consent, as for one who does not exist', async () => {
		for (const person of [p.noConsent, p.onApply, p.pendingInvite]) {
			const res = await get(`/api/candidates/${person.id}`, as.a);
			expect(res.statusCode).toBe(404);
			expect(res.headers['content-type']).toContain('application/problem+json');
		}
	});

	it('filters by township and work mode', async () => {
		expect(await names(as.a, '?township=140922105')).toEqual(['summary:shared']);
		expect(await names(as.a, '?workMode=full_time')).toEqual(['applicant:applied']);
		const bad = await get('/api/candidates?workMode=night', as.a);
		expect(bad.statusCode).toBe(400);
	});

	it('gives the summary level no name, phone, category or level', async () => {
		const res = await get(`/api/candidates/${p.summary.id}`, as.b);
		expect(res.statusCode).toBe(200);
		const body = res.json();
		expect(body).toMatchObject({
			fullName: null,
			phoneMasked: null,
			category: null,
			level: null,
			townshipName: '东冶镇',
			ageBand: expect.stringMatching(/岁/),
			skills: ['编织'],
			// wishes are stored as codes; the employer reads their names
			desiredOccupations: ['手工编织工', '电子商务师'],
		});
		const text = JSON.stringify(body);
		for (const secret of ['简介人', p.summary.phone, p.summary.birthDate, p.summary.idNumberMasked])
			expect(text).not.toContain(secret);
	});

	it('gives the full level the name and a masked phone, still no category', async () => {
		const body = (await get(`/api/candidates/${p.full.id}`, as.b)).json();
		expect(body).toMatchObject({ fullName: '公开人', category: null, level: null });
		expect(body.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
	});

	it('shows category and level to the employer applied to, unless that consent is withdrawn', async () => {
		const applicant = (await get(`/api/candidates/${p.applicant.id}`, as.a)).json();
		expect(applicant).toMatchObject({ fullName: '投递人', category: 4, level: 3, via: 'applied' });
		const invited = (await get(`/api/candidates/${p.invited.id}`, as.a)).json();
		expect(invited).toMatchObject({ fullName: '接受邀请的人', category: null, level: null });
	});

	it('writes each detail view to the audit log', async () => {
		await get(`/api/candidates/${p.full.id}`, as.a);
		const rows = await t.handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'person.view_by_employer'), eq(auditLog.entityId, p.full.id)));
		expect(rows.length).toBeGreaterThanOrEqual(1);
		expect(rows.at(-1)!.detail).toMatchObject({ via: 'shared' });
	});

	it('hides a seeker at once when the share consent is withdrawn', async () => {
		await t.handle.db
			.update(consents)
			.set({ withdrawnAt: new Date() })
			.where(and(eq(consents.personId, p.summary.id), eq(consents.kind, 'share_with_employers')));
		expect(await names(as.b)).toEqual(['full:shared']);
		expect((await get(`/api/candidates/${p.summary.id}`, as.b)).statusCode).toBe(404);
	});

	it('shows nothing to an employer that is not approved, or an HR account without one', async () => {
		for (const auth of [as.pending, as.unlinked]) {
			const res = await get('/api/candidates', auth);
			expect(res.statusCode).toBe(403);
			expect(res.json().detail).toContain('审核');
			expect((await get(`/api/candidates/${p.full.id}`, auth)).statusCode).toBe(403);
		}
	});
});
