import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { ROLES } from '@ronghe/contracts';
import { axeViolations, launchBrowser, newPage, setA11yCookie } from '../support/browser.js';
import { isWebPage, pagesToCheck, sitePages } from './pages.js';
import { demoAccount, signedInContext } from './signed-in.js';

const baseUrl = inject('baseUrl');
const pages = await sitePages(baseUrl);
// Each audience is checked on the pages it can open, plus one "not for you" page (the sign-in
// form when signed out, the 403 page for a role): a page that only sends someone elsewhere
// renders that same page again.
const toCheck = await pagesToCheck(baseUrl, pages);

const modes = [
	{ name: 'default', cookie: undefined, width: 1280 },
	{ name: 'phone 320 px', cookie: undefined, width: 320 },
	{ name: 'large text + high contrast', cookie: 'text=large;contrast=high', width: 1280 },
];

describe('axe-core, WCAG 2.2 A/AA', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	for (const mode of modes) {
		it.concurrent.for(toCheck.signedOut)(
			`has no violations on %s (${mode.name}, signed out)`,
			async (path, { expect }) => {
				const page = await newPage(browser, { viewport: { width: mode.width, height: 800 } });
				if (mode.cookie) await setA11yCookie(page, baseUrl, mode.cookie);
				await page.goto(baseUrl + path);
				expect(await axeViolations(page)).toEqual([]);
				await page.context().close();
			},
		);
	}

	// Every role sees the same pages with its own navigation, so each is checked in the default
	// mode. The signed-in header looks alike for all roles in the other modes: those run for the
	// role with the longest name and label only (about 1.5 s per check on two cores).
	// The API's own docs page looks the same to everyone, so only the web pages run again here.
	describe.each(ROLES)('signed in as %s', (role) => {
		const { displayName } = demoAccount(role);
		const roleModes = role === 'bureau' ? modes : modes.slice(0, 1);
		const contexts = new Map<string, BrowserContext>();
		beforeAll(async () => {
			for (const mode of roleModes) {
				const context = await signedInContext(browser, baseUrl, role, {
					viewport: { width: mode.width, height: 800 },
				});
				if (mode.cookie) {
					const blank = await context.newPage();
					await setA11yCookie(blank, baseUrl, mode.cookie);
					await blank.close();
				}
				contexts.set(mode.name, context);
			}
		});
		afterAll(async () => {
			for (const context of contexts.values()) await context.close();
		});

		for (const mode of roleModes) {
			it.concurrent.for(toCheck[role].filter(isWebPage))(
				`has no violations on %s (${mode.name})`,
				async (path, { expect }) => {
					const page = await contexts.get(mode.name)!.newPage();
					await page.goto(baseUrl + path);
					// Guards against checking a signed-out page by mistake.
					expect(await page.locator('header').innerText()).toContain(displayName);
					expect(await axeViolations(page)).toEqual([]);
					await page.close();
				},
			);
		}
	});
});
