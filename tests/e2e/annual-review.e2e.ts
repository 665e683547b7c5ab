import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idNumberCheckChar } from '@ronghe/contracts';
import { axeViolations, launchBrowser } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');
// the demo's data year (the year before now): the demo HR's employer has submitted it
const demoYear = new Date().getFullYear() - 1;
// a year with no roster yet, where the employer adds someone and submits
const newYear = demoYear - 1;

const first17 = '14092219880305357';
const certificateNumber = `${first17}${idNumberCheckChar(first17)}43`;

/** Submits the form holding `button` and waits for the page that follows (no JavaScript). */
async function submit(page: Page, button: string) {
	// a click that starts a navigation waits for it to commit
	await page.getByRole('button', { name: button }).click();
	await page.waitForLoadState();
}

describe('annual review (年审)', () => {
	let browser: Browser;
	let employerName = '';
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('lets the employer add an employee and submit the review without JavaScript', async () => {
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/employer/quota/employees?year=${newYear}`);
		expect(await page.locator('h1').innerText()).toBe('残疾职工名单');
		employerName = (await page.locator('p.lead').innerText()).split('：')[0]!;
		await page.getByRole('link', { name: '添加残疾职工' }).click();
		await page.waitForSelector('h1:has-text("添加残疾职工")');

		// a number one digit short: the message sits next to the field, what was typed stays
		await page.getByLabel('姓名').fill('钱某');
		await page.getByLabel('证号', { exact: true }).fill(certificateNumber.slice(0, 19));
		await page.getByLabel('劳动合同开始日期').fill(`${newYear}-01-01`);
		await page.getByLabel('劳动合同结束日期（可以不填）').fill(`${newYear + 2}-12-31`);
		await page.getByLabel('月工资（元）').fill('3,000');
		await submit(page, '添加');
		expect(await page.locator('#certificateNumber-error').innerText()).toContain('应为 20 位');
		expect(await page.inputValue('#displayName')).toBe('钱某');
		expect(await page.title()).toContain('没有保存');

		await page.getByLabel('证号', { exact: true }).fill(certificateNumber);
		await submit(page, '添加');
		expect(page.url()).toContain(`/employer/quota/employees?year=${newYear}`);
		expect(await page.locator('[role="status"]').innerText()).toContain('已添加');
		expect(await page.locator('table').innerText()).toContain('钱某');
		// the number is shown masked only
		expect(await page.locator('table').innerText()).not.toContain(certificateNumber);

		await page.getByRole('link', { name: '提交年审' }).click();
		await page.waitForSelector('h1:has-text("提交年审")');
		await submit(page, '提交年审');
		expect(await page.locator('#confirm-error').innerText()).toContain('请先勾选确认');
		await page.getByLabel('我确认名单是真实的').check();
		await submit(page, '提交年审');
		expect(await page.locator('[role="status"]').innerText()).toContain('已提交');
		expect(await page.locator('body').innerText()).toContain('已提交，等待审核');
		await page.context().close();
	});

	it('shows staff the 挂靠 flag; staff reject that person and approve', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/annual-reviews?year=${demoYear}&status=submitted`);
		expect(await page.locator('h1').innerText()).toBe('年审');
		await page.getByRole('link', { name: `${employerName}（${demoYear} 年）` }).click();
		await page.waitForSelector('h2#people');

		const flagged = page.locator('article', { hasText: '可能是挂靠' });
		expect(await flagged.count()).toBe(1);
		const flag = await flagged.locator('.notice.error').innerText();
		// the other employer is named to staff
		expect(flag).toMatch(/也在“.+”\d{4} 年的名单里/);
		const flaggedName = await flagged.locator('h3').innerText();

		// the full number is shown on request only
		await flagged.getByRole('button', { name: /显示完整证号/ }).click();
		await page.waitForSelector('text=本次查看已记入审计日志');
		expect(await page.locator('article', { hasText: '可能是挂靠' }).innerText()).toMatch(
			/证号：\d{17}[\dX]\d\d/,
		);

		const names = await page.locator('article h3').allInnerTexts();
		for (const name of names) {
			const card = page.locator('article', { has: page.locator('h3', { hasText: name }) });
			const reject = name === flaggedName;
			await card.getByLabel(reject ? '不通过' : '通过', { exact: true }).check();
			if (reject) await card.getByLabel(/说明/).fill('同一时间在另一单位，属挂靠，不算');
			await card.getByRole('button', { name: /保存决定/ }).click();
			await page.waitForLoadState();
			await page.waitForSelector('text=已保存这个人的决定');
		}
		await submit(page, '审核通过');
		expect(await page.locator('[role="status"]').first().innerText()).toContain('年审已审核通过');
		expect(await page.locator('dl.facts').first().innerText()).toContain('审核通过');
		await page.context().close();
	});

	it('shows the employer the approved figures on the dashboard', async () => {
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/employer/quota?year=${demoYear}`);
		const body = await page.locator('main').innerText();
		expect(body).toContain('年审已经审核通过');
		expect(body).toContain('年审没有通过这一位，不算：同一时间在另一单位，属挂靠，不算');
		// the demo HR's figures are case A of docs/domain.md#worked-example once the 挂靠 person no
		// longer counts
		expect(body).toContain('131,625.00 元');
		await page.context().close();
	});

	it('has no axe violations on the roster, its forms and the staff review', async () => {
		const employer = await signedInPage(browser, baseUrl, 'employer');
		for (const path of [
			`/employer/quota/employees?year=${demoYear}`,
			`/employer/quota/review?year=${newYear}`,
			// a year still open for changes
			`/employer/quota/employees/new?year=${newYear - 1}`,
		]) {
			await employer.goto(`${baseUrl}${path}`);
			expect(await axeViolations(employer), path).toEqual([]);
		}
		// the form with its error summary and messages next to the fields
		await employer.getByRole('button', { name: '添加' }).click();
		await employer.waitForSelector('#displayName-error');
		expect(await axeViolations(employer)).toEqual([]);
		await employer.context().close();

		const staff = await signedInPage(browser, baseUrl, 'bureau');
		await staff.goto(`${baseUrl}/staff/annual-reviews?status=submitted`);
		expect(await axeViolations(staff)).toEqual([]);
		await staff.locator('article h3 a').first().click();
		await staff.waitForSelector('h2#people');
		expect(await axeViolations(staff)).toEqual([]);
		await staff.context().close();
	});
});
