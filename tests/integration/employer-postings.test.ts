import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { MEDICAL_MASSAGE_CERTIFICATE } from '@ronghe/contracts';
import { auditLog, postings, searchOutbox } from '@ronghe/db/schema';
import { createEmployer, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

export const DRAFT = {
	postType: 'quota',
	occupationCode: 'X-SJLR',
	title: '数据录入员',
	description: '把纸质单据录入电脑系统并核对。身体健康，年龄 18-35 岁。',
	headcount: 2,
	payMin: 2000,
	payMax: 2600,
	socialInsurance: '五险',
	hours: '周一至周五 8:30-17:30',
	workMode: 'full_time',
	townshipCode: '140922100',
	address: '台城镇新建路 8 号',
	acceptedCategories: [2, 4],
	acceptedLevels: [3, 4],
	demands: { computer: 'essential', long_focus: 'desirable' },
	accommodations: ['quiet_room', 'flexible_hours'],
	closingDate: '2030-06-30',
};

describe('the employer posting editor (/api/employer/postings)', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	beforeAll(async () => {
		const db = t.handle.db;
		const a = await createEmployer(db);
		const b = await createEmployer(db);
		const pending = await createEmployer(db, { status: 'pending' });
		const massage = await createEmployer(db, { roles: ['blind_medical_massage'] });
		for (const [key, employerId] of [
			['a', a.id],
			['b', b.id],
			['pending', pending.id],
			['massage', massage.id],
		] as const) {
			as[key] = `Bearer ${await (await createUser(db, 'employer', { employerId })).newSession()}`;
		}
	});
	const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
		t.app.inject({
			method,
			url: `/api/employer/postings${url}`,
			headers: { authorization: as[who]! },
			...(payload || method !== 'GET' ? { payload: payload ?? {} } : {}),
		});

	it('saves a draft, flags 身体健康 and the age limit, and fills in the township coordinates', async () => {
		const res = await call('POST', '', 'a', DRAFT);
		expect(res.statusCode).toBe(201);
		const body = res.json();
		expect(body).toMatchObject({
			status: 'draft',
			townshipName: '台城镇',
			occupationName: '数据录入员',
			acceptedLevels: [3, 4],
			demands: { computer: 'essential' },
		});
		expect(body.latitude).toEqual(expect.any(Number));
		expect(body.inclusionFlags).toEqual([
			expect.objectContaining({
				code: 'good_health',
				phrase: '身体健康',
				decision: null,
				present: true,
			}),
			expect.objectContaining({ code: 'age', phrase: '年龄 18-35 岁', decision: null }),
		]);
		expect(body.inclusionFlags[0].explanation).toContain('健康证');
	});

	it('blocks submit until every flag is explained or removed, with errors in Chinese', async () => {
		const { id } = (await call('POST', '', 'a', DRAFT)).json();
		const res = await call('POST', `/${id}/submit`, 'a');
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toContain('application/problem+json');
		expect(res.json().errors).toEqual([
			expect.objectContaining({
				pointer: '#/flagDecisions/0',
				detail: expect.stringContaining('身体健康'),
			}),
			expect.objectContaining({
				pointer: '#/flagDecisions/1',
				detail: expect.stringContaining('年龄'),
			}),
		]);

		const decided = await call('PUT', `/${id}`, 'a', {
			...DRAFT,
			description: '把纸质单据录入电脑系统并核对。年龄 18-35 岁。',
			flagDecisions: [
				{ code: 'good_health', phrase: '身体健康', decision: 'removed' },
				{ code: 'age', phrase: '年龄 18-35 岁', decision: 'essential', reason: '' },
			],
		});
		expect(decided.statusCode).toBe(200);
		const still = await call('POST', `/${id}/submit`, 'a');
		expect(still.json().errors).toEqual([
			expect.objectContaining({ detail: expect.stringContaining('请写明为什么') }),
		]);

		await call('PUT', `/${id}`, 'a', {
			...DRAFT,
			description: '把纸质单据录入电脑系统并核对。年龄 18-35 岁。',
			flagDecisions: [
				{
					code: 'age',
					phrase: '年龄 18-35 岁',
					decision: 'essential',
					reason: '见习岗位，按政策只招收高校毕业生',
				},
			],
		});
		const ok = await call('POST', `/${id}/submit`, 'a');
		expect(ok.statusCode).toBe(200);
		expect(ok.json()).toMatchObject({ status: 'submitted' });
		expect(ok.json().inclusionFlags).toEqual([
			expect.objectContaining({ code: 'age', decision: 'essential', present: true }),
			expect.objectContaining({ code: 'good_health', decision: 'removed', present: false }),
		]);
		// a retried submit answers the same and writes no second audit row
		expect((await call('POST', `/${id}/submit`, 'a')).statusCode).toBe(200);
		const audits = await t.handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'posting.submit')));
		expect(audits).toHaveLength(1);
		// submitted postings are locked
		const locked = await call('PUT', `/${id}`, 'a', DRAFT);
		expect(locked.statusCode).toBe(422);
		expect(locked.json().detail).toContain('撤回');
	});

	it('keeps a phrase deleted before the first save as removed, for the reviewer to see', async () => {
		const res = await call('POST', '', 'a', {
			...DRAFT,
			description: '把纸质单据录入电脑系统并核对。',
			flagDecisions: [
				{ code: 'good_health', phrase: '身体健康', decision: 'removed' },
				// not something the checker flags: not stored
				{ code: 'good_health', phrase: '会用电脑', decision: 'removed' },
			],
		});
		expect(res.statusCode).toBe(201);
		expect(res.json().inclusionFlags).toEqual([
			expect.objectContaining({ code: 'good_health', phrase: '身体健康', present: false }),
		]);
		expect(res.json().inclusionFlags[0].decision).toBe('removed');
		const submitted = await call('POST', `/${res.json().id}/submit`, 'a');
		expect(submitted.statusCode).toBe(200);
	});

	it('keeps employer B out of employer A’s postings', async () => {
		const { id } = (await call('POST', '', 'a', DRAFT)).json();
		expect((await call('GET', `/${id}`, 'b')).statusCode).toBe(404);
		expect((await call('PUT', `/${id}`, 'b', DRAFT)).statusCode).toBe(404);
		expect((await call('POST', `/${id}/submit`, 'b')).statusCode).toBe(404);
		const list = (await call('GET', '', 'b')).json();
		expect(list.items.map((p: { id: string }) => p.id)).not.toContain(id);
	});

	it('lets a pending employer write drafts but not submit them, and says why', async () => {
		const created = await call('POST', '', 'pending', {
			...DRAFT,
			description: '录入数据，坐着工作。',
		});
		expect(created.statusCode).toBe(201);
		expect((await call('GET', '', 'pending')).json()).toMatchObject({ employerApproved: false });
		const res = await call('POST', `/${created.json().id}/submit`, 'pending');
		expect(res.statusCode).toBe(422);
		expect(res.json()).toMatchObject({ code: 'employer_not_approved' });
		expect(res.json().detail).toContain('保存草稿');
	});

	it('refuses a public-welfare term longer than three years, next to the end date', async () => {
		const res = await call('POST', '', 'a', {
			...DRAFT,
			postType: 'public_welfare',
			publicWelfareKind: 'rural',
			fundingSource: '就业补助资金',
			termStart: '2026-01-01',
			termEnd: '2029-01-02',
		});
		expect(res.statusCode).toBe(400);
		expect(res.json().errors).toEqual([
			expect.objectContaining({
				pointer: '#/termEnd',
				detail: expect.stringContaining('最长 3 年'),
			}),
		]);
	});

	it('asks a public-welfare post for its kind, funding and term before submitting', async () => {
		const { id } = (
			await call('POST', '', 'a', {
				...DRAFT,
				postType: 'public_welfare',
				description: '负责村内道路和公共场所的日常保洁。',
			})
		).json();
		const res = await call('POST', `/${id}/submit`, 'a');
		expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
			'#/publicWelfareKind',
			'#/fundingSource',
			'#/termStart',
			'#/termEnd',
		]);
	});

	it('allows blind medical massage posts only to a 盲人医疗按摩所, with the certificate', async () => {
		const body = {
			...DRAFT,
			postType: 'blind_medical_massage',
			occupationCode: 'X-YLMA',
			description: '为患者做推拿治疗，每天约 8 位。',
		};
		const refused = await call('POST', '', 'a', body);
		expect(refused.statusCode).toBe(400);
		expect(refused.json().errors[0]).toMatchObject({ pointer: '#/postType' });
		const { id } = (await call('POST', '', 'massage', body)).json();
		const missing = await call('POST', `/${id}/submit`, 'massage');
		expect(missing.json().errors[0]).toMatchObject({ pointer: '#/requiredCertificates' });
		await call('PUT', `/${id}`, 'massage', {
			...body,
			requiredCertificates: [MEDICAL_MASSAGE_CERTIFICATE],
		});
		expect((await call('POST', `/${id}/submit`, 'massage')).statusCode).toBe(200);
	});

	it('refuses a certificate or accommodation that is not on the lists, in Chinese', async () => {
		const res = await call('POST', '', 'a', {
			...DRAFT,
			accommodations: ['无障碍通道'],
			requiredCertificates: ['电工证'],
		});
		expect(res.statusCode).toBe(400);
		const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer);
		expect(pointers).toEqual(
			expect.arrayContaining(['#/accommodations/0', '#/requiredCertificates/0']),
		);
		expect(JSON.stringify(res.json())).toContain('请从列表里选择');
	});

	it('shows the employer the words an old posting had that no code matched', async () => {
		const created = (await call('POST', '', 'a', DRAFT)).json();
		await t.handle.db
			.update(postings)
			.set({ accommodationsNote: '门口有人接', requiredCertificatesNote: '电工证' })
			.where(eq(postings.id, created.id));
		const body = (await call('GET', `/${created.id}`, 'a')).json();
		expect(body).toMatchObject({
			accommodations: ['quiet_room', 'flexible_hours'],
			accommodationsNote: '门口有人接',
			requiredCertificatesNote: '电工证',
		});
	});

	it('puts schema problems next to their fields in Chinese', async () => {
		const res = await call('POST', '', 'a', {
			...DRAFT,
			title: '',
			payMin: 3000,
			payMax: 2000,
			townshipCode: '999999999',
		});
		expect(res.statusCode).toBe(400);
		const byField = Object.fromEntries(
			res.json().errors.map((e: { pointer: string; detail: string }) => [e.pointer, e.detail]),
		);
		expect(byField['#/title']).toMatch(/岗位名称/);
		expect(byField['#/payMax']).toMatch(/最高工资不能低于最低工资/);
		const unknownTownship = await call('POST', '', 'a', { ...DRAFT, townshipCode: '999999999' });
		expect(unknownTownship.json().errors[0]).toMatchObject({
			pointer: '#/townshipCode',
			detail: '请从列表里选择乡镇。',
		});
	});

	it('closes, fills and withdraws a published posting, each with an outbox row', async () => {
		const { id } = (
			await call('POST', '', 'a', { ...DRAFT, description: '录入数据，坐着工作。' })
		).json();
		await t.handle.db
			.update(postings)
			.set({ status: 'published', publishedAt: new Date() })
			.where(eq(postings.id, id));
		expect((await call('POST', `/${id}/close`, 'a')).json()).toMatchObject({ status: 'closed' });
		const queued = await t.handle.db
			.select()
			.from(searchOutbox)
			.where(eq(searchOutbox.entityId, id));
		expect(queued).toHaveLength(1);
		expect((await call('POST', `/${id}/fill`, 'a')).json()).toMatchObject({ status: 'filled' });
		const refused = await call('POST', `/${id}/withdraw`, 'a');
		expect(refused.statusCode).toBe(422);
		const [row] = await t.handle.db
			.select()
			.from(searchOutbox)
			.where(eq(searchOutbox.entityId, id));
		expect(row!.revision).toBeGreaterThan(queued[0]!.revision);
	});
});
