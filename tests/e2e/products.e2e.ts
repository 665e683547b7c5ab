import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, newPage } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');
// names no other run or demo entry has, to search for
const RUN = Date.now() % 100_000;
const MAKER = `石咀乡巧手布鞋坊${RUN}`;
const NAME = `千层底手工布鞋${RUN}`;

async function postAndWait(page: Page, click: () => Promise<void>) {
	const [res] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		click(),
	]);
	return res;
}

/** Searches the public directory for the maker, as a visitor without JavaScript. */
async function searchPublic(page: Page) {
	await page.goto(`${baseUrl}/products`);
	await page.getByLabel('想找什么').fill(MAKER);
	await Promise.all([
		page.waitForURL(/\/products\?/),
		page.getByRole('button', { name: '查找' }).click(),
	]);
	return page.locator('main');
}

describe('残疾人产品和服务', () => {
	let browser: Browser;
	let productId = '';

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('staff add a product without JavaScript and the public finds it by its maker', async () => {
		const staff = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await staff.goto(`${baseUrl}/staff/products`);
		await staff.getByRole('link', { name: '登记一项' }).click();
		expect(await staff.getByRole('heading', { level: 1 }).innerText()).toBe('登记产品或服务');
		await staff.getByLabel('产品或服务的名称').fill(NAME);
		await staff.getByLabel('类别').fill('手工艺品');
		await staff.getByLabel('辅助性就业机构').check();
		await staff.getByLabel('生产单位或创业者的名称').fill(MAKER);
		await staff.getByLabel('所在乡镇').selectOption('140922100');
		await staff.getByLabel('价格（可以不填）').fill('每双 60 元');
		await staff.getByLabel('联系电话（可以不填）').fill('12345');
		await staff.getByLabel('怎么买（可以不填）').fill('打电话预订，三天做好。');
		const bad = await postAndWait(staff, () =>
			staff.getByRole('button', { name: '保存并公开' }).click(),
		);
		expect(bad.status()).toBe(400);
		expect(await staff.getByLabel('联系电话（可以不填）').getAttribute('aria-invalid')).toBe(
			'true',
		);
		expect(await staff.locator('#contactPhone-error').innerText()).toContain('手机号');
		expect(await staff.getByLabel('生产单位或创业者的名称').inputValue()).toBe(MAKER);

		await staff.getByLabel('联系电话（可以不填）').fill('0350-6541234');
		const ok = await postAndWait(staff, () =>
			staff.getByRole('button', { name: '保存并公开' }).click(),
		);
		expect(ok.status()).toBe(303);
		await staff.waitForURL(/\/staff\/products\/[0-9a-f-]{36}\?done=created$/);
		productId = /products\/([0-9a-f-]{36})/.exec(staff.url())![1]!;
		expect(await staff.locator('.notice.ok').innerText()).toContain('已登记');

		const visitor = await newPage(browser, { javaScriptEnabled: false });
		const found = await searchPublic(visitor);
		await found.getByRole('heading', { name: NAME }).getByRole('link').click();
		await visitor.waitForURL(`${baseUrl}/products/${productId}`);
		expect(await visitor.getByRole('heading', { level: 1 }).innerText()).toBe(NAME);
		const facts = await visitor.locator('dl.facts').innerText();
		expect(facts).toContain(MAKER);
		expect(facts).toContain('0350-6541234');
		// axe runs in the page: a second look with JavaScript, at the product and its staff form
		const checker = await newPage(browser);
		await checker.goto(`${baseUrl}/products/${productId}`);
		expect(await axeViolations(checker)).toEqual([]);
		await checker.context().close();
		const staffChecker = await signedInPage(browser, baseUrl, 'federation');
		await staffChecker.goto(`${baseUrl}/staff/products/${productId}`);
		expect(await axeViolations(staffChecker)).toEqual([]);
		await staffChecker.context().close();

		// 下架: the confirmation after the 303, and the public no longer finds it
		await staff.goto(`${baseUrl}/staff/products`);
		const row = staff.locator('tbody tr', { has: staff.getByRole('rowheader', { name: NAME }) });
		expect(await row.innerText()).toContain('已发布');
		const down = await postAndWait(staff, () => row.getByRole('button', { name: /^下架/ }).click());
		expect(down.status()).toBe(303);
		expect(await staff.locator('.notice.ok').innerText()).toContain(`“${NAME}”已下架`);
		expect(await row.innerText()).toContain('已下架');
		expect(await (await searchPublic(visitor)).innerText()).toContain('没有找到');
		await visitor.context().close();
		await staff.context().close();
	});
});
