import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, newPage } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');
// the demo has figures for the last two years and publishes the last one when it starts
const LAST_YEAR = new Date().getFullYear() - 1;
const YEAR_BEFORE = LAST_YEAR - 1;

/** Submits a form without JavaScript and waits for the page after the 303. */
async function submit(page: Page, button: string) {
	await Promise.all([
		page.waitForLoadState(),
		page.getByRole('button', { name: button, exact: true }).click(),
	]);
	await page.waitForLoadState();
}

describe('按比例就业: staff screens and the public disclosure', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('shows the county overview with charts, tables and candidate links', async () => {
		const page = await signedInPage(browser, baseUrl, 'bureau');
		await page.goto(`${baseUrl}/staff/quota`);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(`${LAST_YEAR} 年`);
		// the plain address has nothing to complain about
		expect(await page.locator('main').innerText()).not.toContain('有的条件不对');
		expect(await page.locator('p[role="status"]').innerText()).toMatch(/达标率 [\d.]+%/);
		expect(await page.locator('svg[role="img"]').count()).toBe(2);
		expect(await page.locator('table caption').allInnerTexts()).toEqual(
			expect.arrayContaining(['按单位类型（图中的数字）', '按乡镇（图中的数字）']),
		);
		const candidates = page.getByRole('link', { name: /未就业的求职者/ }).first();
		expect(await candidates.getAttribute('href')).toMatch(
			/\/staff\/registry\?township=\d{9}&employmentStatus=unemployed/,
		);
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`${baseUrl}/staff/quota/agencies`);
		expect(await page.locator('table').innerText()).toContain('五台县人民医院');
		expect(await page.locator('table').innerText()).not.toContain('五台县实验小学');
		expect(await page.locator('body').innerText()).toContain('须在 2027 年底前至少安排 1 名残疾人');
		await page.context().close();
	});

	it('lets staff enter a wage figure without JavaScript, errors next to the fields first', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/quota/wages`);
		await page.fill('#year', String(YEAR_BEFORE));
		await page.fill('#averageAnnualWage', '-5');
		await page.fill('#minimumMonthlyWage', '1880.555');
		await submit(page, '保存');
		expect(await page.locator('#averageAnnualWage-error').innerText()).toContain('要大于 0');
		expect(await page.locator('#minimumMonthlyWage-error').innerText()).toContain('两位小数');
		expect(await page.inputValue('#minimumMonthlyWage')).toBe('1880.555');

		await page.fill('#averageAnnualWage', '58,800');
		await page.fill('#minimumMonthlyWage', '1880');
		await page.fill('#source', '演示：e2e 测试');
		await submit(page, '保存');
		expect(page.url()).toContain('saved=');
		expect(await page.locator('[role="status"]').innerText()).toContain('已保存');
		expect(await page.locator('table').innerText()).toContain('58,800.00 元');
		await page.context().close();
	});

	it('publishes a year after a confirmation, without JavaScript', async () => {
		const page = await signedInPage(browser, baseUrl, 'bureau', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/quota/disclosure?year=${YEAR_BEFORE}`);
		expect(await page.locator('#rows-caption').innerText()).toContain(`${YEAR_BEFORE} 年`);
		await submit(page, `公示 ${YEAR_BEFORE} 年的名单`);
		expect(await page.locator('#confirm-error').innerText()).toContain('我已核对名单');
		await page.getByLabel('我已核对名单，确认公示').check();
		await submit(page, `公示 ${YEAR_BEFORE} 年的名单`);
		expect(page.url()).toContain('published=1');
		expect(await page.locator('[role="status"]').innerText()).toContain('已经公示');
		await page.goto(`${baseUrl}/quota/disclosure`);
		expect(await page.locator('main').innerText()).toContain(`${YEAR_BEFORE} 年按比例就业情况公示`);
		await page.context().close();
	});

	it('lets anyone object without JavaScript, and staff answer it', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/quota/disclosure/${LAST_YEAR}`);
		expect(await page.locator('table caption').innerText()).toContain(`${LAST_YEAR} 年各单位`);
		expect(await page.locator('main').innerText()).toMatch(/异议期：7\s*天，到 .+ 结束/);
		// a name of spaces passes the browser's own check; the server names it next to the field
		await page.fill('#submitterName', '   ');
		await page.fill('#contact', '0350-1234567');
		await page.selectOption('#employerId', { label: '五台县人民医院' });
		await page.fill('#body', '这个单位去年有两位残疾职工，公示只算了一位。');
		await submit(page, '提交异议');
		expect(await page.locator('#submitterName-error').innerText()).toContain('请填写您的姓名');
		expect(await page.inputValue('#body')).toBe('这个单位去年有两位残疾职工，公示只算了一位。');
		await page.fill('#submitterName', '钱女士');
		await submit(page, '提交异议');
		expect(page.url()).toMatch(/\/received$/);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('已收到您的异议');
		await page.context().close();

		const staff = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await staff.goto(`${baseUrl}/staff/quota/objections?status=open`);
		const card = staff.locator('article', { hasText: '钱女士' });
		expect(await card.innerText()).toContain('五台县人民医院');
		await card.getByLabel('答复').fill('已核实：第二位职工 10 月才入职，按月折算，数字无误。');
		await Promise.all([
			staff.waitForLoadState(),
			card.getByRole('button', { name: /保存答复/ }).click(),
		]);
		await staff.waitForLoadState();
		expect(await staff.locator('p[role="status"]').innerText()).toContain('已保存答复');
		const answered = staff.locator('article', { hasText: '钱女士' });
		expect(await answered.innerText()).toContain('已答复');
		expect(await answered.innerText()).toContain('按月折算');
		await staff.context().close();
	});
});
