import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceInfo } from '@ronghe/contracts';
import { auditLog } from '@ronghe/db/schema';
import { createEmployer, createPosting, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const TAICHENG = '140922100'; // 台城镇, the factories' township
const GENGZHEN = '140922102';

describe('service contacts and footer details (issue 12 items 1 and 11)', () => {
	const t = useApi();
	const tokens: Record<string, string> = {};
	const call = (method: 'GET' | 'PUT', url: string, who?: string, payload?: object) =>
		t.app.inject({
			method,
			url,
			payload,
			headers: who ? { authorization: `Bearer ${tokens[who]}` } : {},
		});
	const info = async () => (await call('GET', '/api/contacts')).json<ServiceInfo>();
	const audits = (action: string) =>
		t.handle.db.select().from(auditLog).where(eq(auditLog.action, action));

	beforeAll(async () => {
		const { db } = t.handle;
		for (const role of ['bureau', 'federation', 'admin', 'township', 'employer'] as const)
			tokens[role] = await (await createUser(db, role)).newSession();
	});

	it('lists 县残联, 县人社局 and every township before anyone fills them in', async () => {
		const res = await call('GET', '/api/contacts');
		expect(res.statusCode).toBe(200);
		const { site, contacts } = res.json<ServiceInfo>();
		expect(site).toEqual({ hotline: '', address: '', icpNumber: '', policeNumber: '' });
		expect(contacts.slice(0, 2).map((c) => [c.key, c.office, c.phone])).toEqual([
			['federation', '五台县残疾人联合会', ''],
			['bureau', '五台县人力资源和社会保障局', ''],
		]);
		const taicheng = contacts.find((c) => c.key === TAICHENG);
		expect(taicheng).toMatchObject({ kind: 'township', office: '台城镇残联专职委员' });
		expect(taicheng?.updatedAt).toBeNull();
	});

	it('county staff save the federation contact; everyone sees it; the change is audited', async () => {
		const body = {
			office: '五台县残疾人联合会',
			phone: '0350-0000-001',
			address: '台城镇 某某路 1 号',
			hours: '周一至周五 8:00–12:00，14:30–17:30',
		};
		const res = await call('PUT', '/api/contacts/federation', 'federation', body);
		expect(res.statusCode).toBe(200);
		expect(res.json()).toMatchObject({ ...body, person: '', kind: 'federation' });
		const fed = (await info()).contacts.find((c) => c.key === 'federation');
		expect(fed).toMatchObject({ phone: '0350-0000-001', hours: body.hours });
		const [row] = await audits('contact.save');
		expect(row).toMatchObject({ entity: 'service_contact', entityId: 'federation' });
		expect(row?.detail).toMatchObject({
			created: true,
			fields: ['office', 'phone', 'address', 'hours'],
		});
	});

	it('township staff edit their own township only', async () => {
		const own = await call('PUT', `/api/contacts/${TAICHENG}`, 'township', {
			office: '台城镇残联专职委员',
			person: '张委员',
			phone: '0350-0000-101',
		});
		expect(own.statusCode).toBe(200);
		for (const key of [GENGZHEN, 'federation', 'bureau']) {
			const other = await call('PUT', `/api/contacts/${key}`, 'township', {
				office: '改了',
				phone: '0350-0000-999',
			});
			expect(other.statusCode).toBe(403);
			expect(other.json().detail).toBe('只能修改本乡镇专职委员的联系方式。');
		}
		const list = (await info()).contacts;
		expect(list.find((c) => c.key === TAICHENG)).toMatchObject({ person: '张委员' });
		expect(list.find((c) => c.key === GENGZHEN)?.phone).toBe('');
		expect(list.find((c) => c.key === 'bureau')?.office).toBe('五台县人力资源和社会保障局');
		// county staff may edit any township
		const county = await call('PUT', `/api/contacts/${GENGZHEN}`, 'bureau', {
			office: '耿镇镇残联专职委员',
			phone: '0350-0000-102',
		});
		expect(county.statusCode).toBe(200);
	});

	it('refuses bad input with Chinese details and writes nothing', async () => {
		const before = (await audits('contact.save')).length;
		const bad = await call('PUT', '/api/contacts/federation', 'admin', {
			office: ' ',
			phone: '请打电话',
			note: '长'.repeat(201),
		});
		expect(bad.statusCode).toBe(400);
		expect(bad.headers['content-type']).toContain('application/problem+json');
		const details = (bad.json().errors as { pointer: string; detail: string }[]).map((e) => [
			e.pointer,
			e.detail,
		]);
		expect(details).toEqual(
			expect.arrayContaining([
				['#/office', '请填写单位或岗位名称。'],
				['#/phone', '电话只能写数字和 -、空格、括号、“转”，例如 0350-1234567。'],
				['#/note', '说明最多 200 个字。'],
			]),
		);
		const key = await call('PUT', '/api/contacts/nowhere', 'admin', { office: '某办' });
		expect(key.statusCode).toBe(400);
		const missing = await call('PUT', '/api/contacts/999999999', 'admin', { office: '某办' });
		expect(missing.statusCode).toBe(404);
		expect((await audits('contact.save')).length).toBe(before);
	});

	it('county staff set the hotline and 备案 numbers; township staff and employers may not', async () => {
		const body = {
			hotline: '0350-0000-000',
			address: '五台县台城镇 某某路 1 号',
			icpNumber: '晋ICP备00000000号',
			policeNumber: '晋公网安备14092200000000号',
		};
		for (const who of ['township', 'employer'])
			expect((await call('PUT', '/api/site-info', who, body)).statusCode).toBe(403);
		expect((await call('PUT', '/api/site-info', undefined, body)).statusCode).toBe(401);
		const res = await call('PUT', '/api/site-info', 'bureau', body);
		expect(res.statusCode).toBe(200);
		expect((await info()).site).toEqual(body);
		const [row] = await audits('site_info.save');
		expect(row?.detail).toEqual({ fields: ['hotline', 'address', 'icpNumber', 'policeNumber'] });
		const bad = await call('PUT', '/api/site-info', 'bureau', { ...body, hotline: 'abc' });
		expect(bad.statusCode).toBe(400);
		expect((await info()).site.hotline).toBe('0350-0000-000');
	});

	it('a posting shows its contact person only when the employer chose to be called', async () => {
		const { db } = t.handle;
		const employer = await createEmployer(db, { name: '联系测试公司' });
		const direct = await createPosting(db, employer.id, {
			contactMode: 'direct',
			contactName: '王经理',
			contactPhone: '0350-0000-201',
		});
		const viaFederation = await createPosting(db, employer.id, {
			contactName: '不显示',
			contactPhone: '0350-0000-202',
		});
		const a = (await call('GET', `/api/postings/${direct.id}`)).json();
		expect(a.contact).toEqual({ mode: 'direct', name: '王经理', phone: '0350-0000-201' });
		const b = (await call('GET', `/api/postings/${viaFederation.id}`)).json();
		expect(b.contact).toEqual({ mode: 'federation', name: '', phone: '' });
	});

	it('lets the employer choose how seekers reach them, with a phone when called directly', async () => {
		const { db } = t.handle;
		const employer = await createEmployer(db, { name: '选择联系方式公司' });
		const token = await (
			await createUser(db, 'employer', { employerId: employer.id })
		).newSession();
		const draft = {
			postType: 'quota',
			title: '数据录入员',
			description: '把纸质单据录入电脑系统并核对，每天在办公室完成。',
			headcount: 1,
			workMode: 'full_time',
			townshipCode: TAICHENG,
			closingDate: '2030-06-30',
		};
		const post = (payload: object) =>
			t.app.inject({
				method: 'POST',
				url: '/api/employer/postings',
				payload,
				headers: { authorization: `Bearer ${token}` },
			});
		const missing = await post({ ...draft, contactMode: 'direct', contactName: '王经理' });
		expect(missing.statusCode).toBe(400);
		expect(missing.json().errors).toEqual([
			expect.objectContaining({
				pointer: '#/contactPhone',
				detail: '选了直接联系，请填联系电话；不想公开电话，请选“通过县残联联系”。',
			}),
		]);
		const direct = await post({
			...draft,
			contactMode: 'direct',
			contactName: '王经理',
			contactPhone: '0350-0000-301',
		});
		expect(direct.statusCode).toBe(201);
		expect(direct.json()).toMatchObject({
			contactMode: 'direct',
			contactName: '王经理',
			contactPhone: '0350-0000-301',
		});
		// without a choice the posting goes through 县残联
		expect((await post(draft)).json()).toMatchObject({ contactMode: 'federation' });
	});
});
