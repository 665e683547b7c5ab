import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FairDetail, Workspace } from '@ronghe/contracts';
import { launchBrowser, newPage } from '../support/browser.js';
import { demoApi, publishDemoPosting } from './demo-api.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');
const HOUR = 3_600_000;

/** Midnight China time of the day after today, as epoch milliseconds. */
function tomorrowInChina(): number {
	const local = Date.now() + 8 * HOUR;
	return local - (local % (24 * HOUR)) + 24 * HOUR - 8 * HOUR;
}

/** The number a lobby shows beside a label, e.g. 已报名. */
async function counter(page: Page, label: string): Promise<number> {
	const text = await page.locator(`dt:text-is("${label}") + dd`).first().innerText();
	return Number(text.replace(/\D/g, ''));
}

/** Waits until the lobby's number moves past `before`; returns how long it took. */
async function movesPast(page: Page, label: string, before: number): Promise<number> {
	const started = Date.now();
	await expect
		.poll(() => counter(page, label), { timeout: 5_000, interval: 100 })
		.toBeGreaterThan(before);
	return Date.now() - started;
}

/**
 * Issue 14 "done when", in two browsers: staff make a fair with one interpreter free for one
 * hour, the demo employer's booth is approved; a deaf seeker registers asking for an interpreter,
 * queues, keeps the place across a new connection, books the hour with the interpreter; the rep
 * records an intention; the lobby open in the other browser moves after each step.
 */
describe('a fair day for a deaf seeker, watched from the lobby', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('registers, queues, books with the interpreter, and the lobby follows', async () => {
		const staff = await demoApi(baseUrl, 'bureau');
		const hr = await demoApi(baseUrl, 'employer');
		const day = tomorrowInChina();
		const iso = (h: number) => new Date(day + h * HOUR).toISOString();
		const fair = await staff.post<{ id: string }>('/api/fairs', {
			title: '无障碍线上招聘日',
			theme: 'custom',
			mode: 'online',
			organizer: '五台县人力资源和社会保障局',
			startsAt: new Date(Date.now() - HOUR).toISOString(),
			endsAt: iso(23),
			opensAtMinute: 600,
			closesAtMinute: 660,
		});
		await staff.post(`/api/fairs/${fair.id}/state`, { state: 'published' });
		await staff.put(`/api/fairs/${fair.id}/interpreters`, {
			interpreters: [{ name: '王翻译', hours: [{ startsAt: iso(10), endsAt: iso(11) }] }],
		});
		const postingId = await publishDemoPosting(baseUrl, '线上客服（招聘会）');
		const booth = await hr.post<{ id: string }>(`/api/fairs/${fair.id}/booths`, {
			introduction: '我们是五台县的电商企业，欢迎残疾朋友加入。',
			postingIds: [postingId],
		});
		await staff.post(`/api/fairs/${fair.id}/booths/${booth.id}/decision`, { decision: 'approve' });
		await staff.post(`/api/fairs/${fair.id}/state`, { state: 'open' });

		// the other browser: an anonymous visitor watching the lobby, with JavaScript
		const lobby = await newPage(browser);
		await lobby.goto(`${baseUrl}/fairs/${fair.id}`);
		const registered = await counter(lobby, '已报名');

		const seeker = await signedInPage(browser, baseUrl, 'seeker');
		await seeker.goto(`${baseUrl}/fairs/${fair.id}`);
		await seeker.getByLabel('手语翻译').check();
		await seeker.getByRole('button', { name: '报名', exact: true }).click();
		await expect
			.poll(() => seeker.locator('p.notice.ok').first().innerText())
			.toContain('报名成功');
		const lag = [await movesPast(lobby, '已报名', registered)];

		// queue at the booth; a new connection (another context) finds the same place
		const waiting = await counter(lobby, '排队等待');
		await seeker.goto(`${baseUrl}/fairs/${fair.id}/booths/${booth.id}`);
		await seeker.getByRole('button', { name: '排队', exact: true }).click();
		await expect
			.poll(() => seeker.locator('section[aria-labelledby="queue"]').innerText())
			.toContain('您排在第 1 位');
		lag.push(await movesPast(lobby, '排队等待', waiting));
		const again = await signedInPage(browser, baseUrl, 'seeker', { javaScriptEnabled: false });
		await again.goto(`${baseUrl}/fairs/${fair.id}/booths/${booth.id}`);
		expect(await again.locator('section[aria-labelledby="queue"]').innerText()).toContain(
			'您排在第 1 位',
		);

		// book the hour the interpreter is free: the booking names the interpreter
		const booked = await counter(lobby, '已约面试');
		const t = new Date(day + 8 * HOUR);
		await seeker.getByLabel(`${t.getUTCMonth() + 1}月${t.getUTCDate()}日 10:00–10:15`).check();
		await seeker.getByRole('button', { name: '预约这个时段' }).click();
		await expect
			.poll(() => seeker.locator('p.notice.ok').first().innerText())
			.toContain('面试已预约');
		lag.push(await movesPast(lobby, '已约面试', booked));
		await seeker.goto(`${baseUrl}/fairs/${fair.id}`);
		expect(await seeker.locator('#my-interviews ~ ul').first().innerText()).toContain(
			'手语翻译：王翻译',
		);

		// the rep accepts the chat and records an intention
		const ws = await hr.get<Workspace>(`/api/fairs/${fair.id}/booths/${booth.id}/workspace`);
		expect(ws.queue[0]).toMatchObject({ textOnly: true, needs: ['sign_interpreter'] });
		await hr.post(`/api/fairs/${fair.id}/queue/${ws.queue[0]!.id}/accept`);
		const intentions = await counter(lobby, '达成意向');
		await hr.post(
			`/api/fairs/${fair.id}/booths/${booth.id}/contacts/${ws.queue[0]!.personId}/intention`,
			{ postingId },
		);
		lag.push(await movesPast(lobby, '达成意向', intentions));
		// each step reached the other browser well within the second the issue asks for, plus
		// the page's own polling slack
		expect(Math.max(...lag)).toBeLessThan(2_000);
		const detail = await staff.get<FairDetail>(`/api/fairs/${fair.id}`);
		expect(detail.counters).toMatchObject({ interviewsBooked: 1, intentions: 1 });
	});
});
