import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, setA11yCookie } from '../support/browser.js';
import { signedInPage, type DemoRole } from './signed-in.js';

const baseUrl = inject('baseUrl');
const SHOTS = process.env.SCREENSHOT_DIR;

const PHONE = { width: 390, height: 844 };
const SMALL = { width: 320, height: 700 };

/** Each role's first page of its own (the one after 首页 in its navigation). */
const ROLE_PAGES: [DemoRole | null, string][] = [
	[null, '/jobs'],
	['seeker', '/me/profile'],
	['employer', '/employer/postings'],
	['township', '/staff/registry/new'],
	['federation', '/staff/registry'],
	['bureau', '/staff/reviews'],
	['admin', '/staff/search'],
];

async function pageAs(browser: Browser, role: DemoRole | null, opts = {}): Promise<Page> {
	return role ? signedInPage(browser, baseUrl, role, opts) : newPage(browser, opts);
}

/** Where the page's heading ends and how tall the site header is, in CSS pixels. */
async function firstScreen(page: Page) {
	const h1 = await page.locator('main h1').boundingBox();
	const header = await page.locator('header.site-header').boundingBox();
	if (!h1 || !header) throw new Error('no h1 or header');
	return { h1Bottom: h1.y + h1.height, header: header.height };
}

async function shot(page: Page, name: string) {
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe('the first screen on a phone', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each(ROLE_PAGES)(
		'shows the heading in the first screen at 390 × 844 (%s, %s)',
		async (role, path) => {
			for (const url of ['/', path]) {
				const page = await pageAs(browser, role, { viewport: PHONE });
				await page.goto(baseUrl + url);
				const { h1Bottom, header } = await firstScreen(page);
				await shot(page, `390-${role ?? 'public'}-${url.replaceAll('/', '_')}`);
				expect(h1Bottom, url).toBeLessThanOrEqual(PHONE.height);
				// the header leaves most of the screen to the page
				expect(header, url).toBeLessThanOrEqual(PHONE.height * 0.3);
				await page.context().close();
			}
		},
	);

	it.each(ROLE_PAGES)(
		'shows the heading in the first screen at 320 px with large text (%s, %s)',
		async (role, path) => {
			const page = await pageAs(browser, role, { viewport: SMALL });
			await setA11yCookie(page, baseUrl, 'text=large');
			await page.goto(baseUrl + path);
			const { h1Bottom, header } = await firstScreen(page);
			await shot(page, `320L-${role ?? 'public'}-${path.replaceAll('/', '_')}`);
			expect(h1Bottom).toBeLessThanOrEqual(SMALL.height);
			expect(header).toBeLessThanOrEqual(SMALL.height * 0.45);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				SMALL.width,
			);
			await page.context().close();
		},
	);
});

