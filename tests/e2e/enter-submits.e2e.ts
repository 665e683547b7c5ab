import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

/**
 * Every form with more than one submit button: Enter in a text field must do what the form's main
 * button does, not what the first button in the page happens to do (issue 12 item 5).
 */
describe.each([
	{ js: true, label: 'with JavaScript' },
	{ js: false, label: 'without JavaScript' },
])('Enter in a field runs the main action, $label', ({ js }) => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	const pressEnterIn = async (page: Page, selector: string) => {
		await page.focus(selector);
		await page.keyboard.press('Enter');
	};

	it('levy calculator: Enter calculates, and does not add a row', async () => {
		const page = await newPage(browser, { javaScriptEnabled: js });
		await page.goto(`${baseUrl}/levy`);
		await page.selectOption('#f-collectionYear', '2025');
		await page.fill('#f-averageStaff', '250');
		await page.fill('#f-wageBill', '16,250,000');
		await page.fill('#f-rows-0-level', '3');
		await page.fill('#f-rows-0-months', '12');
		await pressEnterIn(page, '#f-wageBill');
		await page.waitForSelector('#result-heading');
		expect(await page.locator('[role="status"].result-summary').innerText()).toContain('元');
		expect(await page.locator('fieldset.employee').count()).toBe(3);
		// the hidden default button is not in the Tab order: from the last row, Tab still
		// reaches 再加一行 and then 计算保障金
		await page.focus('#f-rows-2-months');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('再加一行');
		await page.context().close();
	});

	it('posting editor: Enter in 岗位名称 saves the draft, it does not only check', async () => {
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: js });
		await page.goto(`${baseUrl}/employer/postings/new`);
		const title = `电话客服（回车保存，${js ? '有' : '不用'}脚本）`;
		await page.fill('#title', title);
		await page.fill('#description', '接听客户电话，记录问题并转给同事处理。');
		await page.fill('#payMin', '2600');
		await page.fill('#payMax', '3200');
		await page.selectOption('#townshipCode', { label: '台城镇' });
		await Promise.all([
			page.waitForURL(/\/employer\/postings\/[0-9a-f-]{36}\?done=saved$/),
			pressEnterIn(page, '#title'),
		]);
		expect(await page.locator('h1').innerText()).toBe(title);
		expect(await page.locator('main [role="status"]').first().innerText()).toContain('草稿已保存');
		await page.context().close();
	});
});
