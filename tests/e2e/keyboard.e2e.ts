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
	// each control the keyboard should reach gets a number, so two alike ones count apart
	const expected = await page.evaluate(() => {
		const all = [
			...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'),
		].filter(
			(el) =>
				// not in a closed <details> either (its content is skipped, not hidden)
				el.checkVisibility({ visibilityProperty: true }) &&
				el.tabIndex >= 0 &&
				(el as HTMLInputElement).type !== 'hidden',
		);
		// a radio group is one stop: the arrow keys move within it
		const groups = new Set<string>();
		const stops = all.filter((el) => {
			const r = el as HTMLInputElement;
			if (r.type !== 'radio') return true;
			const key = `${r.form?.id ?? ''}|${r.name}`;
			if (groups.has(key)) return false;
			groups.add(key);
			return true;
		});
		all.forEach((el, i) => (el.dataset.tabProbe = String(i)));
		return stops.map((el) => ({ key: el.dataset.tabProbe!, html: el.outerHTML.slice(0, 100) }));
	});
	const seen = new Set<string>();
	for (let i = 0; i < expected.length + 5; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const s = getComputedStyle(el);
			const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
			const shadow = s.boxShadow !== 'none';
			return {
				key: el.dataset.tabProbe ?? el.outerHTML.slice(0, 80),
				html: el.outerHTML.slice(0, 80),
				visible: outline || shadow,
			};
		});
		if (!info) break;
		expect(info.visible, `no visible focus on ${info.html}`).toBe(true);
		seen.add(info.key);
	}
	const missed = expected.filter((e) => !seen.has(e.key)).map((e) => e.html);
	expect(missed, `not reached by Tab on ${page.url()}`).toEqual([]);
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

	it('reaches every control of the live fair and one of its booths, as a seeker', async () => {
		const { items } = (await (await fetch(`${baseUrl}/api/fairs`)).json()) as {
			items: { id: string; status: string }[];
		};
		const live = items.find((f) => f.status === 'live');
		if (!live) throw new Error('the demo data has no live fair');
		const { booths } = (await (await fetch(`${baseUrl}/api/fairs/${live.id}`)).json()) as {
			booths: { id: string }[];
		};
		const page = await signedInPage(browser, baseUrl, 'seeker');
		for (const path of [`/fairs/${live.id}`, `/fairs/${live.id}/booths/${booths[0]!.id}`]) {
			await page.goto(baseUrl + path);
			await checkTabOrder(page);
		}
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