describe('the navigation menu', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });
	const menuButton = (page: Page) => nav(page).locator('summary', { hasText: '菜单' });

	it('opens and closes by keyboard on a phone, and says so', async () => {
		const page = await pageAs(browser, 'seeker', { viewport: PHONE });
		await page.goto(baseUrl + '/');
		await page.waitForFunction(() => document.documentElement.dataset.started === 'true');
		const profile = nav(page).getByRole('link', { name: '我的资料' });
		expect(await profile.isVisible()).toBe(false);
		expect(await menuButton(page).getAttribute('aria-expanded')).toBe('false');

		// Tab from the start of the page to the button
		for (let i = 0; i < 20; i += 1) {
			await page.keyboard.press('Tab');
			if (await menuButton(page).evaluate((el) => el === document.activeElement)) break;
		}
		await page.keyboard.press('Enter');
		await expect.poll(() => profile.isVisible()).toBe(true);
		await expect.poll(() => menuButton(page).getAttribute('aria-expanded')).toBe('true');
		expect(await page.getByRole('button', { name: '退出登录' }).isVisible()).toBe(true);
		await shot(page, '390-seeker-menu-open');

		await page.keyboard.press('Space');
		await expect.poll(() => profile.isVisible()).toBe(false);
		await expect.poll(() => menuButton(page).getAttribute('aria-expanded')).toBe('false');

		// following a link closes the menu, so the new page's heading is in view
		await menuButton(page).click();
		await Promise.all([page.waitForURL(/\/me\/profile$/), profile.click()]);
		await expect.poll(() => profile.isVisible()).toBe(false);
		const { h1Bottom } = await firstScreen(page);
		expect(h1Bottom).toBeLessThanOrEqual(PHONE.height);
		await page.context().close();
	});

	it('opens and closes without JavaScript on a phone', async () => {
		const page = await pageAs(browser, 'bureau', { viewport: PHONE, javaScriptEnabled: false });
		await page.goto(baseUrl + '/');
		const audit = nav(page).getByRole('link', { name: '搜索同步' });
		expect(await audit.isVisible()).toBe(false);
		await menuButton(page).click();
		// on a phone the entries behind 更多 are listed with the rest
		expect(await audit.isVisible()).toBe(true);
		expect(await nav(page).getByRole('link', { name: '年审' }).isVisible()).toBe(true);
		await shot(page, '390-bureau-menu-open-nojs');
		await menuButton(page).click();
		expect(await audit.isVisible()).toBe(false);
		await page.context().close();
	});

	it('shows the links in one row on a computer, the rest behind 更多', async () => {
		const page = await pageAs(browser, 'bureau');
		await page.goto(baseUrl + '/staff/reviews');
		await page.waitForFunction(() => document.documentElement.dataset.started === 'true');
		expect(await menuButton(page).isVisible()).toBe(false);
		const links = nav(page).locator('a:visible');
		const tops = new Set(
			(await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top))).map(
				Math.round,
			),
		);
		expect(tops.size).toBe(1);
		expect(
			await nav(page).getByRole('link', { name: '岗位审核' }).getAttribute('aria-current'),
		).toBe('page');
		const more = nav(page).locator('summary', { hasText: '更多' });
		const audit = nav(page).getByRole('link', { name: '搜索同步' });
		expect(await audit.isVisible()).toBe(false);
		await more.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => audit.isVisible()).toBe(true);
		await expect.poll(() => more.getAttribute('aria-expanded')).toBe('true');
		await shot(page, '1280-bureau-more-open');
		await page.keyboard.press('Escape');
		await expect.poll(() => audit.isVisible()).toBe(false);
		expect(await more.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.context().close();
	});
});

