import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { usccCheckChar } from '@ronghe/contracts';
import { launchBrowser, newPage } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeIs = (page: Page, selector: string, text?: string) =>
	page.evaluate(
		([s, t]) => {
			const el = document.activeElement as HTMLElement | null;
			return Boolean(el?.matches(s) && (t === undefined || el.innerText.trim() === t));
		},
		[selector, text] as const,
	);

/** Presses Tab until the element matching `selector` (and `text`, if given) has focus. */
async function tabTo(page: Page, selector: string, text?: string, limit = 80) {
	const seen: string[] = [];
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await activeIs(page, selector, text)) return;
		seen.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60) ?? ''));
	}
	throw new Error(`${selector} not reached by Tab; focus went to ${seen.join(' | ')}`);
}

async function typeInto(page: Page, id: string, text: string) {
	await tabTo(page, `#${id}`);
	await page.keyboard.type(text);
}

/** Presses Enter on the focused button; resolves with the form's POST response. */
async function pressSubmit(page: Page) {
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.keyboard.press('Enter'),
	]);
	return response;
}

/** Waits until the focused element matches `selector` (after a reload or an enhanced update). */
const focusLandsOn = (page: Page, selector: string) =>
	page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector);

const focusedText = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');

describe('employer sign-up and staff approval, keyboard only', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each([true, false])(
		'signs up with a USCC whose check character fails, and staff approve it (JavaScript %s)',
		async (javaScriptEnabled) => {
			const first17 = `91140922MA0K${String(randomInt(100_000)).padStart(5, '0')}`;
			const wrong = first17 + (usccCheckChar(first17) === '0' ? '1' : '0');
			const name = `键盘测试单位${first17.slice(-5)}`;
			const phone = `137${String(randomInt(100_000_000)).padStart(8, '0')}`;

			const page = await newPage(browser, { javaScriptEnabled });
			await page.goto(`${baseUrl}/login`);
			await tabTo(page, 'a[href$="register/employer"]');
			await Promise.all([page.waitForURL(/\/register\/employer$/), page.keyboard.press('Enter')]);

			await typeInto(page, 'name', name);
			await typeInto(page, 'uscc', wrong.toLowerCase());
			// Arrow keys move through a radio group and choose: 党政机关 → … → 民营企业
			await tabTo(page, 'input[name="kind"]');
			for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
			expect(await activeId(page)).toBe('kind-private');
			await tabTo(page, '#townshipCode');
			await page.keyboard.press('ArrowDown');
			await typeInto(page, 'contactName', '张经理');
			await typeInto(page, 'contactPhone', phone);
			await typeInto(page, 'displayName', '张经理');
			await typeInto(page, 'phone', phone);

			// Without a password the error summary takes focus and names the field.
			await tabTo(page, 'main button[type="submit"]');
			const missing = await pressSubmit(page);
			expect(missing.status()).toBe(javaScriptEnabled ? 200 : 400);
			await focusLandsOn(page, '[data-error-summary]');
			expect(await focusedText(page)).toMatch(/密码/);
			expect(await page.locator('#uscc').inputValue()).toBe(wrong.toLowerCase());

			await typeInto(page, 'password', 'wutai-hr-2026');
			await tabTo(page, 'main button[type="submit"]');
			const done = await pressSubmit(page);
			expect(done.status()).toBe(javaScriptEnabled ? 200 : 303);
			await page.waitForURL(`${baseUrl}/employer/profile?done=signed-up`);
			const profile = await page.locator('main').innerText();
			expect(profile).toContain('注册成功');
			expect(profile).toContain('等待审核');
			expect(profile).toMatch(/校验码没有通过检查/);
			expect(await page.locator('header').innerText()).toContain('张经理');

			const staff = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled });
			await staff.goto(`${baseUrl}/staff/employers?flagged=true`);
			const card = staff.locator('main article').filter({ hasText: name });
			expect(await card.innerText()).toContain('信用代码校验未通过，请核对营业执照');
			await tabTo(staff, 'main a', name);
			await Promise.all([
				staff.waitForURL(/\/staff\/employers\/[0-9a-f-]{36}$/),
				staff.keyboard.press('Enter'),
			]);

			// 不通过 needs a reason, and asks once more on the same page.
			await tabTo(staff, 'button[value="reject"]');
			expect((await pressSubmit(staff)).status()).toBe(400);
			await focusLandsOn(staff, '[data-error-summary]');
			expect(await focusedText(staff)).toMatch(/请写明原因/);
			await typeInto(staff, 'note', '请上传营业执照照片核对代码。');
			await tabTo(staff, 'button[value="reject"]');
			await pressSubmit(staff);
			await focusLandsOn(staff, '[data-confirm]');
			expect(await focusedText(staff)).toMatch(/确定不通过吗/);
			expect(await focusedText(staff)).toContain('请上传营业执照照片核对代码。');
			await tabTo(staff, 'button[name="confirm"][value="yes"]');
			expect((await pressSubmit(staff)).status()).toBe(303);
			await staff.waitForURL(/done=reject$/);
			expect(await staff.locator('main [role="status"]').innerText()).toMatch(/审核不通过/);
			expect(await staff.locator('main').innerText()).toContain('未通过');

			await tabTo(staff, '#approve');
			expect((await pressSubmit(staff)).status()).toBe(303);
			await staff.waitForURL(/done=approve$/);
			expect(await staff.locator('main [role="status"]').innerText()).toMatch(/已审核通过/);
			await staff.context().close();

			await page.goto(`${baseUrl}/employer/profile`);
			const approved = await page.locator('main').innerText();
			expect(approved).toContain('已审核');
			expect(approved).not.toMatch(/校验码没有通过检查/);
			await page.context().close();
		},
	);
});
