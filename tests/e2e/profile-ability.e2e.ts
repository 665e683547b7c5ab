import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

/** The value chosen in each ability item's group, '' for 先不回答 or nothing chosen. */
const chosen = (page: Page) =>
	page
		.locator('main form fieldset')
		.evaluateAll((sets) =>
			sets.map((s) => (s.querySelector('input:checked') as HTMLInputElement | null)?.value ?? ''),
		);

async function choose(page: Page, values: string[]) {
	const sets = page.locator('main form fieldset');
	for (const [i, value] of values.entries())
		await sets.nth(i).locator(`input[value="${value}"]`).check();
	await Promise.all([
		page.waitForURL(/\/me\/profile\/ability\?saved=1$/),
		page.getByRole('button', { name: '保存', exact: true }).click(),
	]);
}

describe('profile ability step (issue 12 item 7)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('is finished when some items are left as 先不回答, and the overview says how many', async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/me/profile/ability`);
		const before = await chosen(page);
		expect(before.length).toBeGreaterThan(2);

		// two answered, the rest 先不回答
		await choose(page, ['2', '1', ...before.slice(2).map(() => '')]);
		expect(await chosen(page)).toEqual(['2', '1', ...before.slice(2).map(() => '')]);
		await page.goto(`${baseUrl}/me/profile`);
		const step = page.locator('ol.steps li', { hasText: '能力情况' });
		expect(await step.innerText()).toContain(
			`（已填完：回答了 2 项，${before.length - 2} 项先不回答）`,
		);

		// the demo seeker's own answers back, for the other tests
		await page.goto(`${baseUrl}/me/profile/ability`);
		await choose(page, before);
		await page.context().close();
	});
});
