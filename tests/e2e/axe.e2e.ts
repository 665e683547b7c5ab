import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it, type ExpectStatic } from 'vitest';
import { ROLES, type Role } from '@ronghe/contracts';
import { axeViolations, launchBrowser } from '../support/browser.js';
import { isWebPage, pagesToCheck } from './pages-to-check.js';
import { sitePages } from './pages.js';
import { demoAccount, signedInContext } from './signed-in.js';

const baseUrl = inject('baseUrl');
const pages = await sitePages(baseUrl);
// Each audience is checked on the pages it can open, plus one "not for you" page (the sign-in
// form when signed out, the 403 page for a role): a page that only sends someone elsewhere
// renders that same page again.
const toCheck = await pagesToCheck(baseUrl, pages);

/**
 * One visit per page and mode checks everything that mode is for: axe-core's WCAG 2.2 A/AA
 * rules always; the page's frame (language, one h1, the main landmark, a title) in the default
 * mode; no sideways scrolling at 320 px (WCAG 1.4.10 reflow), also with large text and high
 * contrast, which is what 200 % zoom on a phone amounts to.
 */
const modes = [
	{ name: 'default', cookie: undefined, width: 1280, frame: true, reflow: false },
	{ name: 'phone 320 px', cookie: undefined, width: 320, frame: false, reflow: true },
	{
		name: 'large text + high contrast, 320 px',
		cookie: 'text=large;contrast=high',
		width: 320,
		frame: false,
		reflow: true,
	},
] as const;
type Mode = (typeof modes)[number];

const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Public pages people reach from a search engine: each says what it is in a meta description. */
const PUBLIC_FOUND = /^\/(jobs(\/[^?]*)?|levy|fairs|training|contacts)?(\?.*)?$/;

async function checkPage(
	page: Page,
	path: string,
	mode: Mode,
	expect: ExpectStatic,
	displayName?: string,
) {
	await page.goto(baseUrl + path);
	// guards against checking a signed-out page by mistake
	// textContent: on a phone the name is inside the folded 菜单, in the page but not shown
	if (displayName) expect(await page.locator('header').textContent()).toContain(displayName);
	if (isWebPage(path)) {
		if (mode.frame) {
			expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
			expect(await page.locator('h1').count()).toBe(1);
			expect(await page.locator('main#main').count()).toBe(1);
			expect(await page.title()).toMatch(/融合就业$/);
			// what a search result shows under the link, for the pages anyone may find
			if (!displayName && PUBLIC_FOUND.test(path))
				expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(/\S{10}/);
		}
		if (mode.cookie) expect(await page.getAttribute('html', 'class')).toMatch(/text-large/);
		if (mode.reflow) expect(await overflow(page)).toBeLessThanOrEqual(0);
	}
	expect(await axeViolations(page)).toEqual([]);
}

/**
 * Open tabs of one context, reused from check to check: a tab that goes on to the next page
 * keeps its renderer process, so neither the process nor axe-core's half a megabyte of script
 * is started and compiled afresh for every page (that was about half of each check's time).
 */
class Tabs {
	private idle: Page[] = [];
	constructor(readonly context: BrowserContext) {}
	async use(check: (page: Page) => Promise<void>) {
		const page = this.idle.pop() ?? (await this.context.newPage());
		try {
			await check(page);
		} finally {
			this.idle.push(page);
		}
	}
}

/** A context per mode for one audience (signed out, or a role), with the mode's cookie set. */
async function contextsFor(browser: Browser, role: Role | undefined, which: readonly Mode[]) {
	const contexts = new Map<string, Tabs>();
	for (const mode of which) {
		const opts = { viewport: { width: mode.width, height: 800 } };
		const context = role
			? await signedInContext(browser, baseUrl, role, opts)
			: await browser.newContext({ locale: 'zh-CN', ...opts });
		if (mode.cookie)
			await context.addCookies([
				{ name: 'ronghe_a11y', value: encodeURIComponent(mode.cookie), url: baseUrl },
			]);
		contexts.set(mode.name, new Tabs(context));
	}
	return contexts;
}

describe('every page: axe-core WCAG 2.2 A/AA, page frame, reflow at 320 px', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	describe('signed out', () => {
		let contexts: Map<string, Tabs>;
		beforeAll(async () => {
			contexts = await contextsFor(browser, undefined, modes);
		});
		afterAll(async () => {
			for (const tabs of contexts.values()) await tabs.context.close();
		});
		for (const mode of modes) {
			it.concurrent.for(toCheck.signedOut)(`%s (${mode.name})`, async (path, { expect }) => {
				await contexts.get(mode.name)!.use((page) => checkPage(page, path, mode, expect));
			});
		}
	});

	// Every role sees the same pages with its own navigation, so each is checked in the default
	// mode. The signed-in header looks alike for all roles in the other modes: those run for the
	// role with the longest name and label only (县人社局演示员, 县人社局工作人员).
	// The API's own docs page looks the same to everyone, so only the web pages run again here.
	describe.each(ROLES)('signed in as %s', (role) => {
		const { displayName } = demoAccount(role);
		const roleModes = role === 'bureau' ? modes : modes.slice(0, 1);
		let contexts: Map<string, Tabs>;
		beforeAll(async () => {
			contexts = await contextsFor(browser, role, roleModes);
		});
		afterAll(async () => {
			for (const tabs of contexts.values()) await tabs.context.close();
		});
		for (const mode of roleModes) {
			it.concurrent.for(toCheck[role].filter(isWebPage))(
				`%s (${mode.name})`,
				async (path, { expect }) => {
					await contexts
						.get(mode.name)!
						.use((page) => checkPage(page, path, mode, expect, displayName));
				},
			);
		}
	});
});
