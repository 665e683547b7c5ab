import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, newPage } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

/** Case A of docs/domain.md#worked-example, typed as a person would. */
async function fillCaseA(page: Page) {
	await page.selectOption('#f-collectionYear', '2025');
	await page.getByLabel('企业（含个体、民办非企业）').check();
	for (let i = 0; i < 12; i++)
		await page.fill(i === 0 ? '#f-monthlyStaff' : `#f-monthlyStaff-${i}`, i < 6 ? '245' : '255');
	await page.fill('#f-wageBill', '16,250,000');
	await page.fill('#f-localAverageWage', '60000');
	await page.fill('#f-rows-0-level', '3');
	await page.fill('#f-rows-0-months', '12');
	await page.fill('#f-rows-1-level', '1');
	await page.fill('#f-rows-1-months', '3');
}

describe('levy calculator', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('works without JavaScript: result with every step, then one more row', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/levy`);
		await fillCaseA(page);
		await Promise.all([
			page.waitForLoadState(),
			page.getByRole('button', { name: '计算保障金' }).click(),
		]);
		await page.waitForSelector('#result-heading');
		expect(await page.locator('[role="status"].result-summary').innerText()).toContain(
			'131,625.00 元',
		);
		expect(await page.locator('ol.steps li').count()).toBeGreaterThan(6);
		expect(await page.title()).toContain('算好了');

		await page.getByRole('button', { name: '再加一行' }).click();
		await page.waitForSelector('#f-rows-3-level');
		// what was typed is still there
		expect(await page.inputValue('#f-rows-1-level')).toBe('1');
		expect(await page.inputValue('#f-wageBill')).toBe('16,250,000');
		await page.context().close();
	});

	it('shows each error next to its field and in a summary, keeping the values', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/levy`);
		await fillCaseA(page);
		await page.fill('#f-rows-1-level', '5');
		await page.fill('#f-averageStaff', '250');
		await page.getByRole('button', { name: '计算保障金' }).click();
		await page.waitForSelector('#levy-errors');
		const summary = await page.locator('#levy-errors').innerText();
		expect(summary).toContain('残疾人证的等级是 1 到 4 级，没有 5 级。');
		expect(summary).toContain('每月职工人数和平均职工人数只填一种。');
		expect(await page.getAttribute('#f-rows-1-level', 'aria-invalid')).toBe('true');
		expect(await page.getAttribute('#f-rows-1-level', 'aria-describedby')).toContain(
			'f-rows-1-level-error',
		);
		expect(await page.inputValue('#f-rows-1-level')).toBe('5');
		await page.context().close();
	});

	// axe runs inside the page, so the states above are checked again with JavaScript on
	it('has no axe violations with errors shown', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/levy`);
		await fillCaseA(page);
		await page.fill('#f-rows-1-level', '5');
		await page.getByRole('button', { name: '计算保障金' }).click();
		await page.waitForSelector('#levy-errors');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('levy-errors');
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	it('can be used with the keyboard only, with JavaScript', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/levy`);
		await fillCaseA(page);
		await page.focus('#f-rows-2-months');
		// Tab from the last row reaches "再加一行", then the calculate button
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('计算保障金');
		await page.keyboard.press('Enter');
		await page.waitForSelector('#result-heading');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
		expect(await page.locator('[role="status"].result-summary').innerText()).toContain(
			'131,625.00 元',
		);
		await page.context().close();
	});
});

describe('employer quota dashboard (demo employer)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('shows the levy, who does not count and why, and a what-if, without JavaScript', async () => {
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		const res = await page.goto(`${baseUrl}/employer/quota`);
		expect(res?.status()).toBe(200);
		expect(await page.locator('h1').innerText()).toBe('按比例就业和保障金');
		expect(await page.locator('table').innerText()).toContain('低于当地最低工资');
		expect(await page.locator('ol.steps li').count()).toBeGreaterThan(6);

		// the what-if is about a hire still to come: this year, from this month on
		const now = new Date();
		const [year, month] = [now.getFullYear(), now.getMonth() + 1];
		expect(await page.locator('#what-if').innerText()).toContain(`今年（${year} 年）`);
		expect(await page.locator('label[for="w-fromMonth"]').innerText()).toBe(
			`${year} 年从几月开始上班`,
		);
		const months = await page
			.locator('#w-fromMonth option')
			.evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)));
		expect(months[0]).toBe(month);
		expect(months.at(-1)).toBe(12);
		expect(await page.inputValue('#w-fromMonth')).toBe(String(month));

		await page.fill('#w-level', '3');
		await page.selectOption('#w-fromMonth', '12');
		await page.getByRole('button', { name: '算一算' }).click();
		await page.waitForSelector('text=如果从 12 月起招一位残疾人证 3 级');
		const answer = await page.locator('[role="status"]').last().innerText();
		expect(answer).toMatch(/保障金从 .* 变成 /);
		expect(answer).toContain(`${year} 年：`);
		await page.context().close();
	});

	it("answers the what-if for a candidate's level straight from the candidate's page", async () => {
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/employer/candidates`);
		await page.locator('main a[href*="/employer/candidates/"]').first().click();
		const link = page.getByRole('link', { name: /^算一算：招用/ });
		expect(await link.getAttribute('href')).toMatch(/\/employer\/quota(\?level=[1-4])?#what-if$/);
		// a 2 级 certificate holder: the answer is there on arrival, the form filled in
		await page.goto(`${baseUrl}/employer/quota?level=2#what-if`);
		expect(await page.inputValue('#w-level')).toBe('2');
		expect(await page.locator('[role="status"]').last().innerText()).toContain(
			`如果从 ${new Date().getMonth() + 1} 月起招一位残疾人证 2 级`,
		);
		await page.context().close();
	});

	it("has no axe violations on the dashboard, nor on a candidate's page", async () => {
		const page = await signedInPage(browser, baseUrl, 'employer');
		await page.goto(`${baseUrl}/employer/quota`);
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`${baseUrl}/employer/candidates`);
		await page.locator('main a[href*="/employer/candidates/"]').first().click();
		await page.getByRole('link', { name: /^算一算：招用/ }).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
