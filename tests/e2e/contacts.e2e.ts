import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

/** Submits a form without JavaScript and waits for the page after the 303. */
async function submit(page: Page, button: string) {
	await Promise.all([
		page.waitForLoadState(),
		page.getByRole('button', { name: button, exact: true }).click(),
	]);
	await page.waitForLoadState();
}

/** A published demo posting whose employer chose to be called directly. */
async function directPosting(): Promise<{ id: string; name: string; phone: string }> {
	const list = (await (await fetch(`${baseUrl}/api/postings?pageSize=50`)).json()) as {
		items: { id: string }[];
	};
	for (const { id } of list.items) {
		const p = (await (await fetch(`${baseUrl}/api/postings/${id}`)).json()) as {
			contact: { mode: string; name: string; phone: string };
		};
		if (p.contact.mode === 'direct') return { id, ...p.contact };
	}
	throw new Error('the demo data has no posting with a direct contact');
}

describe('who to call: contacts on the pages and 备案 in the footer (issue 12 items 1, 11)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('shows the hotline and 备案 numbers in every footer, the API docs only for developers', async () => {
		const page = await newPage(browser);
		for (const path of ['/', '/jobs', '/fairs']) {
			await page.goto(`${baseUrl}${path}`);
			const footer = page.getByRole('contentinfo');
			const text = await footer.innerText();
			expect(text).toContain('服务电话：0350-0000-000');
			expect(text).toContain('晋ICP备00000000号');
			expect(text).toContain('晋公网安备14092200000000号');
			expect(text).not.toContain('API 文档');
			expect(await footer.getByRole('link', { name: '0350-0000-000' }).getAttribute('href')).toBe(
				'tel:03500000000',
			);
		}
		await page.getByRole('contentinfo').getByRole('link', { name: '联系我们' }).click();
		await page.waitForURL(`${baseUrl}/contacts`);
		const main = await page.locator('main').innerText();
		expect(main).toContain('五台县残疾人联合会');
		expect(main).toContain('0350-0000-001');
		expect(main).toContain('台城镇残联专职委员');
		await page.getByRole('link', { name: '给开发人员：接口说明' }).click();
		await page.waitForURL(`${baseUrl}/about/developers`);
		expect(await page.getByRole('link', { name: 'API 文档' }).getAttribute('href')).toBe(
			'/api/docs',
		);
		await page.context().close();
	});

	it("shows a posting's contact person and the 县残联 and township numbers", async () => {
		const direct = await directPosting();
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/jobs/${direct.id}`);
		const apply = page.getByRole('region', { name: '怎样申请' });
		const text = await apply.innerText();
		expect(text).toContain(direct.name);
		expect(await apply.getByRole('link', { name: direct.phone }).getAttribute('href')).toMatch(
			/^tel:0350/,
		);
		expect(text).toContain('五台县残疾人联合会');
		expect(text).toContain('0350-0000-001');
		expect(text).toContain('残联专职委员');
		await page.context().close();
	});

	it("shows a signed-in seeker their own township's 专职委员 where pages send them to staff", async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		const me = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as {
			homeTownshipCode: string;
		};
		const info = (await (await fetch(`${baseUrl}/api/contacts`)).json()) as {
			contacts: { key: string; office: string; phone: string }[];
		};
		const own = info.contacts.find((c) => c.key === me.homeTownshipCode)!;
		expect(own.office).toContain('专职委员');
		for (const path of ['/training', '/me/notifications']) {
			await page.goto(`${baseUrl}${path}`);
			const main = await page.locator('main').innerText();
			expect(main).toContain(own.office);
			expect(main).toContain(own.phone);
		}
		await page.context().close();
	});

	it('keeps the contact an employer chose in the posting editor, without JavaScript', async () => {
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/employer/postings/new`);
		const mode = page.getByRole('group', { name: '求职者怎样联系您' });
		expect(await mode.getByLabel('通过县残联联系').isChecked()).toBe(true);
		await page.fill('#title', '仓库记账员（直接联系）');
		await page.selectOption('#townshipCode', { label: '台城镇' });
		await mode.getByLabel('直接联系单位的联系人').check();
		await page.fill('#contactName', '人事部 王女士');
		await submit(page, '保存草稿');
		// a direct contact needs a phone: said next to the field, nothing typed is lost
		expect(await page.locator('#contactPhone-error').innerText()).toContain('请填联系电话');
		expect(await mode.getByLabel('直接联系单位的联系人').isChecked()).toBe(true);
		expect(await page.inputValue('#contactName')).toBe('人事部 王女士');
		await page.fill('#contactPhone', '0350-6543210');
		await submit(page, '保存草稿');
		expect(page.url()).toMatch(/\/employer\/postings\/[0-9a-f-]{36}/);
		// opened again, the editor shows what was saved (it used to fall back to 县残联)
		await page.goto(page.url().split('?')[0]!);
		expect(await mode.getByLabel('直接联系单位的联系人').isChecked()).toBe(true);
		expect(await page.inputValue('#contactName')).toBe('人事部 王女士');
		expect(await page.inputValue('#contactPhone')).toBe('0350-6543210');
		await page.context().close();
	});

	it('lets staff edit a contact and the footer without JavaScript', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/contacts?key=federation`);
		await page.fill('#phone', '请打电话');
		await submit(page, '保存');
		expect(await page.locator('#phone-error').innerText()).toContain('只能写数字');
		expect(await page.inputValue('#phone')).toBe('请打电话');
		await page.fill('#phone', '0350-0000-009 转 2');
		await submit(page, '保存');
		expect(page.url()).toContain('saved=federation');
		expect(await page.locator('[role="status"]').innerText()).toContain('已保存');
		await page.goto(`${baseUrl}/`);
		expect(await page.locator('main').innerText()).toContain('0350-0000-009 转 2');

		await page.goto(`${baseUrl}/staff/contacts/site`);
		await page.fill('#hotline', '0350-0000-008');
		await page.fill('#icpNumber', '晋ICP备00000001号');
		await submit(page, '保存');
		expect(await page.locator('[role="status"]').innerText()).toContain('已保存');
		const footer = await page.getByRole('contentinfo').innerText();
		expect(footer).toContain('服务电话：0350-0000-008');
		expect(footer).toContain('晋ICP备00000001号');
		await page.context().close();
	});

	it('gives township staff their own township only', async () => {
		const page = await signedInPage(browser, baseUrl, 'township', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/contacts`);
		const rows = await page.locator('table tbody tr').allInnerTexts();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toContain('台城镇残联专职委员');
		expect(await page.locator('main').innerText()).not.toContain('网站信息');
		await page.fill('#person', '台城镇 张委员');
		await submit(page, '保存');
		expect(await page.locator('[role="status"]').innerText()).toContain('已保存');
		await page.goto(`${baseUrl}/staff/contacts/site`);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).not.toBe('网站信息');
		await page.context().close();
	});
});
