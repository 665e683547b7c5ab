import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addMonths, type PersonList } from '@ronghe/contracts';
import { axeViolations, launchBrowser, setA11yCookie } from '../support/browser.js';
import { demoApi } from './demo-api.js';
import { demoPlacementCandidate } from './public-welfare-data.js';
import { signedInPage, type DemoRole } from './signed-in.js';

const baseUrl = inject('baseUrl');
// the county's calendar day: terms start and end on China days
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const thisMonth = today.slice(0, 7);
const nextMonth = addMonths(`${thisMonth}-01`, 1).slice(0, 7);
const dayAfter = (d: string) =>
	new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

async function postAndWait(page: Page, click: () => Promise<void>) {
	const [res] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		click(),
	]);
	return res;
}

/** Records one month of the ledger through the form on the placement's page. */
async function saveMonth(page: Page, month: string, post: string, insurance: string) {
	await page.getByLabel('月份').fill(month);
	await page.getByLabel('岗位补贴（元）').fill(post);
	await page.getByLabel('社会保险补贴（元）').fill(insurance);
	const res = await postAndWait(page, () =>
		page.getByRole('button', { name: '保存这个月的补贴' }).click(),
	);
	expect(res.status()).toBe(303);
	await page.waitForURL(/done=subsidy/);
	expect(await page.locator('.notice.ok').innerText()).toContain(`已保存 ${month} 的补贴`);
}