describe('job search results on a phone', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each([true, false])('fits three results in one screen (JavaScript %s)', async (js) => {
		const page = await newPage(browser, { viewport: PHONE, javaScriptEnabled: js });
		await page.goto(baseUrl + '/jobs');
		const cards = page.locator('main article');
		expect(await cards.count()).toBeGreaterThanOrEqual(3);
		await cards.nth(0).evaluate((el) => el.scrollIntoView());
		await shot(page, `390-jobs-results-${js ? 'js' : 'nojs'}`);
		const first = await cards.nth(0).boundingBox();
		const third = await cards.nth(2).boundingBox();
		if (!first || !third) throw new Error('no cards');
		expect(third.y + third.height - first.y).toBeLessThanOrEqual(PHONE.height);
		await page.context().close();
	});

	it('does not jump when JavaScript starts on a phone', async () => {
		// a phone's browser, as Chrome on Android presents itself (Sec-CH-UA-Mobile: ?1)
		const page = await newPage(browser, {
			viewport: PHONE,
			isMobile: true,
			hasTouch: true,
			userAgent:
				'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
			extraHTTPHeaders: { 'sec-ch-ua-mobile': '?1' },
		});
		await page.addInitScript(() => {
			const w = window as unknown as { shifted: number };
			w.shifted = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.shifted += (e as unknown as { value: number }).value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(baseUrl + '/jobs?q=按摩');
		await page.waitForFunction(() => document.documentElement.dataset.started === 'true');
		await page.waitForTimeout(300);
		// the filters were folded from the first paint, not after the page had been drawn, and the
		// reading bar's 开始朗读 was there from the start
		expect(await page.locator('details.filters').getAttribute('open')).toBeNull();
		expect(await page.getByRole('button', { name: '开始朗读' }).isVisible()).toBe(true);
		const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
		expect(shifted).toBeLessThan(0.1);
		await page.context().close();
	});
});

/** Cells in `selector` whose text takes more than one line. */
function wrappedCells(page: Page, selector: string) {
	return page.locator(selector).evaluateAll((cells) =>
		cells
			.filter((cell) => {
				const range = document.createRange();
				range.selectNodeContents(cell);
				const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
				return range.getBoundingClientRect().height > lineHeight * 1.5;
			})
			.map((cell) => (cell as HTMLElement).innerText),
	);
}

describe('staff tables', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each([
		// the township and the four numbers (应安排, 已安排, 还差, 应缴保障金)
		[
			'/staff/quota',
			'main tbody tr > :is(:nth-child(3), :nth-child(4), :nth-child(5), :nth-child(6), :nth-child(7))',
		],
		// the township
		['/staff/reviews', 'main tbody tr > :nth-child(4)'],
	])('keeps numbers and townships whole at 1280 px (%s)', async (path, cells) => {
		const page = await pageAs(browser, 'bureau', { viewport: { width: 1280, height: 800 } });
		await page.goto(baseUrl + path);
		expect(await page.locator(cells).count()).toBeGreaterThan(0);
		await shot(page, `1280-bureau-${path.replaceAll('/', '_')}`);
		expect(await wrappedCells(page, cells)).toEqual([]);
		await page.context().close();
	});

	it('starts the disclosure list numbers on the screen at 320 px with large text', async () => {
		const page = await newPage(browser, { viewport: SMALL });
		await setA11yCookie(page, baseUrl, 'text=large');
		await page.goto(baseUrl + '/quota/disclosure');
		await page.locator('main a[href*="/quota/disclosure/"]').first().click();
		await page.waitForURL(/\/quota\/disclosure\/\d{4}$/);
		const firstNumber = page.locator('main table.data tbody td.num').first();
		// scroll the page down only: the table's own region stays at its start
		await firstNumber.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top - 200));
		const box = await firstNumber.boundingBox();
		if (!box) throw new Error('no number cell');
		await shot(page, '320L-disclosure');
		expect(box.x + box.width).toBeLessThanOrEqual(SMALL.width);
		await page.context().close();
	});
});

describe('selects on a phone with large text', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it.each(['/jobs', '/levy'])('shows the whole chosen text (%s)', async (path) => {
		const page = await newPage(browser, { viewport: SMALL });
		await setA11yCookie(page, baseUrl, 'text=large');
		await page.goto(baseUrl + path);
		// every option's text fits the width a select can take, as every browser draws it (one line, no wrapping:
		// only Chromium can wrap a select's text), so whatever is chosen is never cut off
		const cut = await page.locator('main select').evaluateAll((selects) =>
			selects.flatMap((el) => {
				const select = el as HTMLSelectElement;
				const probe = select.cloneNode(true) as HTMLSelectElement;
				probe.style.cssText =
					'position:absolute;max-width:none;width:auto;appearance:auto;white-space:nowrap';
				select.parentElement?.append(probe);
				// a native select is as wide as its widest option, up to its box's width
				const box = select.parentElement!;
				const style = getComputedStyle(box);
				const width =
					box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				const tooLong = [...select.options]
					.filter((option) => {
						probe.replaceChildren(option.cloneNode(true));
						return probe.getBoundingClientRect().width > width + 1;
					})
					.map((option) => option.text);
				probe.remove();
				return tooLong;
			}),
		);
		await page
			.locator('main select')
			.last()
			.evaluate((el) => el.scrollIntoView());
		await shot(page, `320L-select-${path.replaceAll('/', '_')}`);
		expect(cut).toEqual([]);
		await page.context().close();
	});

	it('still chooses an option with the keyboard', async () => {
		const page = await newPage(browser, { viewport: SMALL });
		await setA11yCookie(page, baseUrl, 'text=large');
		await page.goto(baseUrl + '/jobs');
		await page.waitForFunction(() => document.documentElement.dataset.started === 'true');
		await page.selectOption('#near', { index: 1 });
		const chosen = await page
			.locator('#near')
			.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
		expect(chosen).toBe(1);
		await page.context().close();
	});
});
