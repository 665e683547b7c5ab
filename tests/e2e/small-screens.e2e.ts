import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, setA11yCookie } from '../support/browser.js';
import { signedInPage, type DemoRole } from './signed-in.js';

const baseUrl = inject('baseUrl');
const SHOTS = process.env.SCREENSHOT_DIR;

const PHONE = { width: 390, height: 844 };
const SMALL = { width: 320, height: 700 };

/** Each role's first page of its own (the one after 首页 in its navigation). */
const ROLE_PAGES: [DemoRole | null, string][] = [
	[null, '/jobs'],
	['seeker', '/me/profile'],
	['employer', '/employer/postings'],
	['township', '/staff/registry/new'],
	['federation', '/staff/registry'],
	['bureau', '/staff/reviews'],
	['admin', '/staff/search'],
];

async function pageAs(browser: Browser, role: DemoRole | null, opts = {}): Promise<Page> {
	return role ? signedInPage(browser, baseUrl, role, opts) : newPage(browser, opts);
}

/** Where the page's heading ends and how tall the site header is, in CSS pixels. */
async function firstScreen(page: Page) {
	const h1 = await page.locator('main h1').boundingBox();
	const header = await page.locator('header.site-header').boundingBox();
	if (!h1 || !header) throw new Error('no h1 or header');
	return { h1Bottom: h1.y + h1.height, header: header.height };
}

async function shot(page: Page, name: string) {
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe('the first screen on a phone', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each(ROLE_PAGES)(
		'shows the heading in the first screen at 390 × 844 (%s, %s)',
		async (role, path) => {
			for (const url of ['/', path]) {
				const page = await pageAs(browser, role, { viewport: PHONE });
				await page.goto(baseUrl + url);
				const { h1Bottom, header } = await firstScreen(page);
				await shot(page, `390-${role ?? 'public'}-${url.replaceAll('/', '_')}`);
				expect(h1Bottom, url).toBeLessThanOrEqual(PHONE.height);
				// the header leaves most of the screen to the page
				expect(header, url).toBeLessThanOrEqual(PHONE.height * 0.3);
				await page.context().close();
			}
		},
	);

	it.each(ROLE_PAGES)(
		'shows the heading in the first screen at 320 px with large text (%s, %s)',
		async (role, path) => {
			const page = await pageAs(browser, role, { viewport: SMALL });
			await setA11yCookie(page, baseUrl, 'text=large');
			await page.goto(baseUrl + path);
			const { h1Bottom, header } = await firstScreen(page);
			await shot(page, `320L-${role ?? 'public'}-${path.replaceAll('/', '_')}`);
			expect(h1Bottom).toBeLessThanOrEqual(SMALL.height);
			expect(header).toBeLessThanOrEqual(SMALL.height * 0.45);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				SMALL.width,
			);
			await page.context().close();
		},
	);
});

describe('the navigation menu', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });
	const menuButton = (page: Page) => nav(page).locator('summary', { hasText: '菜单' });

	it('opens and closes by keyboard on a phone, and says so', async () => {
		const page = await pageAs(browser, 'seeker', { viewport: PHONE });
		await page.goto(baseUrl + '/');
		await page.waitForFunction(() => document.documentElement.dataset.started === 'true');
		const profile = nav(page).getByRole('link', { name: '我的资料' });
		expect(await profile.isVisible()).toBe(false);
		expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false');

		// Tab from the start of the page to the button
		for (let i = 0; i < 20; i += 1) {
			await page.keyboard.press('Tab');
			if (await menuButton(page).evaluate((el) => el === document.activeElement)) break;
		}
		await page.keyboard.press('Enter');
		expect(await profile.isVisible()).toBe(true);
		expect(await menuButton(page).getAttribute('aria-expanded')).toBe('true');
		expect(await page.getByRole('button', { name: '退出登录' }).isVisible()).toBe(true);
		await shot(page, '390-seeker-menu-open');

		await page.keyboard.press('Space');
		expect(await profile.isVisible()).toBe(false);
		expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false');

		// following a link closes the menu, so the new page's heading is in view
		await menuButton(page).click();
		await Promise.all([page.waitForURL(/\/me\/profile$/), profile.click()]);
		expect(await profile.isVisible()).toBe(false);
		const { h1Bottom } = await firstScreen(page);
		expect(h1Bottom).toBeLessThanOrEqual(PHONE.height);
		await page.context().close();
	});

	it('opens and closes without JavaScript on a phone', async () => {
		const page = await pageAs(browser, 'bureau', { viewport: PHONE, javaScriptEnabled: false });
		await page.goto(baseUrl + '/');
		const audit = nav(page).getByRole('link', { name: '审计日志' });
		expect(await audit.isVisible()).toBe(false);
		await menuButton(page).click();
		// on a phone the entries behind 更多 are listed with the rest
		expect(await audit.isVisible()).toBe(true);
		expect(await nav(page).getByRole('link', { name: '年审' }).isVisible()).toBe(true);
		await shot(page, '390-bureau-menu-open-nojs');
		await menuButton(page).click();
		expect(await audit.isVisible()).toBe(false);
		await page.context().close();
	});

	it('shows the links in one row on a computer, the rest behind 更多', async () => {
		const page = await pageAs(browser, 'bureau');
		await page.goto(baseUrl + '/staff/reviews');
		await page.waitForFunction(() => document.documentElement.dataset.started === 'true');
		expect(await menuButton(page).isVisible()).toBe(false);
		const links = nav(page).locator('a:visible');
		const tops = new Set(
			(await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top))).map(
				Math.round,
			),
		);
		expect(tops.size).toBe(1);
		expect(
			await nav(page).getByRole('link', { name: '岗位审核' }).getAttribute('aria-current'),
		).toBe('page');
		const more = nav(page).locator('summary', { hasText: '更多' });
		const audit = nav(page).getByRole('link', { name: '审计日志' });
		expect(await audit.isVisible()).toBe(false);
		await more.focus();
		await page.keyboard.press('Enter');
		expect(await audit.isVisible()).toBe(true);
		expect(await more.getAttribute('aria-expanded')).toBe('true');
		await shot(page, '1280-bureau-more-open');
		await page.keyboard.press('Escape');
		expect(await audit.isVisible()).toBe(false);
		expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.context().close();
	});
});

describe('job search results on a phone', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each([true, false])('fits three results in one screen (JavaScript %s)', async (js) => {
		const page = await newPage(browser, { viewport: PHONE, javaScriptEnabled: js });
		await page.goto(baseUrl + '/jobs');
		const cards = page.locator('main article');
		expect(await cards.count()).toBeGreaterThanOrEqual(3);
		await cards.nth(0).evaluate((el) => el.scrollIntoView());
		await shot(page, `390-jobs-results-${js ? 'js' : 'nojs'}`);
		const first = await cards.nth(0).boundingBox();
		const third = await cards.nth(2).boundingBox();
		if (!first || !third) throw new Error('no cards');
		expect(third.y + third.height - first.y).toBeLessThanOrEqual(PHONE.height);
		await page.context().close();
	});
});
