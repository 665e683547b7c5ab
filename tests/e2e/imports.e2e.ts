import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rosterRow, rosterXlsx } from '../fixtures/roster.js';
import { axeViolations, launchBrowser } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

describe('importing the roster', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('uploads a small roster without JavaScript and shows the counts and the bad row', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/registry/import`);
		const good = [rosterRow(90_001), rosterRow(90_002)];
		const bad = rosterRow(90_003, { 乡镇: '不存在乡' });
		await page.getByLabel('名单文件（.xlsx，最大 20 MB）').setInputFiles({
			name: '测试名单.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: await rosterXlsx([...good, bad]),
		});
		await Promise.all([
			page.waitForURL(/\/staff\/registry\/import\/[0-9a-f-]{36}$/),
			page.getByRole('button', { name: '上传并导入' }).click(),
		]);
		// without JavaScript the page reloads itself every 2 seconds until the import is done
		await page.getByText('导入完成：共 3 行，1 行有问题。').waitFor({ timeout: 30_000 });
		expect(await page.locator('h1').innerText()).toBe('名单导入：已完成');
		const table = page.getByRole('table', { name: /有问题的行，共 1 处/ });
		expect(await table.locator('tbody tr').innerText()).toMatch(
			/^4\s+乡镇\s+没有叫“不存在乡”的乡镇/,
		);
		// axe runs inside the page, so the finished result page is checked with JavaScript on
		const resultUrl = page.url();
		await page.context().close();
		const withJs = await signedInPage(browser, baseUrl, 'federation');
		await withJs.goto(resultUrl);
		expect(await axeViolations(withJs)).toEqual([]);
		await withJs.context().close();
	});

	it('keeps township staff out with the 403 page', async () => {
		const page = await signedInPage(browser, baseUrl, 'township');
		const res = await page.goto(`${baseUrl}/staff/registry/import`);
		expect(res?.status()).toBe(403);
		expect(await page.locator('main').innerText()).toMatch(
			/只有县人社局、县残联的工作人员和系统管理员/,
		);
		await page.context().close();
	});
});
