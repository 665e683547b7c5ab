import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

describe('saved searches, alerts and search sync pages', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('saves a search from a link and deletes it after confirming, with JavaScript off', async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		const name = `按摩提醒${Date.now() % 100_000}`;
		await page.goto(`${baseUrl}/me/saved-searches?q=推拿&workMode=part_time&payMin=1800`);
		const criteria = await page.locator('main section').innerText();
		expect(criteria).toContain('关键词“推拿”');
		expect(criteria).toContain('工作方式：兼职');
		expect(criteria).toContain('月薪不低于 1800 元');

		await page.getByLabel('给这个搜索起个名字').fill('');
		await page.getByRole('button', { name: '保存并提醒我' }).click();
		expect(await page.locator('#name-error').innerText()).toContain('起个名字');
		expect(await page.getByLabel('给这个搜索起个名字').getAttribute('aria-invalid')).toBe('true');

		await page.getByLabel('给这个搜索起个名字').fill(name);
		await Promise.all([
			page.waitForURL(/done=created/),
			page.getByRole('button', { name: '保存并提醒我' }).click(),
		]);
		expect(await page.locator('[role="status"]').first().innerText()).toContain('已保存');
		const item = page.locator('main li', { hasText: name });
		expect(await item.innerText()).toContain('关键词“推拿”');

		await item.getByRole('link', { name: new RegExp(`删除\\s*“${name}”`) }).click();
		expect(await page.locator('main').innerText()).toContain(`确定要删除“${name}”吗？`);
		await Promise.all([
			page.waitForURL(/done=deleted/),
			page.getByRole('button', { name: '确定删除' }).click(),
		]);
		expect(await page.locator('main li', { hasText: name }).count()).toBe(0);
		await page.context().close();
	});

	it.each([false, true])(
		'saves a /jobs search from the results and shows the same search again (JavaScript %s)',
		async (javaScriptEnabled) => {
			const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled });
			const name = `月薪提醒${javaScriptEnabled ? 'J' : 'N'}${Date.now() % 100_000}`;
			await page.goto(`${baseUrl}/jobs?payMin=2500&workMode=full_time&sort=pay`);
			const form = page.locator('form.save-search');
			expect(await form.innerText()).toContain('月薪不低于 2500 元');
			await page.getByLabel(/保存这个搜索，有新岗位时提醒我/).fill(name);
			await Promise.all([
				page.waitForURL(/\/jobs\?.*saved=1/),
				page.getByRole('button', { name: '保存这个搜索', exact: true }).click(),
			]);
			// back on the same search, order included, with a confirmation read out
			expect(page.url()).toContain('payMin=2500');
			expect(page.url()).toContain('sort=pay');
			await page.getByText('已保存这个搜索').waitFor();
			expect(await page.locator('main [role="status"]', { hasText: '已保存' }).count()).toBe(1);

			await page.goto(`${baseUrl}/me/saved-searches`);
			const item = page.locator('main li', { hasText: name });
			const words = await item.innerText();
			expect(words).toContain('月薪不低于 2500 元');
			expect(words).toContain('工作方式：全职');
			await item.getByRole('link', { name: new RegExp(`删除\\s*“${name}”`) }).click();
			await Promise.all([
				page.waitForURL(/done=deleted/),
				page.getByRole('button', { name: '确定删除' }).click(),
			]);
			await page.context().close();
		},
	);

	it('asks visitors to sign in to save a search, and brings them back to it', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/jobs?q=按摩&workMode=full_time`);
		expect(await page.locator('form.save-search').count()).toBe(0);
		const link = page.getByRole('link', { name: '登录后可以保存这个搜索' });
		const href = new URL((await link.getAttribute('href')) ?? '', baseUrl);
		expect(href.pathname).toBe('/login');
		expect(href.searchParams.get('returnTo')).toBe(
			`/jobs?${new URLSearchParams({ q: '按摩', workMode: 'full_time' })}`,
		);
		await page.context().close();
	});

	it('shows the seeker 保存的搜索 in the navigation', async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/`);
		const nav = page.getByRole('navigation', { name: '主导航' });
		// behind 更多 on a computer screen: a real disclosure, so it opens without JavaScript
		await nav.locator('summary', { hasText: '更多' }).click();
		await Promise.all([
			page.waitForURL(/\/me\/saved-searches$/),
			nav.getByRole('link', { name: '保存的搜索' }).click(),
		]);
		expect(await page.locator('h1').innerText()).toBe('保存的搜索');
		await page.context().close();
	});

	it('shows the seeker their alerts page from the navigation', async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker');
		await page.goto(`${baseUrl}/`);
		await page
			.getByRole('navigation', { name: '主导航' })
			.getByRole('link', { name: /我的提醒/ })
			.click();
		await page.waitForURL(/\/me\/notifications$/);
		expect(await page.locator('h1').innerText()).toBe('我的提醒');
		await page.context().close();
	});

	it('shows bureau staff the search sync status, and keeps it from seekers', async () => {
		const staff = await signedInPage(browser, baseUrl, 'bureau', { javaScriptEnabled: false });
		await staff.goto(`${baseUrl}/staff/search`);
		expect(await staff.locator('h1').innerText()).toBe('搜索同步');
		expect(await staff.locator('main dl').innerText()).toMatch(/等待同步\s*\d+ 项/);
		await staff.context().close();

		const seeker = await signedInPage(browser, baseUrl, 'seeker');
		const res = await seeker.goto(`${baseUrl}/staff/search`);
		expect(res?.status()).toBe(403);
		await seeker.context().close();
	});
});
