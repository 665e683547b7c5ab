import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, setA11yCookie } from '../support/browser.js';

const baseUrl = inject('baseUrl');

// Language, one h1, the main landmark, the title and reflow at 320 px (with and without large
// text) are checked on every page, for every audience, in the same visits as axe (axe.e2e.ts).
describe('large text', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

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
