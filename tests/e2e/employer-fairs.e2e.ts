import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser } from '../support/browser.js';
import { demoApi } from './demo-api.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

type Api = Awaited<ReturnType<typeof demoApi>>;
type Message = { id: string; body: string; fromRep: boolean };

/** A fair made through the API by bureau staff, published: tomorrow, with two zones. */
async function publishedFair(staff: Api, title: string): Promise<string> {
	const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
	const { id } = await staff.post<{ id: string }>('/api/fairs', {
		title,
		theme: 'disability_day',
		mode: 'online',
		organizer: '五台县人社局',
		startsAt: tomorrow,
		endsAt: tomorrow,
		zones: ['民营企业专区', '公益性岗位专区'],
	});
	await staff.post(`/api/fairs/${id}/state`, { state: 'published' });
	return id;
}

/** Waits until the page is interactive (its scripts started), as a person waits for it. */
const started = (page: Page) =>
	page.waitForFunction(() => document.documentElement.dataset.started === 'true');

/** Clicks and waits for the URL the action's 303 (or enhanced redirect) leads to. */
async function submitTo(page: Page, button: Locator, url: RegExp) {
	await Promise.all([page.waitForURL(url), button.click()]);
}

const statusText = (page: Page) => page.locator('main [role="status"]').innerText();
/** The `?done=` notice (after an enhanced submit the page may still be rendering it). */
const notice = (page: Page, text: string) => expect.poll(() => statusText(page)).toContain(text);
const card = (page: Page, text: string) => page.locator('main article').filter({ hasText: text });

