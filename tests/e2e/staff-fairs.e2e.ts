import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@ronghe/db/demo';
import { launchBrowser, newPage } from '../support/browser.js';
import { publishDemoPosting } from './demo-api.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

/** A day `offset` days from today, as a date field takes it. */
const day = (offset: number) =>
	new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Clicks a submit button; resolves with the form's POST response. */
async function submit(page: Page, name: string | RegExp) {
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.getByRole('button', { name, exact: typeof name === 'string' }).click(),
	]);
	return response;
}

const focused = (page: Page, selector: string) =>
	page.waitForFunction((s) => document.activeElement?.matches(s) ?? false, selector);
const mainText = (page: Page) => page.locator('main').innerText();

/** Fills the fair form of the new-fair page. */
async function fillFair(page: Page, title: string, first: string, last: string) {
	await page.getByLabel('招聘会名称').fill(title);
	await page.getByLabel('全国助残日', { exact: true }).check();
	await page.getByLabel('现场', { exact: true }).check();
	await page.getByLabel('开始日期（第一天）').fill(first);
	await page.getByLabel('结束日期（最后一天）').fill(last);
	await page.getByLabel('举办地点').fill('五台县人力资源市场');
}

/** A demo account's own API calls (bearer token), for the employer's and the seeker's part. */
async function asDemo(role: 'employer' | 'seeker') {
	const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
	const login = await fetch(`${baseUrl}/api/auth/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ phone: account.phone, password: DEMO_PASSWORD }),
	});
	const { token } = (await login.json()) as { token: string };
	return async <T>(method: 'POST' | 'PUT', path: string, body: object) => {
		const res = await fetch(`${baseUrl}${path}`, {
			method,
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
		return (await res.json()) as T;
	};
}

describe('招聘会管理 (bureau)', () => {
	let browser: Browser;
	let staff: Page;
	const title = `无障碍专场招聘会${randomInt(100_000)}`;
	const first = day(40);
	let fairUrl = '';
	beforeAll(async () => {
		browser = await launchBrowser();
		staff = await signedInPage(browser, baseUrl, 'bureau');
	});
	afterAll(async () => {
		await browser.close();
	});

	it('creates a fair, fixes the last day, publishes it after confirming and adds an interpreter', async () => {
		await staff.goto(`${baseUrl}/staff/fairs`);
		await Promise.all([
			staff.waitForURL(/\/staff\/fairs\/new$/),
			staff.getByRole('link', { name: '新建招聘会' }).click(),
		]);
		expect(await staff.getByLabel('主办单位').inputValue()).toBe('五台县人力资源和社会保障局');
		expect(await staff.getByLabel('展区（每行一个）').inputValue()).toContain('按摩机构');
		await fillFair(staff, title, first, day(38));

		expect((await submit(staff, '保存草稿')).status()).toBe(400);
		await focused(staff, '[data-error-summary]');
		expect(await staff.locator('[data-error-summary]').innerText()).toContain(
			'结束日期不能早于开始日期',
		);
		const end = staff.locator('#endsAt');
		expect(await end.getAttribute('aria-invalid')).toBe('true');
		expect(await end.getAttribute('aria-describedby')).toContain('endsAt-error');
		expect(await staff.getByLabel('招聘会名称').inputValue()).toBe(title);
		expect(await staff.getByLabel('全国助残日', { exact: true }).isChecked()).toBe(true);

		await end.fill(day(42));
		expect((await submit(staff, '保存草稿')).status()).toBe(303);
		await staff.waitForURL(/\/staff\/fairs\/[0-9a-f-]{36}\?done=created$/);
		fairUrl = staff.url().replace(/\?.*$/, '');
		expect(await staff.locator('main [role="status"]').innerText()).toContain('已保存为草稿');
		expect(await staff.locator('h1').innerText()).toBe(title);

		const visitor = await newPage(browser);
		await visitor.goto(`${baseUrl}/fairs`);
		expect(await mainText(visitor)).not.toContain(title);

		// 发布 asks once more on the same page; the keyboard reaches the confirmation
		await submit(staff, '发布招聘会');
		await focused(staff, '[data-confirm]');
		expect(await staff.locator('[data-confirm]').innerText()).toContain('确定发布吗');
		await staff.keyboard.press('Tab');
		const [published] = await Promise.all([
			staff.waitForResponse((r) => r.request().method() === 'POST'),
			staff.keyboard.press('Enter'),
		]);
		expect(published.status()).toBe(303);
		await staff.waitForURL(/done=published$/);
		expect(await staff.locator('main [role="status"]').innerText()).toContain('已发布');

		await staff.locator('#i0-name').fill('测试手语翻译');
		await staff.locator('#i0-p0-day').fill(first);
		await staff.locator('#i0-p0-from').fill('09:00');
		await staff.locator('#i0-p0-to').fill('10:00');
		expect((await submit(staff, '保存手语翻译名单')).status()).toBe(303);
		await staff.waitForURL(/done=interpreters$/);
		expect(await staff.locator('main [role="status"]').innerText()).toContain('已保存');
		expect(await staff.locator('#i0-name').inputValue()).toBe('测试手语翻译');
		expect(await staff.locator('#i0-p0-to').inputValue()).toBe('10:00');

		await visitor.goto(`${baseUrl}/fairs`);
		expect(await mainText(visitor)).toContain(title);
		await visitor.context().close();
	});

	it('refuses a booth only with a reason, and approves it when the employer applies again', async () => {
		const fairId = fairUrl.split('/').pop()!;
		const postingId = await publishDemoPosting(baseUrl, '招聘会展位用的客服专员');
		const hr = await asDemo('employer');
		const apply = () =>
			hr('POST', `/api/fairs/${fairId}/booths`, {
				introduction: '我们是一家电商客服中心，工位有无障碍改造。',
				postingIds: [postingId],
			});
		await apply();

		await staff.goto(`${baseUrl}/staff/fairs`);
		const card = staff.locator('main article').filter({ hasText: title });
		await Promise.all([
			staff.waitForURL(/\/booths$/),
			card.getByRole('link', { name: '1 个展位待审核' }).click(),
		]);
		expect(await mainText(staff)).toContain('招聘会展位用的客服专员');

		expect((await submit(staff, /^不通过/)).status()).toBe(400);
		await focused(staff, '[data-error-summary]');
		expect(await staff.locator('[data-error-summary]').innerText()).toContain('请写明原因');
		await staff.getByLabel('不通过的原因').fill('请补充展位的无障碍安排。');
		expect((await submit(staff, /^不通过/)).status()).toBe(303);
		await staff.waitForURL(/done=refuse/);
		expect(await staff.locator('main [role="status"]').innerText()).toContain('不通过');
		expect(await mainText(staff)).toContain('请补充展位的无障碍安排。');

		await apply();
		await staff.reload();
		expect((await submit(staff, /^通过/)).status()).toBe(303);
		await staff.waitForURL(/done=approve/);
		expect(await staff.locator('main [role="status"]').innerText()).toContain('已通过');
		expect(await mainText(staff)).toContain('没有等待审核的展位');
	});

	it('runs the allocation, keeps the proposal in the page and books what is kept', async () => {
		const fairId = fairUrl.split('/').pop()!;
		const seeker = await asDemo('seeker');
		await seeker('POST', `/api/fairs/${fairId}/registrations`, { needs: ['sign_interpreter'] });
		const detail = (await (await fetch(`${baseUrl}/api/fairs/${fairId}`)).json()) as {
			booths: { id: string }[];
		};
		await seeker('PUT', `/api/fairs/${fairId}/interview-requests`, {
			boothIds: detail.booths.map((b) => b.id),
		});

		await staff.goto(`${fairUrl}/allocation`);
		expect((await submit(staff, '计算安排方案')).status()).toBe(200);
		const table = staff.getByRole('region', { name: /面试安排/ });
		expect(await table.locator('caption').innerText()).toContain('1 个');
		const row = await table.locator('tbody tr').innerText();
		expect(row).toContain('测试手语翻译');
		expect(row).toContain('第 1 志愿');
		const keep = table.getByRole('checkbox');
		expect(await keep.isChecked()).toBe(true);

		await keep.uncheck();
		expect((await submit(staff, '预约保留的面试')).status()).toBe(400);
		expect(await mainText(staff)).toContain('请至少保留一个面试安排');
		expect(await table.getByRole('checkbox').isChecked()).toBe(false);

		await table.getByRole('checkbox').check();
		expect((await submit(staff, '预约保留的面试')).status()).toBe(303);
		await staff.waitForURL(/done=booked&booked=1$/);
		expect(await staff.locator('main [role="status"]').innerText()).toContain('已安排 1 个面试');
	});

	it('creates a fair with JavaScript off: 400 with the values kept, then 303', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/fairs/new`);
		const plain = `线下招聘会${randomInt(100_000)}`;
		await fillFair(page, plain, day(60), day(61));
		await page.getByLabel('每天开始时间').fill('');
		expect((await submit(page, '保存草稿')).status()).toBe(400);
		expect(await page.locator('[data-error-summary]').innerText()).toContain('请填写每天开始时间');
		expect(await page.getByLabel('招聘会名称').inputValue()).toBe(plain);
		expect(await page.getByLabel('结束日期（最后一天）').inputValue()).toBe(day(61));

		await page.getByLabel('每天开始时间').fill('08:30');
		expect((await submit(page, '保存草稿')).status()).toBe(303);
		await page.waitForURL(/\/staff\/fairs\/[0-9a-f-]{36}\?done=created$/);
		expect(await mainText(page)).toContain('每天 08:30 至 17:00');
		await page.context().close();
	});
});