describe('公益性岗位 and 实名制 employment records', () => {
	let browser: Browser;
	let placementId = '';
	let holder = { personId: '', name: '' };
	let personId = '';

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('staff place a person from the priority list without JavaScript; a too-late end date comes back next to its field', async () => {
		const { candidate, term } = await demoPlacementCandidate(baseUrl, today);
		holder = { personId: candidate.personId, name: candidate.name };
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/public-welfare`);
		await page.getByRole('link', { name: '新的安置' }).click();
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
			'新的安置：选择要安置的人',
		);
		expect(await page.locator('main').innerText()).toContain('优先安排残疾人及其家庭成员');
		await page.locator(`a[href$="personId=${candidate.personId}"]`).click();
		await page.waitForURL(/personId=/);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
			`新的安置：${candidate.name}`,
		);
		const termText = await page.locator('#term').innerText();
		expect(termText).toContain(`最晚可以到 ${term.latestEnd}`);
		expect(termText).toContain(
			`这是第 ${term.placementNumber} 次安置（最多 ${term.maxPlacements} 次）`,
		);
		if (term.toRetirement) expect(termText).toContain('离退休不到 5 年，可以到退休');

		await page.getByLabel('岗位名称').fill('村级保洁员');
		await page.getByLabel('用人单位').fill('台城镇人民政府');
		await page.getByLabel('乡村公益性岗位').check();
		await page.getByLabel('资金来源').fill('就业补助资金');
		expect(await page.getByLabel('上岗日期').inputValue()).toBe(today);
		await page.getByLabel('期满日期').fill(dayAfter(term.latestEnd));
		const bad = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存安置' }).click(),
		);
		expect(bad.status()).toBe(400);
		const end = page.getByLabel('期满日期');
		expect(await end.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#endDate-error').innerText()).toContain(term.latestEnd);
		expect(await page.locator('[data-error-summary]').innerText()).toContain('期满日期');
		// everything as typed
		expect(await end.inputValue()).toBe(dayAfter(term.latestEnd));
		expect(await page.getByLabel('岗位名称').inputValue()).toBe('村级保洁员');
		expect(await page.getByLabel('用人单位').inputValue()).toBe('台城镇人民政府');
		expect(await page.getByLabel('乡村公益性岗位').isChecked()).toBe(true);
		expect(await page.getByLabel('资金来源').inputValue()).toBe('就业补助资金');

		await end.fill(term.latestEnd);
		const ok = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存安置' }).click(),
		);
		expect(ok.status()).toBe(303);
		await page.waitForURL(/\/staff\/public-welfare\/[0-9a-f-]{36}\?done=placed$/);
		placementId = /public-welfare\/([0-9a-f-]{36})/.exec(page.url())![1]!;
		expect(await page.locator('.notice.ok').innerText()).toContain('已经安置好了');
		expect(await page.locator('dl.facts').innerText()).toContain('村级保洁员（乡村公益性岗位）');
		await page.context().close();
	});

	it('records two months of subsidies, corrects one, and shows the totals', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/public-welfare/${placementId}`);
		expect(await page.getByText('还没有登记过补贴。').count()).toBe(1);
		// an amount that is not a number comes back next to its field, the month kept
		await page.getByLabel('月份').fill(thisMonth);
		await page.getByLabel('岗位补贴（元）').fill('一千');
		await page.getByLabel('社会保险补贴（元）').fill('300');
		const bad = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存这个月的补贴' }).click(),
		);
		expect(bad.status()).toBe(400);
		expect(await page.locator('#postSubsidy-error').innerText()).toContain('岗位补贴');
		expect(await page.getByLabel('月份').inputValue()).toBe(thisMonth);
		expect(await page.getByLabel('岗位补贴（元）').inputValue()).toBe('一千');

		await saveMonth(page, thisMonth, '1000', '300');
		await saveMonth(page, nextMonth, '1200', '300');
		await saveMonth(page, thisMonth, '1200', '300');
		const rows = page.locator('#ledger-caption ~ tbody tr');
		expect(await rows.count()).toBe(2);
		const total = await page.locator('#ledger-caption ~ tfoot').innerText();
		expect(total).toContain('2,400 元');
		expect(total).toContain('600 元');
		await page.context().close();
	});

	it('shows the placement under 在岗 with its days left', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/public-welfare`);
		const tab = page.getByRole('link', { name: /^在岗：/ });
		expect(await tab.getAttribute('aria-current')).toBe('page');
		const card = page.locator('article', {
			has: page.locator(`a[href$="/staff/public-welfare/${placementId}"]`),
		});
		const text = await card.innerText();
		expect(text).toContain(holder.name);
		expect(text).toContain('村级保洁员');
		expect(text).toContain('第 1 次');
		expect(text).toMatch(/\d+ 天/);
		await page.context().close();
	});

	it('records employment changes on a person page and keeps the earlier records', async () => {
		const staff = await demoApi(baseUrl, 'federation');
		const people = await staff.get<PersonList>('/api/people?township=140922100&pageSize=5');
		const person = people.items.find((p) => p.id !== holder.personId && p !== people.items[0]);
		personId = person!.id;
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/registry/${personId}`);
		await page.getByRole('link', { name: '就业情况和变化记录' }).click();
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('就业情况');
		expect(await page.locator('main').innerText()).toContain('不会被修改或删除');
		const rows = page.locator('#history-caption ~ tbody tr');
		const before = await rows.count();

		await page.getByLabel('未就业', { exact: true }).check();
		await page.getByLabel('未就业的主要原因').selectOption('4');
		await page.getByLabel('主要生活来源').selectOption('4');
		expect(
			(
				await postAndWait(page, () =>
					page.getByRole('button', { name: '登记这条就业情况' }).click(),
				)
			).status(),
		).toBe(303);
		await page.waitForURL(/done=recorded/);

		// employed without a form: the message is next to 就业形式, the rest as typed
		await page.getByLabel('已就业', { exact: true }).check();
		await page.getByLabel('单位或经营的名称').fill('五台县福利厂');
		await page.getByLabel('劳动合同').check();
		const bad = await postAndWait(page, () =>
			page.getByRole('button', { name: '登记这条就业情况' }).click(),
		);
		expect(bad.status()).toBe(400);
		expect(await page.locator('#form-error').innerText()).toContain('请选择就业形式');
		expect(await page.getByLabel('单位或经营的名称').inputValue()).toBe('五台县福利厂');
		expect(await page.getByLabel('劳动合同').isChecked()).toBe(true);

		await page.getByLabel('就业形式').selectOption('concentrated');
		await page.getByLabel('开始日期').fill(today);
		await page.getByLabel('单位给交了').check();
		const ok = await postAndWait(page, () =>
			page.getByRole('button', { name: '登记这条就业情况' }).click(),
		);
		expect(ok.status()).toBe(303);
		await page.waitForURL(/done=recorded/);
		expect(await rows.count()).toBe(before + 2);
		const [newest, earlier] = await rows.allInnerTexts();
		expect(newest).toContain('已就业');
		expect(newest).toContain('集中就业');
		expect(newest).toContain('五台县福利厂');
		expect(newest).toContain('劳动合同');
		expect(earlier).toContain('未就业');
		expect(earlier).toContain('无就业技能');
		expect(earlier).toContain('家庭成员供养');
		expect(await page.locator('dl.facts').innerText()).toContain('已就业（集中就业）');
		await page.context().close();
	});

	it('every new page passes axe at 320 px and fits it, also with large text', async () => {
		const visits: [DemoRole, string][] = [
			['federation', '/staff/public-welfare'],
			['federation', '/staff/public-welfare?view=ending'],
			['federation', '/staff/public-welfare/new'],
			['federation', `/staff/public-welfare/new?personId=${holder.personId}`],
			['federation', `/staff/public-welfare/${placementId}`],
			['federation', `/staff/registry/${personId}/employment`],
			['township', '/staff/public-welfare'],
		];
		for (const [role, path] of visits) {
			const page = await signedInPage(browser, baseUrl, role, {
				viewport: { width: 320, height: 640 },
			});
			for (const a11y of ['', 'text=large']) {
				if (a11y) await setA11yCookie(page, baseUrl, a11y);
				await page.goto(`${baseUrl}${path}`);
				expect(await page.locator('h1').count(), path).toBe(1);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow, `${path} ${a11y}`).toBeLessThanOrEqual(0);
				if (!a11y) expect(await axeViolations(page), path).toEqual([]);
			}
			await page.context().close();
		}
	});
});