describe('online fairs, the employer side', () => {
	let browser: Browser;
	let staff: Api;
	let hr: Api;
	let seeker: Api;
	const title = `单位报名测试招聘会 ${Date.now() % 100_000}`;
	let fairId = '';
	let boothId = '';

	beforeAll(async () => {
		browser = await launchBrowser();
		[staff, hr, seeker] = await Promise.all([
			demoApi(baseUrl, 'bureau'),
			demoApi(baseUrl, 'employer'),
			demoApi(baseUrl, 'seeker'),
		]);
		fairId = await publishedFair(staff, title);
	});
	afterAll(async () => {
		await browser.close();
	});

	it('applies for a booth, reads why it was refused, sends it again and opens the workspace', async () => {
		const page = await signedInPage(browser, baseUrl, 'employer');
		await page.goto(`${baseUrl}/employer/fairs`);
		expect(await card(page, title).innerText()).toContain('未报名');
		await submitTo(
			page,
			card(page, title).getByRole('link', { name: /报名展位/ }),
			new RegExp(`/employer/fairs/${fairId}$`),
		);
		await started(page);

		// too short an introduction and no posting: the summary takes focus, the text stays
		await page.getByLabel('单位介绍').fill('太短');
		await page.getByRole('button', { name: '提交报名' }).click();
		await page.waitForFunction(() => document.activeElement?.matches('[data-error-summary]'));
		const summary = await page.locator('[data-error-summary]').innerText();
		expect(summary).toContain('单位介绍：请介绍一下单位（至少 10 个字）。');
		expect(summary).toContain('带到招聘会的岗位：请至少选择一个已发布的岗位。');
		expect(await page.getByLabel('单位介绍').inputValue()).toBe('太短');
		expect(await page.getByLabel('单位介绍').getAttribute('aria-describedby')).toContain(
			'introduction-error',
		);
		expect(await axeViolations(page)).toEqual([]);

		await page.getByLabel('展区').selectOption({ label: '民营企业专区' });
		await page.getByLabel('单位介绍').fill('我们是五台县的一家超市，欢迎残疾朋友来工作。');
		await page.getByLabel('每场面试多长时间（分钟）').fill('20');
		await page.locator('#posting-0').check();
		await submitTo(
			page,
			page.getByRole('button', { name: '提交报名' }),
			/\/employer\/fairs\?done=applied$/,
		);
		await notice(page, '展位报名已提交');
		await expect.poll(() => card(page, title).innerText()).toContain('待审核');

		const mine = await hr.get<{ myBooth: { id: string; slotMinutes: number; zoneId: string } }>(
			`/api/fairs/${fairId}`,
		);
		boothId = mine.myBooth.id;
		expect(mine.myBooth.slotMinutes).toBe(20);
		expect(mine.myBooth.zoneId).toBeTruthy();
		const reason = '请写清楚工作场所的无障碍情况，比如有没有坡道。';
		await staff.post(`/api/fairs/${fairId}/booths/${boothId}/decision`, {
			decision: 'refuse',
			reason,
		});

		await page.goto(`${baseUrl}/employer/fairs`);
		const refused = await card(page, title).innerText();
		expect(refused).toContain('未通过');
		expect(refused).toContain(`未通过的原因：${reason}`);
		await submitTo(
			page,
			card(page, title).getByRole('link', { name: /修改展位报名/ }),
			new RegExp(`/employer/fairs/${fairId}$`),
		);
		await started(page);
		expect(await page.locator('main').innerText()).toContain(`未通过的原因：${reason}`);
		// what was sent before is kept in the form
		expect(await page.getByLabel('每场面试多长时间（分钟）').inputValue()).toBe('20');
		expect(await page.locator('#posting-0').isChecked()).toBe(true);
		await page.getByLabel('工作场所的无障碍情况').fill('入口有坡道，没有台阶；有无障碍卫生间。');
		await submitTo(
			page,
			page.getByRole('button', { name: '修改后重新提交' }),
			/\/employer\/fairs\?done=applied$/,
		);
		await expect.poll(() => card(page, title).innerText()).toContain('待审核');

		await staff.post(`/api/fairs/${fairId}/booths/${boothId}/decision`, { decision: 'approve' });
		await page.goto(`${baseUrl}/employer/fairs`);
		expect(await card(page, title).innerText()).toContain('已通过');
		await submitTo(
			page,
			card(page, title).getByRole('link', { name: /打开展位接待/ }),
			new RegExp(`/employer/fairs/${fairId}/booths/${boothId}$`),
		);
		expect(await page.locator('h1').innerText()).toMatch(/^展位接待：/);
		expect(await page.locator('main').innerText()).toContain('招聘会还没有开始');
		await page.context().close();
	});

	it('sends the booth form without JavaScript (400 with the problems, then 303)', async () => {
		const other = await publishedFair(staff, `${title}（无脚本）`);
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/employer/fairs/${other}`);
		await page.getByLabel('单位介绍').fill('我们欢迎残疾朋友，岗位在台城镇。');
		const [bad] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: '提交报名' }).click(),
		]);
		expect(bad.status()).toBe(400);
		await page.waitForLoadState();
		expect(await page.locator('[data-error-summary]').innerText()).toContain('带到招聘会的岗位');
		expect(await page.getByLabel('单位介绍').inputValue()).toBe('我们欢迎残疾朋友，岗位在台城镇。');

		await page.locator('#posting-0').check();
		const [good] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: '提交报名' }).click(),
		]);
		expect(good.status()).toBe(303);
		await page.waitForURL(/\/employer\/fairs\?done=applied$/);
		await notice(page, '展位报名已提交');
		expect(await card(page, `${title}（无脚本）`).innerText()).toContain('待审核');
		await page.context().close();
	});

	it('takes a seeker from the queue into a text chat, then notes, 意向 and an interview', async () => {
		expect(boothId).not.toBe('');
		await staff.post(`/api/fairs/${fairId}/state`, { state: 'open' });
		await seeker.post(`/api/fairs/${fairId}/registrations`, { needs: ['text_only', 'captions'] });
		const entry = await seeker.post<{ id: string }>(`/api/fairs/${fairId}/booths/${boothId}/queue`);
		const workspace = `${baseUrl}/employer/fairs/${fairId}/booths/${boothId}`;

		const page = await signedInPage(browser, baseUrl, 'employer');
		const streams: string[] = [];
		page.on('request', (r) => {
			if (r.url().endsWith(`/chats/${entry.id}/stream`)) streams.push(r.url());
		});
		await page.goto(workspace);
		await started(page);
		const waiting = page.locator('main section').filter({ hasText: '排队的求职者' });
		const queued = await waiting.locator('li').first().innerText();
		expect(queued).toMatch(/^第 1 位：/);
		expect(queued).toContain('只用文字交流');
		expect(queued).toContain('文字字幕');
		expect(queued).toContain('请用文字交流');
		const name = /第 1 位：(.+)/.exec(queued)![1]!.trim();

		await submitTo(
			page,
			waiting.getByRole('button', { name: new RegExp(`^接待\\s*${name}$`) }),
			new RegExp(`/chats/${entry.id}\\?done=accepted$`),
		);
		await notice(page, `已接待${name}`);
		expect(await page.locator('main').innerText()).toContain(
			'这位求职者希望用文字交流，请不要打电话或发语音',
		);
		await started(page);

		// keyboard only: type, Tab to 发送, Enter; focus comes back to the empty field
		const hello = '您好，我们的仓库管理员每天九点上班，您方便吗？';
		await page.getByLabel('要发送的消息').focus();
		await page.keyboard.type(hello);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		const log = page.getByRole('log', { name: '交流记录' });
		await expect.poll(() => log.innerText()).toContain(hello);
		await page.waitForFunction(() => document.activeElement?.id === 'chat-body');
		expect(await page.getByLabel('要发送的消息').inputValue()).toBe('');
		const seen = await seeker.get<{ items: Message[] }>(
			`/api/fairs/${fairId}/chats/${entry.id}/messages`,
		);
		expect(seen.items.map((m) => [m.body, m.fromRep])).toEqual([[hello, true]]);

		// the seeker's answer arrives on the stream, once, without reloading the page
		const answer = '方便的，谢谢！';
		await seeker.post(`/api/fairs/${fairId}/chats/${entry.id}/messages`, { body: answer });
		await expect.poll(() => log.innerText(), { timeout: 10_000 }).toContain(answer);
		expect(await log.locator('li').count()).toBe(2);
		expect(await log.locator('li').last().innerText()).toMatch(/^求职者/);
		expect(streams).toHaveLength(1);
		expect(await axeViolations(page)).toEqual([]);

		// without JavaScript the same form posts and comes back with the message in the log
		const plain = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		await plain.goto(`${baseUrl}/employer/fairs/${fairId}/chats/${entry.id}`);
		await plain.getByLabel('要发送的消息').fill('请问您需要文字字幕吗？');
		const [sent] = await Promise.all([
			plain.waitForResponse((r) => r.request().method() === 'POST'),
			plain.getByRole('button', { name: '发送' }).click(),
		]);
		expect(sent.status()).toBe(303);
		await plain.waitForLoadState();
		expect(await plain.getByRole('log').locator('li').count()).toBe(3);
		await plain.context().close();
		await expect.poll(() => log.locator('li').count(), { timeout: 10_000 }).toBe(3);

		await page.goto(workspace);
		await started(page);
		const met = card(page, '备注和评分').filter({ hasText: name });
		await met.getByLabel('备注（只有本单位能看到）').fill('打字很快，熟悉仓库的活。');
		await met.getByLabel('4 分').check();
		await met.getByLabel('感兴趣').check();
		await submitTo(page, met.getByRole('button', { name: /保存记录/ }), /done=noted/);
		await notice(page, `已保存对${name}的记录`);
		expect(await met.getByLabel('备注（只有本单位能看到）').inputValue()).toBe(
			'打字很快，熟悉仓库的活。',
		);
		expect(await met.getByLabel('4 分').isChecked()).toBe(true);

		await submitTo(page, met.getByRole('button', { name: '记录达成意向' }), /done=intention/);
		await notice(page, `已记录和${name}达成就业意向`);
		const hire = met.getByRole('link', { name: /打开投递，记录录用/ });
		expect(await hire.getAttribute('href')).toMatch(
			/^\/employer\/postings\/[0-9a-f-]{36}\/applications\?open=[0-9a-f-]{36}$/,
		);

		const slot = await met.getByLabel(`邀请${name}面试的时段`).inputValue();
		const when = await met.locator(`option[value="${slot}"]`).innerText();
		expect(when).toMatch(/^\d{1,2}月\d{1,2}日 \d\d:\d\d–\d\d:\d\d$/);
		await submitTo(page, met.getByRole('button', { name: '邀请面试' }), /done=invited/);
		await notice(page, `已邀请${name}面试`);
		const row = await page.locator('main table tbody tr').first().innerText();
		expect(row).toContain(when);
		expect(row).toContain(name);
		expect(row).toContain('单位邀请');
		// the booked slot is no longer offered
		expect(await met.locator(`option[value="${slot}"]`).count()).toBe(0);
		// the interview by video: a wrong address is refused next to its field, then saved
		const link = page.getByLabel(`${when}，${name}`);
		// the button says whose interview it saves (to a screen reader)
		const save = () =>
			page.getByRole('button', { name: new RegExp(`^保存\\s*${name}的面试方式$`) });
		await link.fill('javascript:alert(1)');
		await save().click();
		await expect
			.poll(() => page.locator('main .field-error').first().innerText())
			.toContain('https://');
		expect(await page.getByLabel(`${when}，${name}`).inputValue()).toBe('javascript:alert(1)');
		await page.getByLabel(`${when}，${name}`).fill('https://meeting.example.cn/j/8866');
		await submitTo(page, save(), /done=linked/);
		await notice(page, `已保存和${name}面试的方式`);
		expect(await page.locator('main table tbody tr').first().innerText()).toContain(
			'https://meeting.example.cn/j/8866',
		);

		// the chat ends from its page; the workspace says so
		await page.goto(`${baseUrl}/employer/fairs/${fairId}/chats/${entry.id}`);
		await submitTo(page, page.getByRole('button', { name: '结束交流' }), /done=ended/);
		await notice(page, `已结束和${name}的交流`);
		await expect.poll(() => page.locator('main').innerText()).toContain('正在交流（0 人）');
		await page.context().close();
	});
});
