import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EmployerList, PersonList } from '@ronghe/contracts';
import { launchBrowser } from '../support/browser.js';
import { demoApi } from './demo-api.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');
const SCHOOL = `五台县特殊教育学校 ${Date.now() % 100_000}`;

async function postAndWait(page: Page, click: () => Promise<void>) {
	const [res] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		click(),
	]);
	return res;
}

describe('转介', () => {
	let browser: Browser;
	let person = { id: '', fullName: '' };
	let employer = { id: '', name: '' };

	beforeAll(async () => {
		browser = await launchBrowser();
		const staff = await demoApi(baseUrl, 'bureau');
		const people = await staff.get<PersonList>('/api/people?township=140922100&pageSize=20');
		// any of them: a rerun on the same database may not pick one with this referral still open
		person = people.items[Date.now() % people.items.length]!;
		const employers = await staff.get<EmployerList>('/api/employers?status=approved&pageSize=1');
		employer = employers.items[0]!;
		expect(person && employer).toBeTruthy();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('bureau staff refer a person to an employer and record the outcome, without JavaScript', async () => {
		const page = await signedInPage(browser, baseUrl, 'bureau', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/referrals`);
		await page.getByRole('link', { name: '新建转介' }).click();
		await page.getByLabel('姓名或身份证号').fill(person.fullName);
		await page.getByRole('button', { name: '查找' }).click();
		await page.locator(`main a[href*="personId=${person.id}"]`).first().click();
		await page.waitForURL(new RegExp(`personId=${person.id}$`));

		await page.getByLabel('转介单位的类别').selectOption('special_school');
		await page.getByLabel('转介单位的名称').fill(SCHOOL);
		await page.getByLabel('用人单位', { exact: true }).check();
		await page.locator('select[name="employerId"]').selectOption(employer.id);
		await page.getByLabel(/转介原因/).fill('学过收银');
		const made = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存转介' }).click(),
		);
		expect(made.status()).toBe(303);
		await page.waitForURL(/\/staff\/referrals\/[0-9a-f-]{36}\?done=created$/);
		const referralUrl = page.url().replace(/\?.*$/, '');
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
			`${person.fullName}转介到${employer.name}`,
		);

		// 没有接受 without a reason: the message is next to the note, the choice kept
		await page.getByLabel('现在的进展').selectOption('declined');
		const bad = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存进展' }).click(),
		);
		expect(bad.status()).toBe(400);
		expect(await page.getByLabel(/^说明/).getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#note-error').innerText()).toContain('请写一下原因');
		expect(await page.getByLabel('现在的进展').inputValue()).toBe('declined');

		await page.getByLabel('现在的进展').selectOption('in_progress');
		await page.getByLabel(/^说明/).fill('约好下周一面试');
		expect(
			(
				await postAndWait(page, () => page.getByRole('button', { name: '保存进展' }).click())
			).status(),
		).toBe(303);
		await page.waitForURL(/\?done=updated/);

		await page.getByLabel('现在的进展').selectOption('succeeded');
		await page.getByLabel(/^说明/).fill('录用为收银员');
		await page.getByLabel(/登记就业/).check();
		expect(
			(
				await postAndWait(page, () => page.getByRole('button', { name: '保存进展' }).click())
			).status(),
		).toBe(303);
		await page.waitForURL(/\?done=updated&effect=employment_recorded/);
		expect(await page.locator('.notice.ok').innerText()).toContain('已登记为就业');
		const history = await page.locator('table').innerText();
		for (const step of ['已转介，等对方回应', '对方已接洽', '成功', '录用为收银员'])
			expect(history).toContain(step);
		expect(history).toContain('县人社局演示员');
		// ended: no more form
		expect(await page.getByRole('button', { name: '保存进展' }).count()).toBe(0);

		// the list: under 已结束, not under 进行中
		await page.goto(`${baseUrl}/staff/referrals?status=closed`);
		const row = page.locator('tbody tr', {
			has: page.locator(`a[href$="${referralUrl.slice(-36)}"]`),
		});
		expect(await row.innerText()).toContain(SCHOOL);
		expect(await row.innerText()).toContain('成功');
		await page.goto(`${baseUrl}/staff/referrals`);
		expect(await page.locator('main').innerText()).not.toContain(SCHOOL);
		await page.context().close();
	});
});
