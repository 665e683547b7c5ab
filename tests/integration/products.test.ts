import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Product, ProductList } from '@ronghe/contracts';
import { auditLog } from '@ronghe/db/schema';
import { createEmployer, createPersonRow, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const TOWN_A = '140922100'; // 台城镇
const TOWN_B = '140922105';

/**
 * 残疾人产品和服务目录 (issue 15 §6): public search over what disabled people's enterprises
 * make, kept by staff; the public never learns who behind a maker is on the registry.
 */
describe('products and services directory (/api/products)', () => {
	const t = useApi();

	const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth?: string, payload?: object) =>
		t.app.inject({
			method,
			url,
			headers: auth ? { authorization: auth } : {},
			...(payload ? { payload } : {}),
		});
	const bearer = async (role: 'federation' | 'township', townshipCode?: string) =>
		`Bearer ${await (await createUser(t.handle.db, role, townshipCode ? { townshipCode } : {})).newSession()}`;
	const search = async (query: string, auth?: string) => {
		const res = await call('GET', `/api/products?${query}`, auth);
		expect(res.statusCode).toBe(200);
		return res.json() as ProductList;
	};
	const names = (l: ProductList) => l.items.map((p) => p.name);

	const honey = {
		name: '五台山土蜂蜜',
		description: '山上散养的中华蜂，一年只取一次蜜。',
		category: '农产品',
		price: '每斤 80 元',
		makerKind: 'entrepreneur',
		makerName: '老张养蜂场',
		townshipCode: TOWN_A,
		contactPhone: '138 0350 1234',
		howToBuy: '打电话预订，县城可以送货上门。',
	};

	it('finds published products by maker and category, and hides the ones taken down', async () => {
		const db = t.handle.db;
		const county = await bearer('federation');
		const employer = await createEmployer(db, { name: '五台县康华福利厂' });
		const person = await createPersonRow(db, { fullName: '张养蜂', townshipCode: TOWN_A });
		const made = await call('POST', '/api/products', county, {
			...honey,
			employerId: employer.id,
			personId: person.id,
		});
		expect(made.statusCode).toBe(201);
		const p = made.json() as Product;
		expect(p).toMatchObject({ contactPhone: '13803501234', makerKindLabel: '残疾人创业者' });
		const broom = await call('POST', '/api/products', county, {
			name: '手工扫帚',
			category: '手工艺品',
			makerKind: 'auxiliary_workshop',
			makerName: '晋享家园台城站',
			townshipCode: TOWN_B,
			contactPhone: '0350-6541234',
		});
		expect(broom.statusCode).toBe(201);

		// by maker name (any case, part of it), by category, by word in the description
		expect(names(await search('q=%E8%80%81%E5%BC%A0'))).toEqual(['五台山土蜂蜜']);
		expect(names(await search(`category=${encodeURIComponent('农产品')}`))).toContain(
			'五台山土蜂蜜',
		);
		expect(names(await search(`category=${encodeURIComponent('农产品')}`))).not.toContain(
			'手工扫帚',
		);
		expect(names(await search(`q=${encodeURIComponent('手工艺')}`))).toEqual(['手工扫帚']);
		expect(names(await search(`q=${encodeURIComponent('中华蜂 散养')}`))).toEqual(['五台山土蜂蜜']);
		expect(names(await search(`makerKind=auxiliary_workshop&township=${TOWN_B}`))).toEqual([
			'手工扫帚',
		]);
		// a LIKE wildcard is matched as typed, not as "anything"
		expect((await search('q=%25')).total).toBe(0);

		// the public answer names the maker and never the records behind it
		const one = await call('GET', `/api/products/${p.id}`);
		expect(one.statusCode).toBe(200);
		for (const body of [one.body, (await call('GET', '/api/products')).body]) {
			expect(body).not.toContain('personId');
			expect(body).not.toContain('employerId');
			expect(body).not.toContain(person.id);
			expect(body).not.toContain(employer.id);
		}

		// 下架: gone from the public list and page, still there for staff
		const down = await call('POST', `/api/products/${p.id}/unpublish`, county);
		expect(down.statusCode).toBe(200);
		expect((down.json() as Product).published).toBe(false);
		expect(names(await search('q=%E8%80%81%E5%BC%A0'))).toEqual([]);
		expect(names(await search('q=%E8%80%81%E5%BC%A0&all=1'))).toEqual([]);
		expect((await call('GET', `/api/products/${p.id}`)).statusCode).toBe(404);
		expect((await call('GET', `/api/products/${p.id}`, county)).statusCode).toBe(200);
		const staffList = await search('all=1&pageSize=100', county);
		expect(staffList.items.find((x) => x.id === p.id)?.published).toBe(false);
		expect((await search('pageSize=100', county)).items.map((x) => x.id)).not.toContain(p.id);

		const up = await call('POST', `/api/products/${p.id}/publish`, county);
		expect((up.json() as Product).published).toBe(true);
		expect(names(await search('q=%E8%80%81%E5%BC%A0'))).toEqual(['五台山土蜂蜜']);
		const logged = await db.select().from(auditLog).where(eq(auditLog.entityId, p.id));
		expect(logged.map((a) => a.action).sort()).toEqual([
			'product.create',
			'product.publish',
			'product.unpublish',
		]);
	});

	it('lets township staff keep only their own township’s products', async () => {
		const county = await bearer('federation');
		const townA = await bearer('township', TOWN_A);
		const inB = (
			await call('POST', '/api/products', county, {
				...honey,
				name: '豆腐干',
				townshipCode: TOWN_B,
			})
		).json() as Product;
		const edit = await call('PUT', `/api/products/${inB.id}`, townA, { ...honey, name: '改名' });
		expect(edit.statusCode).toBe(403);
		expect(edit.headers['content-type']).toContain('application/problem+json');
		expect((await call('POST', `/api/products/${inB.id}/unpublish`, townA)).statusCode).toBe(403);
		const elsewhere = await call('POST', '/api/products', townA, {
			...honey,
			townshipCode: TOWN_B,
		});
		expect(elsewhere.statusCode).toBe(403);
		expect(elsewhere.json().detail).toBe('只能登记本乡镇的产品和服务。');

		const own = await call('POST', '/api/products', townA, { ...honey, name: '台城小米' });
		expect(own.statusCode).toBe(201);
		const id = (own.json() as Product).id;
		const renamed = await call('PUT', `/api/products/${id}`, townA, {
			...honey,
			name: '台城黄小米',
		});
		expect((renamed.json() as Product).name).toBe('台城黄小米');
		// their list of all states is their township's
		const list = await search('all=1&pageSize=100', townA);
		expect(list.items.map((x) => x.townshipCode)).toEqual(list.items.map(() => TOWN_A));
		expect(list.items.map((x) => x.id)).toContain(id);
	});

	it('answers a bad phone, an unknown township or employer with a field error, not a 500', async () => {
		const county = await bearer('federation');
		const phone = await call('POST', '/api/products', county, { ...honey, contactPhone: '12345' });
		expect(phone.statusCode).toBe(400);
		expect(phone.headers['content-type']).toContain('application/problem+json');
		const [err] = phone.json().errors as { pointer: string; detail: string }[];
		expect(err?.pointer).toBe('#/contactPhone');
		expect(err?.detail).toMatch(/[\u4e00-\u9fff]/);
		expect(err?.detail).toContain('手机号');

		const township = await call('POST', '/api/products', county, {
			...honey,
			townshipCode: '999999999',
		});
		expect(township.statusCode).toBe(400);
		expect(township.json().errors).toMatchObject([
			{ pointer: '#/townshipCode', detail: '请从列表里选择乡镇。' },
		]);
		const employer = await call('POST', '/api/products', county, {
			...honey,
			employerId: '00000000-0000-4000-8000-000000000000',
		});
		expect(employer.statusCode).toBe(400);
		expect(employer.json().errors).toMatchObject([{ pointer: '#/employerId' }]);
		const long = await call('POST', '/api/products', county, { ...honey, name: '蜜'.repeat(61) });
		expect(long.statusCode).toBe(400);
		expect(long.json().errors).toMatchObject([{ pointer: '#/name' }]);
		expect(
			(await call('GET', '/api/products/00000000-0000-4000-8000-000000000000')).statusCode,
		).toBe(404);
		expect((await call('GET', '/api/products?makerKind=bank')).statusCode).toBe(400);
		// an anonymous caller cannot add to the directory
		expect((await call('POST', '/api/products', undefined, honey)).statusCode).toBe(401);
	});
});
