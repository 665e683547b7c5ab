import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { demoApi, publishDemoPosting } from './demo-api.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

describe('apply, hire and the roster proposal', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('a seeker applies without JavaScript; the employer opens it, hires, and confirms the roster row', async () => {
		const title = `数据录入员${Date.now() % 100_000}`;
		const posting = { id: await publishDemoPosting(baseUrl, title), title };

		const seeker = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		await seeker.goto(`${baseUrl}/jobs/${posting.id}`);
		await seeker.getByLabel('想对单位说的话（可以不写）').fill('我会用电脑打字，周三上午方便面试');
		await seeker.getByLabel(/给这家单位看/).check();
		await Promise.all([
			seeker.waitForURL(/\/me\/applications\?done=applied/),
			seeker.getByRole('button', { name: '投递这个岗位' }).click(),
		]);
		const item = seeker.locator('main li', { hasText: posting.title }).first();
		expect(await item.innerText()).toContain('已投递');

		// the same form again, once applied, says so instead of offering a second application
		await seeker.goto(`${baseUrl}/jobs/${posting.id}`);
		expect(await seeker.locator('main').innerText()).toContain('您已经投递过这个岗位');

		const me = await demoApi(baseUrl, 'seeker');
		const applied = await me.get<{ items: { id: string; postingId: string }[] }>(
			'/api/me/applications',
		);
		const applicationId = applied.items.find((a) => a.postingId === posting.id)!.id;

		const hr = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		const list = `${baseUrl}/employer/postings/${posting.id}/applications`;
		await hr.goto(list);
		await hr.locator(`a[href*="open=${applicationId}"]`).click();
		const panel = hr.locator('section[aria-labelledby="opened-heading"]');
		const name = (await panel.locator('h2').innerText()).replace(/的投递$/, '');
		expect(await panel.innerText()).toContain('已查看');
		expect(await panel.innerText()).toContain('我会用电脑打字');
		expect(await panel.innerText()).toContain('求职者同意给您看');

		await panel.getByLabel('已录用').check();
		await Promise.all([
			hr.waitForURL(/done=status/),
			panel.getByRole('button', { name: '保存并通知求职者' }).click(),
		]);
		expect(await hr.locator('section[aria-labelledby="opened-heading"]').innerText()).toContain(
			'已录用',
		);

		const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
		await hr.goto(`${baseUrl}/employer/quota/employees?year=${year}`);
		const proposals = hr.locator('section[aria-labelledby="proposals-heading"]');
		const row = proposals.locator('li', { hasText: posting.title }).filter({ hasText: name });
		expect(await row.count()).toBe(1);
		await Promise.all([
			hr.waitForURL(/done=added/),
			row.getByRole('button', { name: new RegExp(`确认\\s*把${name}加入名单`) }).click(),
		]);
		expect(await hr.locator('main table').innerText()).toContain(name);

		await seeker.goto(`${baseUrl}/me/applications`);
		const after = await seeker.locator('main li', { hasText: posting.title }).first().innerText();
		expect(after).toContain('已录用');
		expect(after).toContain('已查看');
		await seeker.context().close();
		await hr.context().close();

		// staff see the flow counted by township, employer and posting on their home page; the
		// long lists wait behind their summaries, which open without JavaScript
		const staff = await signedInPage(browser, baseUrl, 'federation', { javaScriptEnabled: false });
		await staff.goto(`${baseUrl}/staff`);
		const section = staff.getByRole('region', { name: '投递情况' });
		expect(await section.getByRole('table', { name: '按用人单位' }).count()).toBe(0);
		for (const caption of ['按用人单位', '按岗位'])
			await section.locator('summary', { hasText: caption }).click();
		for (const caption of ['按求职者所在乡镇', '按用人单位', '按岗位'])
			expect(
				await section.getByRole('table', { name: caption }).getByRole('row').count(),
			).toBeGreaterThan(1);
		await staff.context().close();
	});
});
