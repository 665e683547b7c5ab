import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, newPage } from '../support/browser.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

const KEYBOARD_TITLE = '仓库理货员（键盘填写）';
const NO_JS_TITLE = '超市收银员（不用脚本）';
const DESCRIPTION = '负责仓库货物的清点、登记和上架。要求身体健康，年龄 18-35 岁。';
const AGE_REASON = '岗位需要夜间值守，按县里规定由成年人担任。';

/** What a screen reader would call the focused element, and where it sits. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const s = getComputedStyle(el);
		const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
		const shadow = s.boxShadow !== 'none';
		const labelled = (el as HTMLInputElement).labels?.[0]?.innerText;
		return {
			name: (labelled ?? el.innerText ?? '').trim(),
			group: el.closest('fieldset')?.querySelector('legend')?.innerText.trim() ?? '',
			value: (el as HTMLInputElement).value ?? '',
			checked: (el as HTMLInputElement).checked ?? false,
			html: el.outerHTML.slice(0, 80),
			visible: outline || shadow,
		};
	});

/**
 * Presses Tab until the control labelled `name` (inside the fieldset whose legend contains
 * `group`, if given) has focus. Every control passed on the way must show where the focus is.
 */
async function tabTo(page: Page, name: string, group?: string, limit = 250) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const f = await focused(page);
		if (!f) continue; // the page itself, when Tab wraps round
		expect(f.visible, `no visible focus on ${f.html}`).toBe(true);
		if (f.name === name && (!group || f.group.includes(group))) return f;
	}
	throw new Error(`“${name}” not reached by Tab`);
}

/** Types into the focused field, replacing what it held. */
async function typeOver(page: Page, text: string) {
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Delete');
	await page.keyboard.type(text);
}

/** The fields a posting needs before it can be submitted, filled without JavaScript. */
async function fillRequired(page: Page, title: string) {
	await page.fill('#title', title);
	await page.fill('#description', DESCRIPTION);
	await page.fill('#payMin', '2600');
	await page.fill('#payMax', '3200');
	await page.fill('#closingDate', '2027-06-30');
	await page.selectOption('#townshipCode', { label: '台城镇' });
	await page.getByLabel('肢体残疾', { exact: true }).check();
	await page.getByLabel('听力残疾', { exact: true }).check();
}

const flag = (page: Page, phrase: string) =>
	page.locator('fieldset.flag', { has: page.locator('legend', { hasText: `“${phrase}”` }) });

