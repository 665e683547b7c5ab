import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.js';
import { sitePages } from './pages.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');
const pages = (await sitePages(baseUrl)).filter((p) => p !== '/no-such-page');

describe('with JavaScript disabled', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	describe('every page', () => {
		// one tab for these visits, going from page to page as a reader would: they only read,
		// and a new tab (a new renderer process) per page costs more than the page itself
		let context: BrowserContext;
		let page: Page;
		beforeAll(async () => {
			context = await browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false });
			page = await context.newPage();
		});
		afterAll(async () => {
			await context.close();
		});
		it.each(pages)('renders %s in full from the server', async (path) => {
			const res = await page.goto(baseUrl + path);
			expect(res?.status()).toBe(200);
			expect((await page.locator('h1').innerText()).length).toBeGreaterThan(1);
		});
	});

	it('renders /account in full for a signed-in person', async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		const res = await page.goto(baseUrl + '/account');
		expect(res?.status()).toBe(200);
		expect(await page.locator('h1').innerText()).toBe('我的账户');
		expect(await page.locator('main form[method="POST"]').count()).toBe(3);
		// The "显示密码" box needs JavaScript, so it is not there without it.
		expect(await page.getByLabel('显示密码').count()).toBe(0);
		await page.context().close();
	});

	it('filters jobs through the plain GET form', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(baseUrl + '/jobs');
		// option labels carry facet counts ("东冶镇（12 个）"), so choose by code
		await page.selectOption('select[name="township"]', '140922105');
		await Promise.all([
			page.waitForURL(/township=140922105/),
			page
				.locator(
					'form[method="GET"] button[type="submit"], form:not([method]) button[type="submit"], form[method="get"] button[type="submit"]',
				)
				.first()
				.click(),
		]);
		const status = await page.locator('[role="status"]').first().innerText();
		expect(status).toMatch(/找到 \d+ 个岗位/);
		const towns = await page.locator('main article').allInnerTexts();
		expect(towns.length).toBeGreaterThan(0);
		for (const t of towns) expect(t).toContain('东冶镇');
		await page.context().close();
	});

	it('saves large text and high contrast through the settings form (303, cookie, classes)', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(baseUrl + '/settings/accessibility');
		await page.getByLabel(/大字号/).check();
		await page.getByLabel(/高对比度/).check();
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: /保存/ }).click(),
		]);
		expect(response.status()).toBe(303);
		await page.waitForLoadState();
		const cls = await page.getAttribute('html', 'class');
		expect(cls).toMatch(/text-large/);
		expect(cls).toMatch(/contrast-high/);
		expect(await page.locator('[role="status"]').first().innerText()).toMatch(/已保存/);
		await page.goto(baseUrl + '/jobs');
		expect(await page.getAttribute('html', 'class')).toMatch(/contrast-high/);
		await page.context().close();
	});

	it('switches high contrast from the header toggle and stays on the same page', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(baseUrl + '/fairs');
		const toggle = page.getByRole('button', { name: '高对比度' });
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			toggle.click(),
		]);
		expect(response.status()).toBe(303);
		await page.waitForURL(/\/fairs$/);
		expect(await page.getAttribute('html', 'class')).toMatch(/contrast-high/);
		expect(await page.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed')).toBe(
			'true',
		);
		await page.context().close();
	});
});
