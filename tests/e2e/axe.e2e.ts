import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, newPage, setA11yCookie } from '../support/browser.js';
import { publicPages } from './pages.js';

const baseUrl = inject('baseUrl');
const pages = await publicPages(baseUrl);

describe('axe-core, WCAG 2.2 A/AA', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	const modes = [
		{ name: 'default', cookie: undefined, width: 1280 },
		{ name: 'phone 320 px', cookie: undefined, width: 320 },
		{ name: 'large text + high contrast', cookie: 'text=large;contrast=high', width: 1280 },
	];
	for (const mode of modes) {
		it.each(pages)(`has no violations on %s (${mode.name}, signed out)`, async (path) => {
			const page = await newPage(browser, { viewport: { width: mode.width, height: 800 } });
			if (mode.cookie) await setA11yCookie(page, baseUrl, mode.cookie);
			await page.goto(baseUrl + path);
			expect(await axeViolations(page)).toEqual([]);
			await page.context().close();
		});
	}
});
