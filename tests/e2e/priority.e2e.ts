import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

/** Presses a form's submit button without JavaScript and waits for the page after it. */
async function submit(page: Page, form: string) {
	await Promise.all([
		page.waitForLoadState(),
		page.locator(`form[action="${form}"]`).getByRole('button').last().click(),
	]);
	await page.waitForLoadState();
}

describe('a seeker enters a priority status and a certificate; staff confirm (no JavaScript)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('waits for staff, then counts once the county federation confirms it', async () => {
		const seeker = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		const { personId } = (await (await seeker.request.get(`${baseUrl}/api/me/profile`)).json()) as {
			personId: string;
		};

		await seeker.goto(`${baseUrl}/me/profile`);
		await seeker.getByRole('link', { name: '优先对象身份和家庭成员' }).click();
		await seeker.waitForLoadState();
		expect(await seeker.getByRole('heading', { level: 1 }).innerText()).toBe(
			'优先对象身份和家庭成员',
		);
		// nothing chosen: the error summary names the field
		await submit(seeker, '?/addStatus');
		expect(await seeker.locator('[data-error-summary]').innerText()).toContain(
			'请选择是哪一种优先对象。',
		);
		await seeker.getByLabel('是哪一种').selectOption({ label: '低保家庭' });
		await seeker.getByLabel('证明文件编号').fill('低保2026-118');
		await submit(seeker, '?/addStatus');
		expect(seeker.url()).toContain('done=status');
		expect(await seeker.locator('[role="status"]').innerText()).toContain('核实以后才生效');
		const item = seeker.locator('#statuses-heading ~ ul li', { hasText: '低保家庭' });
		expect(await item.innerText()).toContain('待核实');

		// a certificate that ran out is kept, and said not to count
		await seeker.goto(`${baseUrl}/me/profile/certificates`);
		await seeker.getByLabel('证书种类').selectOption({ label: '健康证' });
		await seeker.getByLabel('发证日期').fill('2023-01-01');
		await seeker.getByLabel('有效期到').fill('2024-01-01');
		await submit(seeker, '?/add');
		expect(seeker.url()).toContain('done=added');
		const cert = seeker.locator('ul.records li', { hasText: '健康证' });
		expect(await cert.innerText()).toContain('已过期，推荐岗位时不算');

		// the county federation sees it waiting and confirms it
		const staff = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await staff.goto(`${baseUrl}/staff`);
		expect(await staff.locator('main').innerText()).toContain('优先对象核实');
		await staff.goto(`${baseUrl}/staff/verifications`);
		const row = staff.locator('tbody tr', { hasText: '低保家庭' });
		expect(await staff.locator('main').innerText()).toContain('低保家庭');
		expect(await row.getByRole('link').getAttribute('href')).toMatch(
			new RegExp(`/staff/registry/${personId}/profile/priority$`),
		);
		await row.getByRole('link').click();
		await staff.waitForLoadState();
		const decision = staff.locator('form[action="?/decide"]').first();
		await decision.getByLabel('核实无误').check();
		await Promise.all([
			staff.waitForLoadState(),
			decision.getByRole('button', { name: '提交核实结果' }).click(),
		]);
		await staff.waitForLoadState();
		expect(staff.url()).toContain('done=confirm');
		expect(
			await staff.locator('#statuses-heading ~ ul li', { hasText: '低保家庭' }).innerText(),
		).toContain('已核实');

		await seeker.goto(`${baseUrl}/me/profile/priority`);
		expect(await item.innerText()).toContain('已核实');
		await staff.context().close();
		await seeker.context().close();
	});
});
