import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.js';

const baseUrl = inject('baseUrl');

describe('keyboard only, home page', () => {
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

	it('reaches every link and control by Tab, each with a visible focus indicator', async () => {
		const page = await newPage(browser);
		await page.goto(baseUrl + '/');
		const expected = await page.evaluate(
			() =>
				[
					...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'),
				].filter((el) => !el.hidden && el.offsetParent !== null && el.tabIndex >= 0).length,
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
		await page.context().close();
	});
});
