import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { usccCheckChar } from '@ronghe/contracts';
import { auditLog, employers, searchOutbox } from '@ronghe/db/schema';
import { createEmployer, createPosting, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const uscc = (first17: string) => first17 + usccCheckChar(first17);
const wrongCheck = (first17: string) => first17 + (usccCheckChar(first17) === '0' ? '1' : '0');

const SIGN_UP = {
	name: '五台县示范盲人按摩店',
	uscc: uscc('92140922MA0K12345'),
	kind: 'individual_business',
	roles: [],
	townshipCode: '140922100',
	address: '台城镇东街 1 号',
	contactName: '李经理',
	contactPhone: '13811112222',
	displayName: '李经理',
	phone: '13811112222',
	password: 'wutai-hr-2026',
};

type Problem = { code: string; detail: string; errors?: { pointer: string; detail: string }[] };
const fieldErrors = (body: Problem, pointer: string) =>
	(body.errors ?? []).filter((e) => e.pointer === pointer).map((e) => e.detail);

describe('employers (/api/employers)', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	let otherEmployerId = '';
	let otherUscc = '';
	let otherHrId = '';
	beforeAll(async () => {
		const other = await createEmployer(t.handle.db, { townshipCode: '140922105' });
		otherEmployerId = other.id;
		otherUscc = other.uscc;
		const hr = await createUser(t.handle.db, 'employer', { employerId: other.id });
		otherHrId = hr.user.id;
		as.otherHr = `Bearer ${await hr.newSession()}`;
		for (const role of ['federation', 'bureau', 'township', 'admin'] as const) {
			const u = await createUser(t.handle.db, role);
			as[role] = `Bearer ${await u.newSession()}`;
		}
	});
	const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth?: string, payload?: object) =>
		t.app.inject({
			method,
			url,
			...(payload ? { payload } : method === 'GET' ? {} : { payload: {} }),
			headers: auth ? { authorization: auth } : {},
		});
	const signUp = (body: object) => call('POST', '/api/employers/sign-up', undefined, body);

	describe('POST /api/employers/sign-up', () => {
		it('creates a pending employer and its HR user, signed in at once', async () => {
			const res = await signUp(SIGN_UP);
			expect(res.statusCode).toBe(201);
			const body = res.json();
			expect(body.user).toMatchObject({ role: 'employer', phoneMasked: '138****2222' });
			expect(body.employer).toMatchObject({
				name: SIGN_UP.name,
				status: 'pending',
				reviewFlags: [],
				townshipName: '台城镇',
			});
			as.hr = `Bearer ${body.token}`;
			const me = await call('GET', '/api/employers/me', as.hr);
			expect(me.json()).toMatchObject({ id: body.employer.id, uscc: SIGN_UP.uscc });
			const [entry] = await t.handle.db
				.select()
				.from(auditLog)
				.where(eq(auditLog.action, 'employer.sign_up'));
			expect(entry).toMatchObject({ entityId: body.employer.id, actorUserId: body.user.id });
		});

		it('refuses a 统一社会信用代码 in the wrong format next to the field', async () => {
			const res = await signUp({ ...SIGN_UP, uscc: '91140922MA0K1234', phone: '13811113333' });
			expect(res.statusCode).toBe(400);
			expect(res.headers['content-type']).toContain('application/problem+json');
			expect(fieldErrors(res.json(), '#/uscc')).toEqual([
				'统一社会信用代码应为 18 位，您填写了 16 位。',
			]);
		});

		it('accepts a code whose check character does not match, flagged for staff', async () => {
			const res = await signUp({
				...SIGN_UP,
				name: '校验位不对的单位',
				uscc: wrongCheck('91140922MA0K77777').toLowerCase(),
				kind: 'private',
				phone: '13811114444',
			});
			expect(res.statusCode).toBe(201);
			expect(res.json().employer).toMatchObject({
				uscc: wrongCheck('91140922MA0K77777'),
				reviewFlags: ['uscc_checksum'],
				status: 'pending',
			});
		});

		it('answers a second sign-up of the same unit with a 409 in Chinese, a retry with a new session', async () => {
			const dup = await signUp({ ...SIGN_UP, phone: '13811115555' });
			expect(dup.statusCode).toBe(409);
			expect(dup.json()).toMatchObject({
				code: 'employer_exists',
				detail: '这个单位已经注册过了，请联系单位的账号管理人添加您。',
			});
			const retry = await signUp(SIGN_UP);
			expect(retry.statusCode).toBe(200);
			expect(retry.json().employer.name).toBe(SIGN_UP.name);
			const rows = await t.handle.db
				.select()
				.from(employers)
				.where(eq(employers.uscc, SIGN_UP.uscc));
			expect(rows).toHaveLength(1);
		});

		it('asks for 编制数 from 党政机关 and 事业单位 only', async () => {
			const agency = await signUp({
				...SIGN_UP,
				uscc: uscc('11140922MA0K00001'),
				kind: 'agency',
				phone: '13811116666',
			});
			expect(fieldErrors(agency.json(), '#/authorizedStaff')).toEqual([
				'党政机关、事业单位请填写编制数。',
			]);
			const firm = await signUp({
				...SIGN_UP,
				uscc: uscc('91140922MA0K00002'),
				kind: 'private',
				authorizedStaff: 30,
				phone: '13811116666',
			});
			expect(fieldErrors(firm.json(), '#/authorizedStaff')[0]).toContain('没有编制数');
			const ok = await signUp({
				...SIGN_UP,
				name: '五台县某事业单位',
				uscc: uscc('12140922MA0K00003'),
				kind: 'institution',
				authorizedStaff: 70,
				phone: '13811116666',
			});
			expect(ok.statusCode).toBe(201);
			expect(ok.json().employer.authorizedStaff).toBe(70);
		});

		it('lets 事业单位 mark themselves as a school, and no one else', async () => {
			const firm = await signUp({
				...SIGN_UP,
				uscc: uscc('91140922MA0K00005'),
				kind: 'private',
				schoolOrKindergarten: true,
				phone: '13811118888',
			});
			expect(fieldErrors(firm.json(), '#/schoolOrKindergarten')[0]).toContain('请取消勾选');
			const school = await signUp({
				...SIGN_UP,
				name: '五台县某小学',
				uscc: uscc('12140922MA0K00006'),
				kind: 'institution',
				authorizedStaff: 90,
				schoolOrKindergarten: true,
				phone: '13811118888',
			});
			expect(school.statusCode).toBe(201);
			expect(school.json().employer.schoolOrKindergarten).toBe(true);
		});

		it('asks a 盲人医疗按摩所 for its licence number and validity', async () => {
			const res = await signUp({
				...SIGN_UP,
				uscc: uscc('92140922MA0K00004'),
				roles: ['blind_medical_massage'],
				phone: '13811117777',
			});
			expect(res.statusCode).toBe(400);
			expect(fieldErrors(res.json(), '#/licenceNumber')[0]).toContain('执业许可证');
			expect(fieldErrors(res.json(), '#/licenceValidUntil')[0]).toContain('有效期');
		});
	});

	describe('the own profile and HR accounts (/api/employers/me)', () => {
		const profile = () => ({
			...SIGN_UP,
			roles: ['blind_medical_massage'],
			licenceNumber: 'PDY00001X140922',
			licenceValidUntil: '2030-12-31',
			accessibility: ['step_free_entrance', 'accessible_toilet'],
			accessibilityNote: '门口有坡道。',
		});

		it('saves the checklist and licence; a new name after approval goes back to review', async () => {
			const saved = await call('PUT', '/api/employers/me', as.hr, profile());
			expect(saved.statusCode).toBe(200);
			expect(saved.json()).toMatchObject({
				accessibility: ['step_free_entrance', 'accessible_toilet'],
				licenceNumber: 'PDY00001X140922',
				licenceValidUntil: '2030-12-31',
				status: 'pending',
			});
			const id = saved.json().id as string;
			await call('POST', `/api/employers/${id}/review`, as.bureau, { decision: 'approve' });
			const posting = await createPosting(t.handle.db, id, { title: '保健按摩师' });
			await t.handle.db.delete(searchOutbox);
			const same = await call('PUT', '/api/employers/me', as.hr, {
				...profile(),
				accessibility: ['lift'],
			});
			expect(same.json().status).toBe('approved');
			const renamed = await call('PUT', '/api/employers/me', as.hr, {
				...profile(),
				name: '五台县示范盲人医疗按摩所',
			});
			expect(renamed.json()).toMatchObject({ name: '五台县示范盲人医疗按摩所', status: 'pending' });
			// its published postings show the name, so they are queued for the search index
			const queued = await t.handle.db.select().from(searchOutbox);
			expect(queued.map((r) => r.entityId)).toEqual([posting.id]);
		});

		it('refuses another unit’s 统一社会信用代码 and one’s own account being disabled', async () => {
			const taken = await call('PUT', '/api/employers/me', as.hr, {
				...profile(),
				uscc: otherUscc,
			});
			expect(taken.statusCode).toBe(409);
			expect(taken.json().code).toBe('employer_exists');
			const me = (await call('GET', '/api/auth/me', as.hr)).json().id as string;
			const self = await call('POST', `/api/employers/me/users/${me}/disable`, as.hr);
			expect(self.statusCode).toBe(422);
			expect(self.json().detail).toContain('不能停用自己');
		});

		it('adds an HR user with a temporary password to change, and disables it', async () => {
			const added = await call('POST', '/api/employers/me/users', as.hr, {
				displayName: '王人事',
				phone: '13822223333',
			});
			expect(added.statusCode).toBe(201);
			const { user, temporaryPassword } = added.json();
			expect(user).toMatchObject({ mustChangePassword: true, disabled: false });
			const login = await call('POST', '/api/auth/login', undefined, {
				phone: '13822223333',
				password: temporaryPassword,
			});
			expect(login.json().user).toMatchObject({ mustChangePassword: true, role: 'employer' });
			const list = await call('GET', '/api/employers/me/users', as.hr);
			expect(list.json().items.map((u: { displayName: string }) => u.displayName)).toEqual([
				'李经理',
				'王人事',
			]);
			const off = await call('POST', `/api/employers/me/users/${user.id}/disable`, as.hr);
			expect(off.json().disabled).toBe(true);
			const session = await call('GET', '/api/auth/me', `Bearer ${login.json().token}`);
			expect(session.statusCode).toBe(401);
			const again = await call('POST', '/api/auth/login', undefined, {
				phone: '13822223333',
				password: temporaryPassword,
			});
			expect(again.statusCode).toBe(403);
		});

		it('does not let employer A read or change employer B by any route', async () => {
			const mine = (await call('GET', '/api/employers/me', as.hr)).json().id as string;
			for (const [method, url] of [
				['GET', '/api/employers'],
				['GET', `/api/employers/${otherEmployerId}`],
				['POST', `/api/employers/${otherEmployerId}/review`],
			] as const) {
				const res = await call(method, url, as.hr, { decision: 'approve' });
				expect({ url, status: res.statusCode }).toEqual({ url, status: 403 });
			}
			const disable = await call('POST', `/api/employers/me/users/${otherHrId}/disable`, as.hr);
			expect(disable.statusCode).toBe(404);
			const theirs = await call('GET', '/api/employers/me', as.otherHr);
			expect(theirs.json().id).toBe(otherEmployerId);
			expect(theirs.json().id).not.toBe(mine);
			const theirUsers = await call('GET', '/api/employers/me/users', as.otherHr);
			expect(theirUsers.json().items.map((u: { id: string }) => u.id)).toEqual([otherHrId]);
		});
	});

	describe('staff review', () => {
		it('keeps township staff to their own township and out of reviewing', async () => {
			const list = await call('GET', '/api/employers', as.township);
			const townships = list.json().items.map((e: { townshipCode: string }) => e.townshipCode);
			expect(townships.length).toBeGreaterThan(0);
			expect(new Set(townships)).toEqual(new Set(['140922100']));
			const hidden = await call('GET', `/api/employers/${otherEmployerId}`, as.township);
			expect(hidden.statusCode).toBe(404);
			const review = await call('POST', `/api/employers/${otherEmployerId}/review`, as.township, {
				decision: 'approve',
			});
			expect(review.statusCode).toBe(403);
		});

		it('lists pending first and filters flagged ones', async () => {
			const all = await call('GET', '/api/employers?pageSize=100', as.federation);
			const statuses = all.json().items.map((e: { status: string }) => e.status);
			expect(statuses.indexOf('approved')).toBeGreaterThan(statuses.lastIndexOf('pending'));
			const flagged = await call('GET', '/api/employers?flagged=true', as.federation);
			expect(flagged.json().items.map((e: { name: string }) => e.name)).toEqual([
				'校验位不对的单位',
			]);
		});

		it('rejects with a reason and approves, each with an audit row; approving clears the flag', async () => {
			const [flagged] = (await call('GET', '/api/employers?flagged=true', as.federation)).json()
				.items as { id: string }[];
			const url = `/api/employers/${flagged!.id}/review`;
			const noNote = await call('POST', url, as.federation, { decision: 'reject', note: ' ' });
			expect(fieldErrors(noNote.json(), '#/note')[0]).toContain('请写明原因');
			const rejected = await call('POST', url, as.federation, {
				decision: 'reject',
				note: '营业执照上的代码和填写的不一致，请核对。',
			});
			expect(rejected.json()).toMatchObject({
				status: 'rejected',
				reviewNote: '营业执照上的代码和填写的不一致，请核对。',
				reviewFlags: ['uscc_checksum'],
			});
			const approved = await call('POST', url, as.admin, { decision: 'approve' });
			expect(approved.json()).toMatchObject({ status: 'approved', reviewFlags: [] });
			const entries = await t.handle.db
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.action, 'employer.review'), eq(auditLog.entityId, flagged!.id)));
			expect(entries.map((e) => e.detail.decision)).toEqual(['reject', 'approve']);
		});
	});
});
