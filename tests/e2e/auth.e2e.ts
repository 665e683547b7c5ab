import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROLE_LABELS } from '@ronghe/contracts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@ronghe/db/demo';
import { launchBrowser, newPage } from '../support/browser.js';
import { arriveAt, demoAccount, signedInPage, submitLogin } from './signed-in.js';

const baseUrl = inject('baseUrl');

const header = (page: Page) => page.locator('header').innerText();
const phoneField = (page: Page) => page.getByLabel('手机号', { exact: true });
const passwordField = (page: Page) => page.getByLabel('密码', { exact: true });

/** Presses a submit button of a plain (not enhanced) form and waits for the page it leads to. */
async function postForm(page: Page, button: string, scope = page.locator('main')) {
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame()),
		scope.getByRole('button', { name: button, exact: true }).click(),
	]);
	await page.waitForLoadState();
	return response;
}

/** Where signing in lands without a page to return to: each role's home. */
const HOME: Record<(typeof DEMO_ACCOUNTS)[number]['role'], { path: string; h1: string | null }> = {
	seeker: { path: '/', h1: '我的首页' },
	employer: { path: '/employer', h1: '单位首页' },
	bureau: { path: '/staff', h1: '工作人员首页' },
	federation: { path: '/staff', h1: '工作人员首页' },
	township: { path: '/staff', h1: '工作人员首页' },
	admin: { path: '/staff', h1: '工作人员首页' },
};

const statusText = (page: Page) => page.locator('main').getByRole('status').innerText();

