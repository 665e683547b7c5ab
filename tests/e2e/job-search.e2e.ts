import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.js';

const baseUrl = inject('baseUrl');

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeText = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
const activeField = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLInputElement | null;
		return el ? `${el.name}=${el.value}` : '';
	});
const status = (page: Page) => page.locator('main p.status[role="status"]').innerText();

async function tabTo(page: Page, matches: () => Promise<boolean>, limit = 200) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await matches()) return;
	}
	throw new Error('not reached by Tab');
}

describe('job search', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('searches, filters and pages with the keyboard alone', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/jobs`);
		expect(await status(page)).toMatch(/^找到 \d+ 个岗位/);
		await tabTo(page, async () => (await activeId(page)) === 'q');
		await page.keyboard.type('按摩');
		await Promise.all([page.waitForURL(/q=%E6%8C%89%E6%91%A9/), page.keyboard.press('Enter')]);
		await expect.poll(() => status(page)).toMatch(/^找到 \d+ 个岗位/);
		expect(await page.locator('main article mark').count()).toBeGreaterThan(0);

		// choose 视力残疾 with Space, then submit with the 查找 button
		await tabTo(page, async () => (await activeField(page)) === 'category=1');
		await page.keyboard.press('Space');
		await tabTo(page, async () => (await activeText(page)) === '查找');
		await Promise.all([page.waitForURL(/category=1/), page.keyboard.press('Enter')]);
		const cards = await page.locator('main article').allInnerTexts();
		expect(cards.length).toBeGreaterThan(0);
		for (const card of cards) expect(card).toContain('视力残疾');
		await page.context().close();
	});

	it('follows real pagination links from the keyboard', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/jobs`);
		await tabTo(page, async () => (await activeText(page)) === '下一页');
		await Promise.all([page.waitForURL(/page=2/), page.keyboard.press('Enter')]);
		await expect.poll(() => status(page)).toContain('这是第 2 页');
		await page.context().close();
	});

	it('searches as you type without moving focus, and announces the count politely', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/jobs`);
		const region = page.locator('main p.status[role="status"]');
		expect(await region.getAttribute('role')).toBe('status');
		const before = await status(page);
		await page.locator('#q').focus();
		await page.keyboard.type('kefu', { delay: 50 });
		await page.waitForURL(/q=kefu/);
		await expect.poll(() => status(page)).not.toBe(before);
		expect(await activeId(page)).toBe('q');
		expect(await page.locator('#q').inputValue()).toBe('kefu');
		await page.context().close();
	});

	it('works as a plain GET form without JavaScript', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/jobs`);
		await page.fill('#q', '按摩');
		await page.locator('input[name="category"][value="1"]').check(); // 视力残疾
		await page.selectOption('#sort', 'pay');
		await Promise.all([
			page.waitForURL(/category=1/),
			page.locator('main form[role="search"] button[type="submit"]').click(),
		]);
		expect(page.url()).toContain('sort=pay');
		expect(await status(page)).toMatch(/^找到 \d+ 个岗位/);
		const cards = await page.locator('main article').allInnerTexts();
		expect(cards.length).toBeGreaterThan(0);
		for (const card of cards) expect(card).toContain('视力残疾');
		expect(await page.locator('#q').inputValue()).toBe('按摩');
		await page.context().close();
	});

	it('offers ways out when nothing matches', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/jobs?q=${encodeURIComponent('宇航员驾驶飞船')}`);
		expect(await status(page)).toBe('没有找到岗位。');
		expect(await page.getByRole('link', { name: '看全部岗位' }).count()).toBe(1);
		await page.context().close();
	});
});
