import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PersonList, Practitioner } from '@ronghe/contracts';
import { axeViolations, launchBrowser, setA11yCookie } from '../support/browser.js';
import { demoApi } from './demo-api.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');
// the county's calendar day and year: continuing education counts by China years
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const year = today.slice(0, 4);
const CLINIC = `五台县安康盲人医疗按摩所 ${Date.now() % 100_000}`;
const AREA_SHORT = '面积 39 平方米，不到 40 平方米';

async function postAndWait(page: Page, click: () => Promise<void>) {
	const [res] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		click(),
	]);
	return res;
}

/** The row of the list's table that names `name`. */
const row = (page: Page, name: string) =>
	page.locator('tbody tr', { has: page.getByRole('rowheader', { name }) });

describe('盲人按摩', () => {
	let browser: Browser;
	let clinicId = '';
	let practitionerId = '';
	let person = { id: '', fullName: '' };

	beforeAll(async () => {
		browser = await launchBrowser();
		// a demo person of 台城镇 who is not a practitioner yet
		const staff = await demoApi(baseUrl, 'federation');
		const known = await staff.get<{ items: Practitioner[] }>(
			'/api/massage/practitioners?pageSize=100',
		);
		const people = await staff.get<PersonList>('/api/people?township=140922100&pageSize=20');
		const taken = new Set(known.items.map((p) => p.personId));
		person = people.items.find((p, i) => i > 2 && !taken.has(p.id))!;
		expect(person).toBeDefined();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('staff register a clinic without JavaScript; 面积 “四十” comes back next to its field', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/massage`);
		await page.getByRole('link', { name: '登记按摩所' }).click();
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('登记按摩所');

		await page.getByLabel('名称').fill(CLINIC);
		await page.getByLabel('盲人医疗按摩所', { exact: true }).check();
		await page.getByLabel('所在乡镇').selectOption('140922100');
		await page.getByLabel('面积（平方米）').fill('四十');
		await page.getByLabel('按摩床（张）').fill('2');
		await page.getByLabel('有必要的消毒设备').check();
		await page.getByLabel('执业许可证号').fill('PDY00001140922');
		const bad = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存按摩所' }).click(),
		);
		expect(bad.status()).toBe(400);
		const area = page.getByLabel('面积（平方米）');
		expect(await area.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#areaM2-error').innerText()).toContain('面积要写数字');
		expect(await page.locator('[data-error-summary]').innerText()).toContain('面积（平方米）');
		// everything else as typed
		expect(await area.inputValue()).toBe('四十');
		expect(await page.getByLabel('名称').inputValue()).toBe(CLINIC);
		expect(await page.getByLabel('盲人医疗按摩所', { exact: true }).isChecked()).toBe(true);
		expect(await page.getByLabel('所在乡镇').inputValue()).toBe('140922100');
		expect(await page.getByLabel('按摩床（张）').inputValue()).toBe('2');
		expect(await page.getByLabel('有必要的消毒设备').isChecked()).toBe(true);
		expect(await page.getByLabel('执业许可证号').inputValue()).toBe('PDY00001140922');

		await area.fill('39');
		const ok = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存按摩所' }).click(),
		);
		expect(ok.status()).toBe(303);
		await page.waitForURL(/\/staff\/massage\/clinics\/[0-9a-f-]{36}\?done=created$/);
		clinicId = /clinics\/([0-9a-f-]{36})/.exec(page.url())![1]!;
		expect(await page.locator('.notice.ok').innerText()).toContain('已登记这个按摩所');
		expect(await page.locator('ul.lacks').innerText()).toContain(AREA_SHORT);

		await page.goto(`${baseUrl}/staff/massage`);
		expect(await row(page, CLINIC).innerText()).toContain(AREA_SHORT);
		await page.context().close();
	});

	it('staff change the area to 40 and that shortfall is gone', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/massage/clinics/${clinicId}`);
		// the form shows the clinic as saved
		expect(await page.getByLabel('所在乡镇').inputValue()).toBe('140922100');
		expect(await page.getByLabel('有必要的消毒设备').isChecked()).toBe(true);
		await page.getByLabel('面积（平方米）').fill('40');
		const res = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存修改' }).click(),
		);
		expect(res.status()).toBe(303);
		await page.waitForURL(/\?done=saved$/);
		const facts = await page.locator('dl.facts').innerText();
		expect(facts).toContain('40 平方米');
		expect(await page.locator('main').innerText()).not.toContain('不到 40 平方米');
		await page.context().close();
	});

	it('staff find a demo person, register them as a practitioner filed at the clinic, and record 20 hours', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/massage`);
		await page.getByRole('link', { name: '登记按摩人员' }).click();
		await page.getByLabel('姓名或身份证号').fill(person.fullName);
		await page.getByRole('button', { name: '查找' }).click();
		await page.locator(`main a[href*="personId=${person.id}"]`).click();
		await page.waitForURL(new RegExp(`personId=${person.id}$`));
		expect(await page.locator('#person').innerText()).toContain(person.fullName);

		await page.getByLabel('盲人医疗按摩', { exact: true }).check();
		await page.getByLabel('考试年份').fill('2014');
		await page.getByLabel('开始执业的日期').fill('2015-03-01');
		await page.getByLabel('职称').selectOption('physician');
		await page.getByLabel('执业备案的按摩所').selectOption(clinicId);
		await page.getByLabel('备案日期').fill(today);
		const res = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存按摩人员' }).click(),
		);
		expect(res.status()).toBe(303);
		await page.waitForURL(/\/staff\/massage\/practitioners\/[0-9a-f-]{36}\?done=created$/);
		practitionerId = /practitioners\/([0-9a-f-]{36})/.exec(page.url())![1]!;
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(person.fullName);
		expect(await page.locator('dl.facts').innerText()).toContain(CLINIC);
		expect(await page.locator('ul.lacks').innerText()).toContain(
			`今年继续教育 0 学时，不到 20 学时`,
		);

		expect(await page.getByLabel('年份', { exact: true }).inputValue()).toBe(year);
		await page.getByLabel('继续教育学时').fill('20');
		const hours = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存学时' }).click(),
		);
		expect(hours.status()).toBe(303);
		await page.waitForURL(/\?done=hours$/);
		expect(await page.locator('.notice.ok').innerText()).toContain('已保存继续教育学时');
		expect(await page.locator('main').innerText()).toContain(`${year} 年：20 学时`);
		expect(await page.locator('main').innerText()).not.toContain('不到 20 学时');

		await page.goto(`${baseUrl}/staff/massage`);
		const mine = await row(page, person.fullName).innerText();
		expect(mine).toContain(CLINIC);
		expect(mine).toContain('20 学时');
		expect(await row(page, CLINIC).innerText()).toContain(person.fullName);
		await page.context().close();
	});

	it('every massage page passes axe at 320 px and fits it, also with large text', async () => {
		const paths = [
			'/staff/massage',
			'/staff/massage/clinics/new',
			`/staff/massage/clinics/${clinicId}`,
			'/staff/massage/practitioners/new',
			`/staff/massage/practitioners/new?q=${encodeURIComponent(person.fullName)}`,
			`/staff/massage/practitioners/${practitionerId}`,
		];
		const page = await signedInPage(browser, baseUrl, 'federation', {
			viewport: { width: 320, height: 640 },
		});
		for (const a11y of ['', 'text=large']) {
			if (a11y) await setA11yCookie(page, baseUrl, a11y);
			for (const path of paths) {
				await page.goto(`${baseUrl}${path}`);
				expect(await page.locator('h1').count(), path).toBe(1);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow, `${path} ${a11y}`).toBeLessThanOrEqual(0);
				if (!a11y) expect(await axeViolations(page), path).toEqual([]);
			}
		}
		await page.context().close();
	});
});
