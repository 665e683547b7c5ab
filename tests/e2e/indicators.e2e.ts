import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INDICATOR_SHEET_COLUMNS, type IndicatorList } from '@ronghe/contracts';
import { axeViolations, launchBrowser } from '../support/browser.js';
import { demoApi } from './demo-api.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');
// the county's year: the dashboard opens on it
const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
	.format(new Date())
	.slice(0, 4);
const TRAINED = '当年参加培训并结业的残疾人';
const SHOTS = '/tmp/shots';

/** The dashboard's card of one indicator. */
const card = (page: Page, label: string) =>
	page.locator('article.indicator', { has: page.getByRole('heading', { name: label }) });

async function saveTarget(page: Page, value: string) {
	await page.goto(`${baseUrl}/staff/indicators/targets?year=${year}`);
	const form = page.locator('form#t-trained_year');
	await form.getByLabel('目标（人）').fill(value);
	await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		form.getByRole('button', { name: '保存这一项' }).click(),
	]);
	await page.waitForLoadState();
}

/**
 * 规划指标 (issue 15 §7): county staff read a figure, change a target and see the status follow,
 * download the workbook and open the one-page printout.
 */
describe('规划指标', () => {
	let browser: Browser;
	let actual = 0;
	beforeAll(async () => {
		browser = await launchBrowser();
		mkdirSync(SHOTS, { recursive: true });
		const staff = await demoApi(baseUrl, 'bureau');
		const list = await staff.get<IndicatorList>(`/api/indicators?year=${year}`);
		actual = list.items.find((i) => i.code === 'trained_year')!.actual!;
	});
	afterAll(async () => {
		// back to the plan's default, so a second run starts where the first did
		const staff = await demoApi(baseUrl, 'bureau');
		await staff.put(`/api/indicators/${year}/targets/trained_year`, { target: 20 });
		await browser.close();
	});

	it('bureau staff change a target and the dashboard follows; Excel and the printout', async () => {
		const page = await signedInPage(browser, baseUrl, 'bureau', {
			viewport: { width: 1280, height: 900 },
		});
		await page.goto(`${baseUrl}/staff/indicators`);
		expect(await page.locator('h1').innerText()).toBe(`规划指标（${year} 年，全县）`);
		// the API's count, in the table beside the chart
		const row = page
			.locator('table', { has: page.locator('caption', { hasText: '实际和目标' }) })
			.locator('tr', { has: page.getByRole('rowheader', { name: TRAINED }) });
		expect(await row.locator('td').nth(1).innerText()).toBe(`${actual} 人`);
		await page.screenshot({ path: `${SHOTS}/indicators-1280.png`, fullPage: true });
		expect(await axeViolations(page)).toEqual([]);

		// letters are refused next to the field, and what was typed stays
		await page.getByRole('link', { name: `修改 ${year} 年的目标` }).click();
		const form = page.locator('form#t-trained_year');
		await form.getByLabel('目标（人）').fill('二十');
		await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			form.getByRole('button', { name: '保存这一项' }).click(),
		]);
		await page.waitForLoadState();
		expect(await page.locator('#target-trained_year-error').innerText()).toBe('请写数字。');
		expect(await page.locator('#target-trained_year').inputValue()).toBe('二十');
		await page.screenshot({ path: `${SHOTS}/indicators-targets.png`, fullPage: true });

		// one more than the count: not met; then the count itself: met
		await saveTarget(page, String(actual + 1));
		expect(await page.locator('[role="status"].notice').innerText()).toContain(
			`已保存“${TRAINED}”`,
		);
		await page.goto(`${baseUrl}/staff/indicators`);
		const trained = card(page, TRAINED);
		expect(await trained.innerText()).toContain(`不少于 ${actual + 1} 人`);
		expect(await trained.locator('.badge').innerText()).toContain('还没达到');
		await saveTarget(page, String(actual));
		await page.goto(`${baseUrl}/staff/indicators`);
		expect(await card(page, TRAINED).innerText()).toContain(`不少于 ${actual} 人`);
		expect(await card(page, TRAINED).locator('.badge').innerText()).toContain('已达到');

		// the workbook, through the web's own link
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: '下载 Excel' }).click(),
		]);
		expect(download.suggestedFilename()).toBe(`${year}年规划指标.xlsx`);
		const data = readFileSync((await download.path())!);
		expect(data.subarray(0, 2).toString()).toBe('PK');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(data as unknown as ArrayBuffer);
		const sheet = book.getWorksheet('指标')!;
		expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([...INDICATOR_SHEET_COLUMNS]);

		// the printout: one A4 page, without the site's header
		await page.getByRole('link', { name: '打印年度汇总' }).click();
		await page.waitForURL(/\/staff\/indicators\/print\?year=/);
		expect(await page.locator('h1').innerText()).toBe(`五台县残疾人事业规划指标 ${year} 年情况`);
		expect(await page.locator('main').innerText()).toContain('打印日期：');
		expect(await axeViolations(page)).toEqual([]);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		await page.screenshot({ path: `${SHOTS}/indicators-print.png`, fullPage: true });
		const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);

		// a phone: nothing wider than the screen
		await page.emulateMedia({ media: 'screen' });
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(`${baseUrl}/staff/indicators`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: `${SHOTS}/indicators-320.png`, fullPage: true });
		await page.context().close();
	});

	it('实名制: full numbers only after ticking that the download is audited', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/statistics`);
		const button = page.getByRole('button', { name: '下载完整证号' });
		await Promise.all([page.waitForURL(/confirm=missing/), button.click()]);
		expect(await page.locator('#confirm-error').innerText()).toContain('请先勾选');
		await page.screenshot({ path: `${SHOTS}/indicators-statistics.png`, fullPage: true });
		await page.getByLabel(/记入审计日志/).check();
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toMatch(/实名制统计\.xlsx$/);
		await page.context().close();
	});
});
