import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '@ronghe/db/demo';
import { launchBrowser, newPage } from '../support/browser.js';
import { arriveAt, demoAccount } from './signed-in.js';

const baseUrl = inject('baseUrl');

/**
 * A page on a slow phone: its scripts are held back until `release()` is called, so a person can
 * type before they start, however busy the machine running the test is. Resolves once the page
 * is shown (the scripts still on their way).
 */
async function openSlowly(page: Page, path: string): Promise<() => void> {
	let release!: () => void;
	const gate = new Promise<void>((r) => (release = r));
	await page.route(/\/_app\/immutable\/entry\//, async (route) => {
		await gate;
		await route.continue();
	});
	await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' });
	return release;
}

const started = (page: Page) =>
	page.evaluate(() => document.documentElement.dataset.started === 'true');

describe('typing before the page has started (slow phone)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('keeps the phone number typed into the sign-in form, and signs in', async () => {
		const page = await newPage(browser);
		const release = await openSlowly(page, '/login?returnTo=/account');
		const { phone, displayName } = demoAccount('seeker');
		await page.getByLabel('手机号', { exact: true }).fill(phone);
		await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
		expect(await started(page)).toBe(false); // typed before the scripts ran
		release();
		await page.waitForSelector('html[data-started="true"]');
		expect(await page.getByLabel('手机号', { exact: true }).inputValue()).toBe(phone);
		await page.getByRole('button', { name: '登录', exact: true }).click();
		await arriveAt(page, `${baseUrl}/account`);
		expect(await page.locator('header').innerText()).toContain(displayName);
		await page.context().close();
	});

	it('keeps a search word and a ticked filter on the job search page', async () => {
		const page = await newPage(browser);
		const release = await openSlowly(page, '/jobs');
		const words = page.getByRole('searchbox').first();
		await words.fill('按摩');
		const remote = page.getByRole('checkbox').first();
		const label = await remote.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.innerText);
		await remote.check();
		expect(await started(page)).toBe(false);
		release();
		await page.waitForSelector('html[data-started="true"]');
		expect(await words.inputValue()).toBe('按摩');
		// the label ends in a live count (“（36 个）”) that may change once the search runs again
		const name = new RegExp(`^${label!.trim().replace(/（.*$/, '')}`);
		expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
		await page.context().close();
	});
});