describe('employer posting editor and bureau review', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('is written, checked and submitted with the keyboard alone', async () => {
		const page = await signedInPage(browser, baseUrl, 'employer');
		await page.goto(`${baseUrl}/employer/postings/new`);
		expect(await page.locator('h1').innerText()).toBe('发布新岗位');

		await tabTo(page, '岗位名称');
		await page.keyboard.type(KEYBOARD_TITLE);
		await tabTo(page, '岗位说明');
		await page.keyboard.type(DESCRIPTION);
		// nothing has been checked yet, so nothing is said to be fine
		expect(await page.locator('#flags-title').innerText()).toBe('包容性检查：还没检查');
		// the description has the width of the form, not a textarea's 20 columns
		const [box, form] = await Promise.all([
			page.locator('#description').boundingBox(),
			page.locator('#description').locator('xpath=ancestor::fieldset[1]').boundingBox(),
		]);
		expect(box!.width).toBeGreaterThan(form!.width * 0.85);
		await tabTo(page, '检查');
		await page.keyboard.press('Enter');

		// the two findings, each with its plain explanation
		await expect.poll(() => page.locator('#flags-title').innerText()).toBe('包容性检查：2 处提示');
		expect(await page.locator('[role="status"]', { hasText: '2 处' }).count()).toBe(1);
		expect(await flag(page, '身体健康').innerText()).toContain('“身体健康”说得太笼统');
		expect(await flag(page, '年龄 18-35 岁').innerText()).toContain('年龄限制会把很多大龄残疾人');
		// what was typed is still there
		expect(await page.inputValue('#title')).toBe(KEYBOARD_TITLE);
		expect(await page.inputValue('#description')).toBe(DESCRIPTION);
		expect(await axeViolations(page)).toEqual([]);

		// 身体健康: chosen to be removed (arrow key to the second choice), then deleted from the text
		await tabTo(page, '确实必要（请说明原因）', '身体健康');
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toMatchObject({ name: '删除这项要求', checked: true });
		// choosing it takes the phrase out of the text at once, and says so
		expect(await page.inputValue('#description')).toBe(DESCRIPTION.replace('身体健康，', ''));
		expect(await flag(page, '身体健康').locator('[role="status"]').innerText()).toContain(
			'已从岗位说明里删掉“身体健康”',
		);
		// the other choice puts it back; then removed again
		await page.keyboard.press('ArrowUp');
		expect(await page.inputValue('#description')).toBe(DESCRIPTION);
		await page.keyboard.press('ArrowDown');
		expect(await page.inputValue('#description')).toBe(DESCRIPTION.replace('身体健康，', ''));
		// 年龄: essential, with a reason
		await tabTo(page, '确实必要（请说明原因）', '年龄 18-35 岁');
		await page.keyboard.press('Space');
		expect(await focused(page)).toMatchObject({ checked: true });
		await tabTo(page, '为什么确实必要', '年龄 18-35 岁');
		await page.keyboard.type(AGE_REASON);

		await tabTo(page, '岗位说明');
		await typeOver(page, DESCRIPTION.replace('身体健康，', ''));
		// typed over since the check: the findings may be out of date, and the page says so
		expect(await page.locator('#flags-title').innerText()).toBe('包容性检查：改过以后还没重新检查');

		await tabTo(page, '最低工资（元/月）');
		await page.keyboard.type('2800');
		await tabTo(page, '最高工资（元/月）');
		await page.keyboard.type('3500');
		await tabTo(page, '截止日期');
		// the test browser orders a date's parts as en-US does (月/日/年); each part moves on when full
		await page.keyboard.type('06302027');
		expect(await page.inputValue('#closingDate')).toBe('2027-06-30');
		await tabTo(page, '乡镇');
		await page.keyboard.press('ArrowDown');
		expect(await page.inputValue('#townshipCode')).not.toBe('');
		await tabTo(page, '肢体残疾', '可以接纳的残疾类别');
		await page.keyboard.press('Space');
		await tabTo(page, '听力残疾', '可以接纳的残疾类别');
		await page.keyboard.press('Space');
		expect(
			await page
				.locator('input[name="acceptedCategories"]:checked')
				.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
		).toEqual(['2', '4']);

		await tabTo(page, '提交审核');
		await Promise.all([
			page.waitForURL(/\/employer\/postings\/[0-9a-f-]{36}\?done=submitted$/),
			page.keyboard.press('Enter'),
		]);
		expect(await page.locator('h1').innerText()).toBe(KEYBOARD_TITLE);
		expect(await page.locator('main').innerText()).toContain('状态：等待审核');
		await page.context().close();
	});

	it('works without JavaScript: an unresolved flag is shown next to it, nothing typed is lost', async () => {
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/employer/postings/new`);
		await fillRequired(page, NO_JS_TITLE);
		await page.getByRole('button', { name: '检查', exact: true }).click();
		await page.waitForSelector('fieldset.flag');
		expect(await page.locator('fieldset.flag').count()).toBe(2);

		// only the first one answered
		await flag(page, '身体健康').getByLabel('确实必要（请说明原因）').check();
		await flag(page, '身体健康')
			.getByLabel('为什么确实必要')
			.fill('岗位在冷库里工作，需要能耐低温。');
		const [rejected] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: '提交审核', exact: true }).click(),
		]);
		expect(rejected.status()).toBe(400);
		const ageFlag = flag(page, '年龄 18-35 岁');
		expect(await ageFlag.locator('.field-error').innerText()).toContain(
			'请选择“确实必要”并说明原因，或者从岗位说明里删掉这项要求',
		);
		expect(await page.locator('#error-summary').innerText()).toContain('年龄 18-35 岁');
		// everything typed is still there, including the answer to the first flag
		expect(await page.inputValue('#title')).toBe(NO_JS_TITLE);
		expect(await page.inputValue('#description')).toBe(DESCRIPTION);
		expect(await page.inputValue('#payMin')).toBe('2600');
		expect(await page.inputValue('#payMax')).toBe('3200');
		expect(await page.inputValue('#closingDate')).toBe('2027-06-30');
		expect(await page.locator('#townshipCode option:checked').innerText()).toBe('台城镇');
		expect(await page.getByLabel('肢体残疾', { exact: true }).isChecked()).toBe(true);
		expect(await page.getByLabel('听力残疾', { exact: true }).isChecked()).toBe(true);
		expect(await flag(page, '身体健康').getByLabel('确实必要（请说明原因）').isChecked()).toBe(
			true,
		);
		expect(await flag(page, '身体健康').getByLabel('为什么确实必要').inputValue()).toBe(
			'岗位在冷库里工作，需要能耐低温。',
		);

		// resolve it by taking the age limit out of the text
		await page.fill('#description', DESCRIPTION.replace('年龄 18-35 岁。', ''));
		const [accepted] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: '提交审核', exact: true }).click(),
		]);
		expect(accepted.status()).toBe(303);
		await page.waitForURL(/done=submitted/);
		expect(await page.locator('main').innerText()).toContain('状态：等待审核');

		await page.goto(`${baseUrl}/employer/postings`);
		const rows = page.locator('tbody tr');
		const row = rows.filter({ hasText: NO_JS_TITLE });
		expect(await row.count()).toBe(1);
		expect(await row.innerText()).toContain('等待审核');
		expect(await rows.filter({ hasText: KEYBOARD_TITLE }).innerText()).toContain('等待审核');
		await page.context().close();
	});

	it('bureau staff see the flags and reasons, approve one posting and send the other back', async () => {
		const staff = await signedInPage(browser, baseUrl, 'bureau', { javaScriptEnabled: false });
		await staff.goto(`${baseUrl}/staff/reviews`);
		const row = staff.locator('tbody tr', { hasText: KEYBOARD_TITLE });
		// the queue counts the flags still in the text; the removed one shows on the posting
		expect(await row.innerText()).toContain('1 处');
		await row.getByRole('link', { name: KEYBOARD_TITLE }).click();
		await staff.waitForURL(/\/staff\/reviews\/[0-9a-f-]{36}$/);
		const flags = await staff.locator('main').innerText();
		expect(flags).toContain(`“年龄 18-35 岁”：单位认为确实必要。原因：${AGE_REASON}`);
		expect(flags).toContain('“身体健康”：单位已删除');
		const [approved] = await Promise.all([
			staff.waitForResponse((r) => r.request().method() === 'POST'),
			staff.getByRole('button', { name: '审核通过并发布' }).click(),
		]);
		expect(approved.status()).toBe(303);
		await staff.waitForURL(/\/staff\/reviews\?done=approved/);
		expect(await staff.locator('main [role="status"]').first().innerText()).toContain(
			'已审核通过，岗位已经公开',
		);
		expect(await staff.locator('main').innerText()).not.toContain(KEYBOARD_TITLE);

		// the public search finds it once the index has caught up
		const visitor = await newPage(browser, { javaScriptEnabled: false });
		await expect
			.poll(
				async () => {
					await visitor.goto(`${baseUrl}/jobs?q=${encodeURIComponent(KEYBOARD_TITLE)}`);
					return visitor.locator('main').innerText();
				},
				{ timeout: 30_000, interval: 1_000 },
			)
			.toContain(KEYBOARD_TITLE);
		await visitor.context().close();

		// the other one goes back with a reason
		await staff.goto(`${baseUrl}/staff/reviews`);
		await staff.getByRole('link', { name: NO_JS_TITLE }).click();
		await staff.waitForURL(/\/staff\/reviews\/[0-9a-f-]{36}$/);
		expect(await staff.locator('main').innerText()).toContain(
			'“身体健康”：单位认为确实必要。原因：岗位在冷库里工作，需要能耐低温。',
		);
		await staff
			.getByLabel('退回原因')
			.fill('请写明冷库的温度和每次工作多长时间，不要只写身体健康。');
		await Promise.all([
			staff.waitForURL(/\/staff\/reviews\?done=returned/),
			staff.getByRole('button', { name: '退回修改' }).click(),
		]);
		expect(await staff.locator('main [role="status"]').first().innerText()).toContain('已退回修改');
		await staff.context().close();

		const employer = await signedInPage(browser, baseUrl, 'employer', {
			javaScriptEnabled: false,
		});
		await employer.goto(`${baseUrl}/employer/postings`);
		const returned = employer.locator('tbody tr', { hasText: NO_JS_TITLE });
		expect(await returned.innerText()).toContain('退回修改（请查看退回原因）');
		await returned.getByRole('link', { name: NO_JS_TITLE }).click();
		await employer.waitForURL(/\/employer\/postings\/[0-9a-f-]{36}$/);
		expect(await employer.locator('main').innerText()).toContain(
			'请写明冷库的温度和每次工作多长时间，不要只写身体健康。',
		);
		await employer.context().close();
	});

	it('has no axe violations on the review page with flags', async () => {
		// a fresh posting with flags, submitted through the editor, for the reviewer to open
		const employer = await signedInPage(browser, baseUrl, 'employer', {
			javaScriptEnabled: false,
		});
		await employer.goto(`${baseUrl}/employer/postings/new`);
		await fillRequired(employer, '仓库保管员（审核页检查）');
		await employer.getByRole('button', { name: '检查', exact: true }).click();
		await employer.waitForSelector('fieldset.flag');
		for (const phrase of ['身体健康', '年龄 18-35 岁']) {
			await flag(employer, phrase).getByLabel('确实必要（请说明原因）').check();
			await flag(employer, phrase).getByLabel('为什么确实必要').fill('这是测试用的原因说明。');
		}
		await Promise.all([
			employer.waitForURL(/done=submitted/),
			employer.getByRole('button', { name: '提交审核', exact: true }).click(),
		]);
		await employer.context().close();

		const staff = await signedInPage(browser, baseUrl, 'bureau');
		await staff.goto(`${baseUrl}/staff/reviews`);
		await staff.getByRole('link', { name: '仓库保管员（审核页检查）' }).click();
		await staff.waitForURL(/\/staff\/reviews\/[0-9a-f-]{36}$/);
		expect(await staff.locator('main').innerText()).toContain('“身体健康”：单位认为确实必要');
		expect(await axeViolations(staff)).toEqual([]);
		await staff.context().close();
	});

	it('without JavaScript: a saved draft is checked on load, and 删除这项要求 deletes the phrase', async () => {
		const title = '搬运工（删除要求，不用脚本）';
		const page = await signedInPage(browser, baseUrl, 'employer', { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/employer/postings/new`);
		await fillRequired(page, title);
		expect(await page.locator('#flags-title').innerText()).toBe('包容性检查：还没检查');
		await Promise.all([
			page.waitForURL(/done=saved/),
			page.getByRole('button', { name: '保存草稿', exact: true }).click(),
		]);
		// the saved draft opens with its findings, without pressing 检查
		expect(await page.locator('#flags-title').innerText()).toBe('包容性检查：2 处提示');

		await flag(page, '身体健康').getByLabel('删除这项要求').check();
		await flag(page, '年龄 18-35 岁').getByLabel('确实必要（请说明原因）').check();
		await flag(page, '年龄 18-35 岁').getByLabel('为什么确实必要').fill(AGE_REASON);
		await page.getByRole('button', { name: '检查', exact: true }).click();
		await page.waitForSelector('#flags-removed');
		expect(await page.inputValue('#description')).toBe(DESCRIPTION.replace('身体健康，', ''));
		expect(await page.locator('#flags-title').innerText()).toBe('包容性检查：1 处提示');
		expect(await page.locator('section.flags').innerText()).toContain('“身体健康”');

		const [submitted] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: '提交审核', exact: true }).click(),
		]);
		expect(submitted.status()).toBe(303);
		await page.waitForURL(/done=submitted/);
		expect(await page.locator('main').innerText()).toContain('状态：等待审核');
		await page.context().close();
	});
});
