import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '@ronghe/db/demo';
import { launchBrowser, newPage } from '../support/browser.js';
import { demoAccount, signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeText = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');

/** Presses Tab until `matches` holds for the focused element, at most `limit` times. */
async function tabTo(page: Page, matches: () => Promise<boolean>, limit = 60) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await matches()) return;
	}
	throw new Error('not reached by Tab');
}

/** Tabs through the page: every control is reached and shows where the focus is. */
async function checkTabOrder(page: Page) {
	const expected = await page.evaluate(
		() =>
			[
				...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'),
			].filter(
				(el) =>
					!el.hidden &&
					el.offsetParent !== null &&
					el.tabIndex >= 0 &&
					(el as HTMLInputElement).type !== 'hidden',
			).length,
	);
	const seen: string[] = [];
	for (let i = 0; i < expected + 5; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const s = getComputedStyle(el);
			const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
			const shadow = s.boxShadow !== 'none';
			return { key: el.outerHTML.slice(0, 80), visible: outline || shadow };
		});
		if (!info) break;
		expect(info.visible, `no visible focus on ${info.key}`).toBe(true);
		if (!seen.includes(info.key)) seen.push(info.key);
	}
	expect(seen.length).toBeGreaterThanOrEqual(expected);
}

describe('keyboard only', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('starts with the skip link, which moves focus to the main content', async () => {
		const page = await newPage(browser);
		await page.goto(baseUrl + '/');
		await page.keyboard.press('Tab');
		const first = await page.evaluate(() => ({
			text: document.activeElement?.textContent?.trim(),
			href: document.activeElement?.getAttribute('href'),
		}));
		expect(first).toEqual({ text: '跳到主要内容', href: '#main' });
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.context().close();
	});

	it.each(['/', '/login'])(
		'reaches every link and control on %s by Tab, each with a visible focus indicator',
		async (path) => {
			const page = await newPage(browser);
			await page.goto(baseUrl + path);
			await checkTabOrder(page);
			await page.context().close();
		},
	);

	it('reaches every control on /account by Tab when signed in', async () => {
		const page = await signedInPage(browser, baseUrl, 'township');
		await page.goto(baseUrl + '/account');
		expect(await page.locator('h1').innerText()).toBe('我的账户');
		await checkTabOrder(page);
		await page.context().close();
	});

	it('signs in and out with the keyboard alone', async () => {
		const { phone, displayName } = demoAccount('bureau');
		const page = await newPage(browser);
		await page.goto(baseUrl + '/login');
		await tabTo(page, async () => (await activeId(page)) === 'phone');
		await page.keyboard.type(phone);
		await page.keyboard.press('Tab');
		expect(await activeId(page)).toBe('password');
		await page.keyboard.type(DEMO_PASSWORD);
		await page.keyboard.press('Enter');
		// staff land on their home: what waits for them
		await page.waitForURL(`${baseUrl}/staff`);
		expect(await page.locator('header').innerText()).toContain(displayName);

		await tabTo(page, async () => (await activeText(page)) === '退出登录');
		await Promise.all([
			page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
			page.keyboard.press('Enter'),
		]);
		await page.waitForLoadState();
		expect(await page.locator('header').innerText()).not.toContain(displayName);
		await page.context().close();
	});
});
