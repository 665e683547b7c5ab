import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idNumberCheckChar } from '@ronghe/contracts';
import { launchBrowser, newPage } from '../support/browser.js';

const baseUrl = inject('baseUrl');

/** A made-up ID number of 五台县 whose check character is X, and one digit off from it. */
function idNumberEndingInX(): string {
	for (;;) {
		const day = String(randomInt(1, 29)).padStart(2, '0');
		const first17 = `1409221985${String(randomInt(1, 13)).padStart(2, '0')}${day}${String(randomInt(100, 1000))}`;
		if (idNumberCheckChar(first17) === 'X') return `${first17}X`;
	}
}
const fullWidth = (s: string) =>
	s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Moves the focus with Tab (or Shift+Tab) until the element with `id` has it. */
async function focus(page: Page, id: string, back = false) {
	for (let i = 0; i < 80; i++) {
		if ((await activeId(page)) === id) return;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`#${id} not reached with the keyboard`);
}

/** Focuses a text field with the keyboard, empties it and types `value`. */
async function typeInto(page: Page, id: string, value: string, back = false) {
	await focus(page, id, back);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Backspace');
	await page.keyboard.type(value);
}

/** Submits with Enter on the button and waits for the next page or the re-rendered form. */
async function submitWith(page: Page, buttonText: string) {
	for (let i = 0; i < 80; i++) {
		const text = await page.evaluate(() =>
			document.activeElement?.tagName === 'BUTTON'
				? (document.activeElement as HTMLElement).innerText.trim()
				: '',
		);
		if (text === buttonText) break;
		await page.keyboard.press('Tab');
	}
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.keyboard.press('Enter'),
	]);
	await page.waitForLoadState();
	return response;
}

/** The field is marked invalid and described by a message next to it. */
async function fieldMessage(page: Page, id: string) {
	await page.locator(`#${id}-error`).waitFor();
	const field = page.locator(`#${id}`);
	expect(await field.getAttribute('aria-invalid')).toBe('true');
	expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain(`${id}-error`);
	return page.locator(`#${id}-error`).innerText();
}

describe('a seeker registers with the keyboard only', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each([true, false])('on /register/seeker (JavaScript %s)', async (javaScriptEnabled) => {
		const idNumber = idNumberEndingInX();
		const wrongCheck = `${idNumber.slice(0, 17)}${idNumber[17] === '1' ? '2' : '1'}`;
		const phone = `139${String(randomInt(10_000_000, 100_000_000))}`;
		const page = await newPage(browser, { javaScriptEnabled });
		await page.goto(`${baseUrl}/register/seeker`);
		expect(await page.locator('h1').innerText()).toBe('求职者注册');

		// 1. a wrong check character in the ID number
		await typeInto(page, 'fullName', '键盘测试');
		await typeInto(page, 'idNumber', wrongCheck);
		await typeInto(page, 'certificateNumber', `${wrongCheck}41`);
		await focus(page, 'townshipCode');
		await page.keyboard.press('ArrowDown');
		await focus(page, 'householdType-0');
		await page.keyboard.press('Space');
		await typeInto(page, 'phone', phone);
		await typeInto(page, 'password', 'keyboard-secret');
		await focus(page, 'consentDisabilityData');
		await page.keyboard.press('Space');
		const first = await submitWith(page, '注册');
		if (!javaScriptEnabled) expect(first.status()).toBe(400);
		expect(await fieldMessage(page, 'idNumber')).toContain(`校验码应为“${idNumber[17]}”`);
		await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
		expect(await page.locator('#fullName').inputValue()).toBe('键盘测试');
		expect(await page.locator('#idNumber').inputValue()).toBe(wrongCheck);
		expect(await page.locator('#phone').inputValue()).toBe(phone);
		expect(await page.locator('#password').inputValue()).toBe('');

		// 2. the ID number right, but a certificate of someone else
		await typeInto(page, 'idNumber', idNumber);
		await typeInto(page, 'certificateNumber', '1409221990010112384');
		await page.keyboard.type('1');
		await typeInto(page, 'password', 'keyboard-secret');
		await submitWith(page, '注册');
		expect(await fieldMessage(page, 'certificateNumber')).toContain('前 18 位应与身份证号码相同');
		expect(await page.locator('#idNumber').getAttribute('aria-invalid')).toBeNull();
		await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
		expect(await page.locator('#fullName').inputValue()).toBe('键盘测试');
		expect(await page.locator('#townshipCode').inputValue()).toBe('140922100');

		// 3. full-width digits and a lower-case x, as a Chinese input method types them
		const typed = fullWidth(idNumber.slice(0, 17)) + 'x';
		await typeInto(page, 'idNumber', typed, true);
		await typeInto(page, 'certificateNumber', `${typed}４１`);
		await typeInto(page, 'password', 'keyboard-secret');
		const done = await submitWith(page, '注册');
		if (!javaScriptEnabled) expect(done.status()).toBe(303);
		await page.waitForURL(`${baseUrl}/me/profile?welcome=1`);
		expect(await page.locator('h1').innerText()).toBe('我的资料');
		const main = await page.locator('main').innerText();
		expect(main).toContain(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
		expect(main).not.toContain(idNumber);
		expect(main).toContain('肢体残疾一级');

		// 4. the first profile step, then on to the second
		await page.locator('main').focus();
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const text = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
			if (text === '开始填写') break;
		}
		await Promise.all([page.waitForURL(/\/me\/profile\/basic$/), page.keyboard.press('Enter')]);
		expect(await page.locator('main').innerText()).toContain('第 1 步，共 5 步');
		await typeInto(page, 'village', '东街村');
		await focus(page, 'education');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const saved = await submitWith(page, '保存并继续');
		if (!javaScriptEnabled) expect(saved.status()).toBe(303);
		await page.waitForURL(/\/me\/profile\/employment$/);
		expect(await page.locator('h1').innerText()).toBe('就业情况');
		await page.goto(`${baseUrl}/me/profile`);
		expect(await page.locator('main').innerText()).toMatch(/基本情况\s*（已填完）/);
		await page.context().close();
	});
});
