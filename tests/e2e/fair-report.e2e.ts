import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

type Listed = { id: string; title: string; status: string };

/** The demo's finished fair (stored history figures only) and another one run on the platform. */
async function demoFairs(): Promise<{ finished: Listed; other: Listed }> {
	const { items } = (await (await fetch(`${baseUrl}/api/fairs`)).json()) as { items: Listed[] };
	const finished = items.find((f) => f.status === 'finished');
	const other = items.find((f) => f.status !== 'finished');
	if (!finished || !other) throw new Error('the demo data has no finished and upcoming fair');
	return { finished, other };
}

describe('fair report page', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('shows the finished fair’s figures, and downloads them, without JavaScript', async () => {
		const { finished } = await demoFairs();
		const detail = (await (await fetch(`${baseUrl}/api/fairs/${finished.id}`)).json()) as {
			booths: unknown[];
			counters: { registered: number; applications: number };
			employerCount: number | null;
		};
		const page = await signedInPage(browser, baseUrl, 'bureau', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/fairs/${finished.id}/report`);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(finished.title);
		const totals = await page.locator('dl.totals').innerText();
		// the demo's past fair may be history only (stored figures) or run on the platform
		if (detail.booths.length === 0 && detail.counters.registered === 0) {
			expect(await page.locator('main .notice').innerText()).toContain('没有按残疾类别');
			expect(totals).toMatch(new RegExp(`参会企业数\\s+${detail.employerCount} 家`));
			expect(totals).not.toContain('录用');
			expect(await page.locator('svg[role="img"]').count()).toBe(0);
		} else {
			// the same figures as the public page's booths and counters
			expect(totals).toMatch(new RegExp(`参会企业数\\s+${detail.booths.length} 家`));
			expect(totals).toMatch(new RegExp(`参会求职者\\s+${detail.counters.registered} 人`));
			expect(totals).toMatch(new RegExp(`投递\\s+${detail.counters.applications} 份`));
			expect(await page.locator('svg[role="img"]').count()).toBe(4);
		}

		const link = page.getByRole('link', { name: /下载 Excel 表格/ });
		const file = await page.request.get(new URL((await link.getAttribute('href'))!, baseUrl).href);
		expect(file.status()).toBe(200);
		expect(file.headers()['content-type']).toContain('spreadsheetml');
		expect(file.headers()['content-disposition']).toContain(
			encodeURIComponent(`${finished.title}-统计报告.xlsx`),
		);
		await page.context().close();
	});

	it('draws each breakdown with its table', async () => {
		const { other } = await demoFairs();
		const page = await signedInPage(browser, baseUrl, 'federation');
		await page.goto(`${baseUrl}/staff/fairs/${other.id}/report`);
		expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(
			expect.arrayContaining(['总计', '按残疾类别', '按残疾等级', '按乡镇', '按单位类型']),
		);
		// the township breakdown of a fair nobody has come to yet has no rows, so no chart
		expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
		expect(await page.locator('svg[role="img"] desc').first().textContent()).toContain(
			'按残疾类别：参会求职者',
		);
		expect(await page.locator('table caption').allInnerTexts()).toEqual(
			expect.arrayContaining(['按残疾类别的全部数字', '按单位类型的全部数字']),
		);
		const headers = await page.locator('table th[scope="col"]').allInnerTexts();
		expect(headers.map((h) => h.replace(/\s+/g, ''))).toContain('30天回访在岗（人）');
		await page.context().close();
	});

	it('fits 320 px, also with large text and high contrast, and passes axe', async () => {
		const { finished, other } = await demoFairs();
		for (const a11y of ['', 'text=large;contrast=high']) {
			const page = await signedInPage(browser, baseUrl, 'admin', {
				viewport: { width: 320, height: 640 },
			});
			if (a11y)
				await page
					.context()
					.addCookies([{ name: 'ronghe_a11y', value: encodeURIComponent(a11y), url: baseUrl }]);
			for (const fair of [finished, other]) {
				await page.goto(`${baseUrl}/staff/fairs/${fair.id}/report`);
				if (a11y) expect(await page.getAttribute('html', 'class')).toMatch(/contrast-high/);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow).toBeLessThanOrEqual(0);
				expect(await axeViolations(page)).toEqual([]);
			}
			await page.context().close();
		}
	});

	it('shows township staff the 403 page', async () => {
		const { other } = await demoFairs();
		const page = await signedInPage(browser, baseUrl, 'township', { javaScriptEnabled: false });
		const res = await page.goto(`${baseUrl}/staff/fairs/${other.id}/report`);
		expect(res?.status()).toBe(403);
		expect(await page.locator('main').innerText()).toContain('县人社局、县残联的工作人员');
		await page.context().close();
	});
});
