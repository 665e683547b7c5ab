import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
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

type List = {
	personalised: boolean;
	total: number;
	items: { postingId: string; title: string; postType: string; gaps: { code: string }[] }[];
};

describe('推荐岗位, why-not and 推荐人选 (issue 13 §6), without JavaScript', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('shows the seeker the API’s list with reasons, and the switch to a plain list sticks', async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		const api = async () =>
			(await (await page.request.get(`${baseUrl}/api/me/recommendations`)).json()) as List;
		const mine = await api();
		await page.goto(`${baseUrl}/me/recommendations`);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('推荐岗位');
		expect(await page.locator('#list-heading').innerText()).toBe(
			`适合您的岗位，共 ${mine.total} 个`,
		);
		const cards = page.locator('ol.cards > li');
		expect(await cards.count()).toBe(mine.items.length);
		if (mine.items.length) {
			expect(await cards.first().locator('h3').innerText()).toBe(mine.items[0]!.title);
			expect(await cards.first().innerText()).toContain('推荐理由');
		}

		await page.getByLabel('不按个人情况推荐，按发布时间排列').check();
		await submit(page, '保存');
		expect(page.url()).toContain('done=off');
		expect(await page.locator('[role="status"]').innerText()).toContain('不再按您的情况推荐');
		expect(await page.locator('#list-heading').innerText()).toMatch(/^在招的岗位，共 \d+ 个$/);
		expect(await page.locator('main').innerText()).not.toContain('推荐理由');
		expect((await api()).personalised).toBe(false);
		// it sticks: a new visit shows the plain list and the choice
		await page.goto(`${baseUrl}/me/recommendations`);
		expect(await page.getByLabel('不按个人情况推荐，按发布时间排列').isChecked()).toBe(true);

		await page.getByLabel('按我的情况推荐').check();
		await submit(page, '保存');
		expect((await api()).personalised).toBe(true);
		await page.context().close();
	});

	it('shows the demo seeker, a blind masseur, massage postings first and links gaps to courses', async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		const mine = (await (
			await page.request.get(`${baseUrl}/api/me/recommendations`)
		).json()) as List;
		expect(mine.personalised).toBe(true);
		expect(mine.items[0]?.postType).toMatch(/massage/);
		await page.goto(`${baseUrl}/me/recommendations`);
		const first = page.locator('ol.cards > li').first();
		expect(await first.locator('h3').innerText()).toBe(mine.items[0]!.title);
		expect(await first.innerText()).toContain('是您想做的工作：盲人医疗按摩人员');
		const withCourse = mine.items.findIndex((i) =>
			i.gaps.some((g) => g.code === 'training_missing'),
		);
		if (withCourse >= 0) {
			const card = page.locator('ol.cards > li').nth(withCourse);
			expect(await card.innerText()).toMatch(/可报名：.+开课/);
			await Promise.all([
				page.waitForURL(/\/training$/),
				card.getByRole('link', { name: '看看全部培训课程，怎样报名' }).click(),
			]);
		}
		await page.context().close();
	});

	it('lets the seeker pick wished occupations without JavaScript, and filter them with it', async () => {
		const profile = async (p: Page) =>
			(await (await p.request.get(`${baseUrl}/api/me/profile`)).json()) as {
				wishes: { desiredOccupations: string[]; desiredOccupationNames: string[] };
			};
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		const before = (await profile(page)).wishes.desiredOccupations;
		await page.goto(`${baseUrl}/me/profile/wishes`);
		const group = page.getByRole('group', { name: '想做的工作（可以多选）' });
		await group.getByRole('checkbox', { name: /^保洁员/ }).check();
		await submit(page, '保存');
		expect(page.url()).toContain('saved=1');
		const after = await profile(page);
		// the order of the boxes on the page, which does not matter
		expect([...after.wishes.desiredOccupations].sort()).toEqual([...before, 'X-BJY'].sort());
		expect(after.wishes.desiredOccupationNames).toContain('保洁员');
		expect(await group.getByRole('checkbox', { name: /^保洁员/ }).isChecked()).toBe(true);
		await group.getByRole('checkbox', { name: /^保洁员/ }).uncheck();
		await submit(page, '保存');
		expect([...(await profile(page)).wishes.desiredOccupations].sort()).toEqual([...before].sort());
		await page.context().close();

		// with JavaScript a filter box matches aliases too: 盲人按摩 is an alias of both massage jobs
		const js = await signedInPage(browser, baseUrl, 'seeker');
		await js.goto(`${baseUrl}/me/profile/wishes`);
		const jsGroup = js.getByRole('group', { name: '想做的工作（可以多选）' });
		await jsGroup.getByLabel('找一找').fill('盲人按摩');
		const visible = await jsGroup
			.getByRole('checkbox')
			.evaluateAll((boxes) =>
				boxes
					.filter((b) => !(b.closest('li') as HTMLElement).hidden)
					.map((b) => (b as HTMLInputElement).value),
			);
		expect(visible.sort()).toEqual(['4-10-04-02', 'X-YLMA']);
		expect(await jsGroup.getByRole('status').innerText()).toContain('找到 2 项');
		await js.context().close();
	});

	it('says on a posting whether it fits the seeker, and why not', async () => {
		const page = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		// a 盲人医疗按摩 posting: the demo seeker holds the certificate, so it may fit
		const all = (await (
			await page.request.get(`${baseUrl}/api/postings?postType=blind_medical_massage&pageSize=1`)
		).json()) as { items: { id: string }[] };
		const massage = all.items[0]!.id;
		const check = (await (
			await page.request.get(`${baseUrl}/api/me/recommendations/${massage}`)
		).json()) as { eligible: boolean; excluded: { text: string }[] };
		await page.goto(`${baseUrl}/jobs/${massage}`);
		const section = page.getByRole('region', { name: '这个岗位适合我吗' });
		const text = await section.innerText();
		if (check.eligible) expect(text).toContain('匹配度');
		else {
			for (const e of check.excluded) expect(text).toContain(e.text);
			// applying is still allowed, after a plain warning in the form itself
			const warning = await page.locator('form #apply-warning').innerText();
			expect(warning).toContain(check.excluded[0]!.text);
			expect(warning).toContain('您仍然可以投递');
		}
		await page.context().close();
	});

	it('shows the employer the candidates for its own posting', async () => {
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		const own = (await (await page.request.get(`${baseUrl}/api/employer/postings`)).json()) as {
			items: { id: string; title: string; status: string }[];
		};
		const posting = own.items.find((p) => p.status === 'published')!;
		await page.goto(`${baseUrl}/employer/postings/${posting.id}`);
		await Promise.all([
			page.waitForURL(/\/candidates$/),
			page.getByRole('link', { name: '看看这个岗位的推荐人选' }).click(),
		]);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
			`推荐人选：${posting.title}`,
		);
		const api = (await (
			await page.request.get(`${baseUrl}/api/employer/postings/${posting.id}/candidates`)
		).json()) as { total: number };
		expect(await page.locator('#list-heading').innerText()).toBe(
			`符合要求的求职者，共 ${api.total} 人`,
		);
		await page.context().close();
	});

	it('lets staff apply for a seeker from the seeker’s list (代办), without JavaScript', async () => {
		const page = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		const people = (await (await page.request.get(`${baseUrl}/api/people?pageSize=20`)).json()) as {
			items: { id: string }[];
		};
		// a registered seeker other than the demo login, with something recommended
		let found: { personId: string; titles: string[] } | undefined;
		for (const { id } of people.items.slice(1)) {
			const list = (await (
				await page.request.get(`${baseUrl}/api/people/${id}/recommendations`)
			).json()) as List;
			if (list.items.length > 5) {
				found = { personId: id, titles: list.items.map((i) => i.title) };
				break;
			}
		}
		expect(found).toBeDefined();
		const url = `${baseUrl}/staff/registry/${found!.personId}/recommendations`;
		await page.goto(url);
		// the seeker may have applied to some of them already: staff are told so, plainly
		let applied: string | undefined;
		for (let i = 0; i < 5 && !applied; i++) {
			const button = page.getByRole('button', { name: /^帮他投递/ }).nth(i);
			// the button names the posting for a screen reader: 帮他投递“…”
			const title = /“(.+)”/.exec(await button.innerText())![1]!;
			await Promise.all([page.waitForLoadState(), button.click()]);
			await page.waitForLoadState();
			if (page.url().includes('?done=')) applied = title;
			else
				expect(await page.getByRole('alert').innerText()).toContain('这位求职者已经投递过这个岗位');
		}
		expect(applied).toBeDefined();
		expect(await page.getByRole('status').innerText()).toContain(`已经帮他投递了“${applied}”`);
		await page.context().close();
	});
});
