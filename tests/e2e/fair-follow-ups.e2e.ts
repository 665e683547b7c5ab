import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

/** The demo's finished fair: its hires have 回访 visits, some recorded. */
async function finishedFair(): Promise<{ id: string; title: string }> {
	const { items } = (await (await fetch(`${baseUrl}/api/fairs`)).json()) as {
		items: { id: string; title: string; status: string }[];
	};
	const f = items.find((x) => x.status === 'finished');
	if (!f) throw new Error('the demo data has no finished fair');
	return f;
}

/** The card of the first visit on the page that has a form (recorded ones can be corrected). */
async function firstCard(page: Page, path: string) {
	for (const view of ['done', 'todo']) {
		await page.goto(`${baseUrl}${path}?view=${view}`);
		const card = page
			.locator('article')
			.filter({ has: page.locator('form[action$="/record"]') })
			.first();
		if (await card.count()) return card;
	}
	throw new Error('no follow-up visit of the demo fair can be recorded');
}

describe('录用后回访 page', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('records a visit without JavaScript, keeping what was typed when the wage is wrong', async () => {
		const fair = await finishedFair();
		const path = `/staff/fairs/${fair.id}/follow-ups`;
		const page = await signedInPage(browser, baseUrl, 'bureau', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/fairs/${fair.id}`);
		await page.getByRole('link', { name: '录用后回访' }).click();
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('录用后回访');
		expect(await page.locator('dl.counts').innerText()).toMatch(/已回访\s*\d+ 次/);

		const card = await firstCard(page, path);
		const form = card.locator('form');
		const title = await card.getByRole('heading', { level: 3 }).innerText();
		const wage = form.getByLabel('每月工资（元）');
		const before = await wage.inputValue();
		// keep a recorded visit's answer (the report counts it); a new one: still at work
		const choice = (await form.getByLabel('已经离岗').isChecked()) ? '已经离岗' : '还在岗';
		await form.getByLabel(choice).check();
		await wage.fill('两千');
		await form.getByLabel('遇到的问题（可以不填）').fill('单位离家远，想换到近一点的岗位');
		const [bad] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			form.getByRole('button', { name: /回访记录/ }).click(),
		]);
		expect(bad.status()).toBe(400);
		// the same card, with the message next to the field and everything as typed
		const again = page.locator('article', {
			has: page.getByRole('heading', { level: 3, name: title }),
		});
		expect(await again.locator('.field-error').innerText()).toContain('月工资请填数字');
		expect(await again.getByLabel('每月工资（元）').inputValue()).toBe('两千');
		expect(await again.getByLabel('遇到的问题（可以不填）').inputValue()).toBe(
			'单位离家远，想换到近一点的岗位',
		);
		expect(await again.getByLabel(choice).isChecked()).toBe(true);
		await expect(again.getByLabel('每月工资（元）').getAttribute('aria-invalid')).resolves.toBe(
			'true',
		);

		await again.getByLabel('每月工资（元）').fill(before || '2,600');
		await again.getByRole('button', { name: /回访记录/ }).click();
		await page.waitForURL(/view=done&done=/);
		const notice = await page.locator('#done').innerText();
		expect(notice).toMatch(/^已记录.+的 \d+ 天回访。$/);
		const saved = page.locator('article', {
			has: page.getByRole('heading', { level: 3, name: title }),
		});
		expect(await saved.locator('dl').innerText()).toContain('已回访');
		expect(await saved.getByLabel('遇到的问题（可以不填）').inputValue()).toBe(
			'单位离家远，想换到近一点的岗位',
		);
		await page.context().close();
	});

	it('fits 320 px, also with large text and high contrast, and passes axe', async () => {
		const fair = await finishedFair();
		for (const a11y of ['', 'text=large;contrast=high']) {
			const page = await signedInPage(browser, baseUrl, 'federation', {
				viewport: { width: 320, height: 640 },
			});
			if (a11y)
				await page
					.context()
					.addCookies([{ name: 'ronghe_a11y', value: encodeURIComponent(a11y), url: baseUrl }]);
			for (const view of ['todo', 'done']) {
				await page.goto(`${baseUrl}/staff/fairs/${fair.id}/follow-ups?view=${view}`);
				expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('录用后回访');
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
		const fair = await finishedFair();
		const page = await signedInPage(browser, baseUrl, 'township', { javaScriptEnabled: false });
		const res = await page.goto(`${baseUrl}/staff/fairs/${fair.id}/follow-ups`);
		expect(res?.status()).toBe(403);
		await page.context().close();
	});
});
