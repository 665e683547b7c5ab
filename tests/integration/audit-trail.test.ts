import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '@ronghe/db/schema';
import { createEmployer, createUser } from '../fixtures/factories.js';
import { DRAFT } from '../fixtures/posting-draft.js';
import { useApi } from '../support/app.js';

const ID_NUMBER = '140922199001011238';
const SEEKER = {
	fullName: '王小明',
	idNumber: ID_NUMBER,
	certificateNumber: `${ID_NUMBER}41`,
	townshipCode: '140922100',
	village: '东街村',
	phone: '13912345678',
	householdType: 'agricultural',
	consentDisabilityData: true,
};
const BROWSER =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';

describe('the audit log: append-only, with address and browser, and the reads it was missing', () => {
	const t = useApi();
	const as: Record<'staff' | 'employer', string> = { staff: '', employer: '' };
	let staffId = '';
	let personId = '';
	beforeAll(async () => {
		const staff = await createUser(t.handle.db, 'federation');
		staffId = staff.user.id;
		as.staff = `Bearer ${await staff.newSession()}`;
		const employer = await createEmployer(t.handle.db);
		const hr = await createUser(t.handle.db, 'employer', { employerId: employer.id });
		as.employer = `Bearer ${await hr.newSession()}`;
		const res = await call('staff', 'POST', '/api/people', SEEKER);
		expect(res.statusCode).toBe(201);
		personId = res.json().id;
	});
	// as the web server calls the API: from loopback, passing on the person's address and browser
	function call(
		who: keyof typeof as,
		method: 'GET' | 'POST' | 'PUT',
		url: string,
		payload?: object,
		headers: Record<string, string> = {},
	) {
		return t.app.inject({
			method,
			url,
			remoteAddress: '127.0.0.1',
			headers: {
				authorization: as[who],
				'x-forwarded-for': '203.0.113.7',
				'user-agent': BROWSER,
				...headers,
			},
			...(payload ? { payload } : {}),
		});
	}
	const entries = (action: string) =>
		t.handle.db.select().from(auditLog).where(eq(auditLog.action, action));

	it('refuses UPDATE, DELETE and TRUNCATE of audit rows even to the app’s own database handle', async () => {
		const before = await t.handle.db.select().from(auditLog);
		expect(before.length).toBeGreaterThan(0);
		await expect(
			t.handle.db.update(auditLog).set({ action: 'person.view', actorUserId: null }),
		).rejects.toThrow();
		await expect(t.handle.db.delete(auditLog)).rejects.toThrow();
		await expect(t.handle.db.execute(sql`truncate audit_log`)).rejects.toThrow();
		expect(await t.handle.db.select().from(auditLog)).toEqual(before);
	});

	it('writes a staff read of a person with the address and browser, shown in the audit log', async () => {
		const res = await call('staff', 'GET', `/api/people/${personId}`);
		expect(res.statusCode).toBe(200);
		const [entry] = await entries('person.view');
		expect(entry).toMatchObject({
			actorUserId: staffId,
			entity: 'person',
			entityId: personId,
			ip: '203.0.113.7',
			userAgent: BROWSER,
			requestId: res.headers['x-request-id'],
		});
		const log = await call('staff', 'GET', '/api/audit?action=person.view');
		expect(log.json().items).toEqual([
			expect.objectContaining({
				actionLabel: '工作人员查看求职者登记信息',
				ip: '203.0.113.7',
				userAgent: BROWSER,
			}),
		]);
	});

	it('keeps the peer’s own address when it is not a trusted proxy, and shortens a long browser name', async () => {
		const res = await t.app.inject({
			method: 'GET',
			url: `/api/people/${personId}/profile`,
			remoteAddress: '198.51.100.2',
			headers: {
				authorization: as.staff,
				'x-forwarded-for': '203.0.113.99',
				'user-agent': `x${'y'.repeat(5000)}`,
			},
		});
		expect(res.statusCode).toBe(200);
		const [entry] = await entries('profile.view');
		expect(entry).toMatchObject({ actorUserId: staffId, entityId: personId, ip: '198.51.100.2' });
		expect(entry!.userAgent).toHaveLength(300);
	});

	it('writes a search by a full ID number with its mask only, never the number', async () => {
		const byName = await call('staff', 'GET', '/api/people?q=王小明');
		expect(byName.json().total).toBe(1);
		expect(await entries('person.lookup_by_id')).toHaveLength(0);
		const res = await call('staff', 'GET', `/api/people?q=${ID_NUMBER}`);
		expect(res.json().total).toBe(1);
		const rows = await entries('person.lookup_by_id');
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			actorUserId: staffId,
			entityId: personId,
			detail: { idNumberMasked: '140922********1238', total: 1 },
			ip: '203.0.113.7',
		});
		expect(JSON.stringify(rows[0])).not.toContain(ID_NUMBER);
		expect(JSON.stringify(rows[0])).not.toContain(ID_NUMBER.slice(6, 14));
	});

	it('writes roster additions, changes and deletions, without the name or number', async () => {
		const body = {
			displayName: '职工甲',
			certificateKind: 'disability',
			certificateNumber: `${ID_NUMBER}41`,
			contractStart: '2023-01-01',
			monthlyWage: 3000,
			insuranceMonths: 12,
			monthsCounted: 12,
		};
		const added = await call('employer', 'POST', '/api/employer/quota/2024/employees', body);
		expect(added.statusCode).toBe(201);
		const id = added.json().id as string;
		const one = `/api/employer/disabled-employees/${id}`;
		expect((await call('employer', 'PUT', one, { ...body, monthlyWage: 3100 })).statusCode).toBe(
			200,
		);
		const removed = await t.app.inject({
			method: 'DELETE',
			url: one,
			headers: { authorization: as.employer, 'user-agent': BROWSER },
		});
		expect(removed.statusCode).toBe(204);
		const rows = await t.handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entity, 'employer_disabled_employee'))
			.orderBy(auditLog.id);
		expect(rows.map((r) => [r.action, r.entityId])).toEqual([
			['roster.add', id],
			['roster.update', id],
			['roster.remove', id],
		]);
		expect(rows[0]!.detail).toMatchObject({ year: 2024 });
		expect(JSON.stringify(rows)).not.toContain('职工甲');
		expect(JSON.stringify(rows)).not.toContain(ID_NUMBER.slice(6, 14));
	});

	it('writes posting edits with the names of the fields that changed', async () => {
		const created = await call('employer', 'POST', '/api/employer/postings', DRAFT);
		expect(created.statusCode).toBe(201);
		const id = created.json().id as string;
		const edited = await call('employer', 'PUT', `/api/employer/postings/${id}`, {
			...DRAFT,
			title: '数据录入员（兼职）',
			headcount: 3,
		});
		expect(edited.statusCode).toBe(200);
		const rows = await t.handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'posting'), eq(auditLog.entityId, id)))
			.orderBy(auditLog.id);
		expect(rows.map((r) => r.action)).toEqual(['posting.create', 'posting.update']);
		expect(rows[1]!.detail).toEqual({ fields: ['title', 'headcount'] });
		expect(rows[1]).toMatchObject({ ip: '203.0.113.7', userAgent: BROWSER });
	});

	it('writes occupation additions and edits by staff', async () => {
		const created = await call('staff', 'POST', '/api/occupations', {
			code: 'X-CSLR',
			name: '测试录入员',
		});
		expect(created.statusCode).toBe(201);
		const edited = await call('staff', 'PUT', '/api/occupations/X-CSLR', {
			name: '测试录入员（远程）',
			digital: true,
		});
		expect(edited.statusCode).toBe(200);
		const rows = await t.handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entity, 'occupation'))
			.orderBy(auditLog.id);
		expect(rows.map((r) => [r.action, r.entityId, r.actorUserId])).toEqual([
			['occupation.create', 'X-CSLR', staffId],
			['occupation.update', 'X-CSLR', staffId],
		]);
		expect(rows[1]!.detail).toMatchObject({
			fields: ['name', 'digital'],
			from: '测试录入员',
			to: '测试录入员（远程）',
		});
	});
});
