import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from '../support/browser.js';
import { demoAccount, signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** A fresh, valid synthetic ID number (GB 11643 check character) from 五台县, so runs never clash. */
function freshIdNumber(): string {
	const body = `14092219${String(randomInt(50, 99))}0315${String(randomInt(100, 999))}`;
	const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i]!, 0);
	return body + '10X98765432'[sum % 11]!;
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the element with `id` has focus. */
async function tabTo(page: Page, id: string, limit = 80) {
	for (let i = 0; i < limit; i++) {
		if ((await activeId(page)) === id) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`#${id} not reached by Tab`);
}

async function submitWithEnter(page: Page) {
	await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.keyboard.press('Enter'),
	]);
	await page.waitForLoadState();
}

describe('代办登记 with the keyboard alone, then unmask and audit', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each([true, false])('works from start to end (JavaScript %s)', async (javaScriptEnabled) => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled });
		// axe-core runs as a page script, so it checks the pages only in the JavaScript run
		const checkAxe = async (p: Page) => {
			if (javaScriptEnabled) expect(await axeViolations(p)).toEqual([]);
		};
		const idNumber = freshIdNumber();
		const name = javaScriptEnabled ? '键盘登记甲' : '键盘登记乙';
		await page.goto(`${baseUrl}/staff/registry/new`);
		expect(await page.locator('h1').innerText()).toBe('代办登记');

		// A wrong check character first: the summary gets focus, the field says what is wrong.
		await tabTo(page, 'fullName');
		await page.keyboard.type(name);
		await page.keyboard.press('Tab');
		await page.keyboard.type(`${idNumber.slice(0, 17)}${idNumber.endsWith('1') ? '2' : '1'}`);
		await page.keyboard.press('Tab');
		await page.keyboard.type(`${idNumber}42`);
		await tabTo(page, 'townshipCode');
		await page.keyboard.press('ArrowDown');
		await tabTo(page, 'householdType-agricultural');
		await page.keyboard.press('Space');
		await tabTo(page, 'consent');
		await page.keyboard.press('Space');
		await submitWithEnter(page);
		await page.getByRole('alert').filter({ hasText: '处需要修改' }).waitFor();
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
		const idField = page.locator('#idNumber');
		expect(await idField.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#idNumber-error').innerText()).toContain('校验码');
		expect(await page.locator('#fullName').inputValue()).toBe(name);
		await checkAxe(page);

		await tabTo(page, 'idNumber');
		await page.keyboard.press('Control+A');
		await page.keyboard.type(idNumber);
		await Promise.all([page.waitForURL(/\/staff\/registry\/[0-9a-f-]{36}/), submitWithEnter(page)]);
		expect(await page.locator('h1').innerText()).toBe(name);
		const main = page.locator('main');
		expect(await main.innerText()).toContain(`140922********${idNumber.slice(-4)}`);
		expect(await main.innerText()).not.toContain(idNumber);
		await checkAxe(page);

		for (let i = 0; i < 80; i++) {
			await page.keyboard.press('Tab');
			const text = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
			if (text?.trim() === '查看完整号码') break;
		}
		await submitWithEnter(page);
		await main.getByText('本次查看已记入审计日志').waitFor();
		expect(await main.innerText()).toContain(idNumber);

		await page.goto(`${baseUrl}/staff/audit?action=person.unmask`);
		const row = page.locator('tbody tr').first();
		expect(await row.innerText()).toContain(demoAccount('federation').displayName);
		expect(await row.innerText()).toContain('查看完整号码');
		// the browser's own user agent, passed on by the web server (not Node's "node")
		expect(await row.innerText()).toMatch(/Chrome \d+ · Linux/);
		expect(await page.locator('main').innerText()).not.toContain(idNumber);
		await checkAxe(page);
		await page.context().close();
	});
});