describe('signing in and out', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	// A wrong password counts towards the lock (5 in a row); the sign-ins below reset the count.
	it.each([false, true])(
		'shows the error by the form and keeps the phone after a wrong password (JavaScript %s)',
		async (javaScriptEnabled) => {
			const page = await newPage(browser, { javaScriptEnabled });
			await page.goto(`${baseUrl}/login`);
			const response = await submitLogin(page, demoAccount('admin').phone, 'not-the-password');
			if (!javaScriptEnabled) expect(response.status()).toBe(401);
			const alert = page.getByRole('alert').filter({ hasText: '手机号或密码不对' });
			await alert.waitFor();
			expect(await page.title()).toMatch(/^没有登录成功/);
			expect(await phoneField(page).inputValue()).toBe(demoAccount('admin').phone);
			expect(await passwordField(page).inputValue()).toBe('');
			// The password field is described by the message, and focus is on it to type again.
			const describedBy = await passwordField(page).getAttribute('aria-describedby');
			const alertId = await alert.locator('p').getAttribute('id');
			expect(describedBy?.split(' ')).toContain(alertId);
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
			expect(await header(page)).toContain('登录');
			await page.context().close();
		},
	);

	it('marks a phone number that is not 11 digits next to the field, without JavaScript', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/login`);
		const response = await submitLogin(page, '1390000', '');
		expect(response.status()).toBe(400);
		const phone = phoneField(page);
		expect(await phone.getAttribute('aria-invalid')).toBe('true');
		expect(await phone.inputValue()).toBe('1390000');
		const errorId = (await phone.getAttribute('aria-describedby'))?.split(' ').at(-1);
		expect(await page.locator(`#${errorId}`).innerText()).toMatch(/11 位数字/);
		expect(await passwordField(page).getAttribute('aria-invalid')).toBe('true');
		await page.context().close();
	});

	it.each(DEMO_ACCOUNTS.map((a) => [a.role, a] as const))(
		'signs in as %s through the form without JavaScript, then out from the header',
		async (role, account) => {
			const page = await newPage(browser, { javaScriptEnabled: false });
			await page.goto(`${baseUrl}/login`);
			const response = await submitLogin(page, account.phone, DEMO_PASSWORD);
			expect(response.status()).toBe(303);
			const home = HOME[role];
			expect(response.headers()['location']).toBe(home.path);
			await arriveAt(page, `${baseUrl}${home.path}`);
			if (home.h1) expect(await page.locator('h1').innerText()).toBe(home.h1);
			if (role === 'seeker') {
				// the demo seeker's next steps: profile progress, recommendations with the best first,
				// and each waiting list linked
				const steps = page.getByRole('region', { name: '您接下来可以做的事' });
				const text = await steps.innerText();
				expect(text).toMatch(/填好了 \d+ 步，一共 5 步/);
				expect(text).toMatch(/有 \d+ 个岗位适合您，最合适的是/);
				expect(await steps.locator('ol li a[href*="jobs/"]').count()).toBe(3);
				for (const link of ['推荐岗位', '我的投递', '单位的邀请', '招聘会'])
					expect(await steps.getByRole('link', { name: link, exact: true }).count()).toBe(1);
			}
			if (role === 'employer') {
				const main = await page.locator('main').innerText();
				expect(main).toMatch(/等待审核的岗位：\d+ 个/);
				expect(main).toMatch(/正在招聘的岗位：\d+ 个/);
			}
			if (role === 'bureau') {
				const main = await page.locator('main').innerText();
				for (const queue of ['岗位审核', '单位审核', '年审', '公示异议'])
					expect(main).toContain(queue);
				expect(main).toMatch(/等待审核的(岗位：\d+ 个|岗位。)/);
			}
			const signedIn = await header(page);
			expect(signedIn).toContain(account.displayName);
			expect(signedIn).toContain(ROLE_LABELS[role]);
			const nav = page.getByRole('navigation', { name: '主导航' });
			expect(await nav.getByRole('link', { name: '登录' }).count()).toBe(0);
			expect(await nav.getByRole('link', { name: '我的账户' }).count()).toBe(1);

			const out = await postForm(page, '退出登录', page.locator('header'));
			expect(out.status()).toBe(303);
			expect(page.url()).toBe(`${baseUrl}/`);
			expect(await header(page)).not.toContain(account.displayName);
			expect(await nav.getByRole('link', { name: '登录' }).count()).toBe(1);
			expect((await page.context().cookies()).map((c) => c.name)).not.toContain('ronghe_session');
			await page.context().close();
		},
	);

	it.each([false, true])(
		'signs in from a posting with 登录 in the header and lands back on it (JavaScript %s)',
		async (javaScriptEnabled) => {
			const list = (await (await fetch(`${baseUrl}/api/postings?pageSize=1`)).json()) as {
				items: { id: string }[];
			};
			const posting = `/jobs/${list.items[0]!.id}`;
			const page = await newPage(browser, { javaScriptEnabled });
			await page.goto(`${baseUrl}${posting}`);
			await Promise.all([
				page.waitForURL(/\/login\?returnTo=/),
				page
					.getByRole('navigation', { name: '主导航' })
					.getByRole('link', { name: '登录' })
					.click(),
			]);
			expect(new URL(page.url()).searchParams.get('returnTo')).toBe(posting);
			await submitLogin(page, demoAccount('seeker').phone, DEMO_PASSWORD);
			await arriveAt(page, `${baseUrl}${posting}`);
			expect(await header(page)).toContain(demoAccount('seeker').displayName);
			await page.context().close();
		},
	);

	it('sends someone already signed in from /login on to where they were going', async () => {
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		// another tab's 登录 link, or the back button after signing in
		await page.goto(`${baseUrl}/login?returnTo=${encodeURIComponent('/levy?year=2025')}`);
		expect(page.url()).toBe(`${baseUrl}/levy?year=2025`);
		// without a return address: the role's own home page, not a generic account page
		await page.goto(`${baseUrl}/login`);
		expect(page.url()).toBe(`${baseUrl}/employer`);
		// and never to another site
		await page.goto(`${baseUrl}/login?returnTo=${encodeURIComponent('//evil.example/x')}`);
		expect(page.url()).toBe(`${baseUrl}/employer`);
		await page.context().close();
	});

	it('keeps a return address to another site out of the sign-in', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/login?returnTo=${encodeURIComponent('//evil.example/x')}`);
		// the header's display toggles carry their own returnTo; the sign-in form has none
		expect(await page.locator('main input[name="returnTo"]').count()).toBe(0);
		await page.context().close();
	});

	it('sends /account to the login page and back there after signing in (JavaScript on)', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/account`);
		expect(page.url()).toBe(`${baseUrl}/login?returnTo=%2Faccount`);
		await submitLogin(page, demoAccount('seeker').phone, DEMO_PASSWORD);
		await arriveAt(page, `${baseUrl}/account`);
		expect(await page.locator('h1').innerText()).toBe('我的账户');
		const main = await page.locator('main').innerText();
		expect(main).toContain('演示求职者');
		expect(main).toContain('求职者');
		expect(main).toContain('139****0001');
		expect(main).not.toContain('13900000001');
		await page.context().close();
	});

	it('changes the password without JavaScript, with errors next to the fields', async () => {
		const { phone } = demoAccount('federation');
		const newPassword = 'wutai-new-2026';
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/login?returnTo=/account`);
		await submitLogin(page, phone, DEMO_PASSWORD);
		await arriveAt(page, `${baseUrl}/account`);
		const current = page.getByLabel('现在的密码', { exact: true });
		const next = page.getByLabel('新密码', { exact: true });
		expect(await next.getAttribute('aria-describedby')).toMatch(/newPassword-hint/);
		expect(await page.locator('#newPassword-hint').innerText()).toMatch(/至少 8 位/);

		await current.fill(DEMO_PASSWORD);
		await next.fill('short');
		expect((await postForm(page, '修改密码')).status()).toBe(400);
		expect(await next.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#newPassword-error').innerText()).toMatch(/至少 8 位/);
		expect(await current.inputValue()).toBe('');

		await current.fill('not-the-password');
		await next.fill(newPassword);
		expect((await postForm(page, '修改密码')).status()).toBe(422);
		expect(await current.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#currentPassword-error').innerText()).toMatch(/现在的密码不对/);

		await current.fill(DEMO_PASSWORD);
		await next.fill(newPassword);
		expect((await postForm(page, '修改密码')).status()).toBe(303);
		expect(page.url()).toBe(`${baseUrl}/account?done=password`);
		expect(await statusText(page)).toMatch(/密码已经改好了/);

		// Change it back, so the demo password works for the rest of the suite.
		await current.fill(newPassword);
		await next.fill(DEMO_PASSWORD);
		expect((await postForm(page, '修改密码')).status()).toBe(303);
		expect(await header(page)).toContain(demoAccount('federation').displayName);
		await page.context().close();
	});

	it('ends the session in a second browser with 在所有设备上退出', async () => {
		const { phone, displayName } = demoAccount('employer');
		const pages: Page[] = [];
		for (const javaScriptEnabled of [true, false]) {
			const page = await newPage(browser, { javaScriptEnabled });
			await page.goto(`${baseUrl}/login?returnTo=/account`);
			await submitLogin(page, phone, DEMO_PASSWORD);
			await arriveAt(page, `${baseUrl}/account`);
			pages.push(page);
		}
		const [here, elsewhere] = pages as [Page, Page];
		expect((await postForm(here, '在所有设备上退出')).status()).toBe(303);
		expect(here.url()).toBe(`${baseUrl}/login?done=signed-out-all`);
		expect(await statusText(here)).toMatch(/已在所有手机和电脑上退出/);
		expect(await header(here)).not.toContain(displayName);

		await elsewhere.goto(`${baseUrl}/account`);
		expect(elsewhere.url()).toBe(`${baseUrl}/login?returnTo=%2Faccount`);
		expect(await header(elsewhere)).not.toContain(displayName);
		for (const page of pages) await page.context().close();
	});

	it('only shows a button on GET /logout, and changes nothing', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		const res = await page.goto(`${baseUrl}/logout`);
		expect(res?.status()).toBe(200);
		expect(await page.locator('main').innerText()).toContain('您现在没有登录');
		await page.context().close();
	});
});
