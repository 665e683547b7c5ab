import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, setA11yCookie } from '../support/browser.js';
import { sitePages } from './pages.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');
const pages = (await sitePages(baseUrl)).filter((p) => !p.startsWith('/api/'));

const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('layout and reflow', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each(pages)('%s has lang zh-CN, one h1, a main landmark and a title', async (path) => {
		const page = await newPage(browser);
		await page.goto(baseUrl + path);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.locator('main#main').count()).toBe(1);
		expect(await page.title()).toMatch(/融合就业$/);
		await page.context().close();
	});

	it.each(pages)('%s does not scroll sideways at 320 px, even with large text', async (path) => {
		const page = await newPage(browser, { viewport: { width: 320, height: 640 } });
		await page.goto(baseUrl + path);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await setA11yCookie(page, baseUrl, 'text=large;contrast=high');
		await page.goto(baseUrl + path);
		expect(await page.getAttribute('html', 'class')).toMatch(/text-large/);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await page.context().close();
	});

	// 县人社局演示员 with 县人社局工作人员 is the longest name and role label in the header.
	it.each(['/', '/account'])(
		'%s signed in has one h1 and does not scroll sideways at 320 px with large text',
		async (path) => {
			const page = await signedInPage(browser, baseUrl, 'bureau', {
				viewport: { width: 320, height: 640 },
			});
			await setA11yCookie(page, baseUrl, 'text=large;contrast=high');
			await page.goto(baseUrl + path);
			expect(page.url()).toBe(baseUrl + path);
			expect(await page.locator('h1').count()).toBe(1);
			expect(await page.locator('header').innerText()).toContain('县人社局演示员');
			expect(await overflow(page)).toBeLessThanOrEqual(0);
			await page.context().close();
		},
	);

	it('renders large text bigger than the default, from the cookie alone', async () => {
		const page = await newPage(browser);
		await page.goto(baseUrl + '/');
		const normal = await page.evaluate(() =>
			parseFloat(getComputedStyle(document.documentElement).fontSize),
		);
		await setA11yCookie(page, baseUrl, 'text=large');
		await page.goto(baseUrl + '/');
		const large = await page.evaluate(() =>
			parseFloat(getComputedStyle(document.documentElement).fontSize),
		);
		expect(large).toBeGreaterThanOrEqual(normal * 1.2);
		await page.context().close();
	});
});
