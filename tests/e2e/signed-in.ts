import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
	Browser,
	BrowserContext,
	BrowserContextOptions,
	Page,
	Response,
} from 'playwright-core';
import { SESSION_COOKIE } from '@ronghe/contracts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@ronghe/db/demo';
import { newPage } from '../support/browser.js';

export type DemoAccount = (typeof DEMO_ACCOUNTS)[number];
export type DemoRole = DemoAccount['role'];

export function demoAccount(role: DemoRole): DemoAccount {
	const account = DEMO_ACCOUNTS.find((a) => a.role === role);
	if (!account) throw new Error(`no demo account for ${role}`);
	return account;
}

/**
 * Fills in the login form on the current page and submits it, as a person would. Resolves with
 * the form's POST response (303 without JavaScript; with it, the enhanced fetch).
 */
export async function submitLogin(page: Page, phone: string, password: string): Promise<Response> {
	await page.getByLabel('手机号', { exact: true }).fill(phone);
	await page.getByLabel('密码', { exact: true }).fill(password);
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST' && /\/login/.test(r.url())),
		page.getByRole('button', { name: '登录', exact: true }).click(),
	]);
	return response;
}

/**
 * Waits for `page` to reach `url`; if it does not, the error says where the page is and what it
 * shows (an error message from the sign-in, say), so a failure seen only in CI explains itself.
 */
export async function arriveAt(page: Page, url: string): Promise<void> {
	try {
		await page.waitForURL(url);
	} catch (err) {
		const shown = await page
			.locator('main')
			.innerText({ timeout: 2000 })
			.catch(() => '(no main)');
		const why = err instanceof Error ? err.message : String(err);
		throw new Error(`did not reach ${url}: ${why}\nstill on ${page.url()}, showing:\n${shown}`, {
			cause: err,
		});
	}
}

/** Signs in through the real /login form (JavaScript off) and returns the session token. */
async function signInThroughForm(browser: Browser, baseUrl: string, role: DemoRole) {
	const page = await newPage(browser, { javaScriptEnabled: false });
	await page.goto(`${baseUrl}/login`);
	const response = await submitLogin(page, demoAccount(role).phone, DEMO_PASSWORD);
	if (response.status() !== 303) throw new Error(`sign-in as ${role}: ${response.status()}`);
	const cookie = (await page.context().cookies(baseUrl)).find((c) => c.name === SESSION_COOKIE);
	await page.context().close();
	if (!cookie) throw new Error(`sign-in as ${role} set no session cookie`);
	return cookie.value;
}

// The API limits sign-ins per address (20 in 10 minutes) and every test signs in from 127.0.0.1,
// so test files share sessions through this file, each checked with the API before reuse.
const cacheFile = (baseUrl: string) =>
	join(tmpdir(), 'ronghe-e2e-sessions', `${new URL(baseUrl).port}.json`);

function readCache(baseUrl: string): Partial<Record<DemoRole, string>> {
	try {
		return JSON.parse(readFileSync(cacheFile(baseUrl), 'utf8')) as Record<DemoRole, string>;
	} catch {
		return {};
	}
}

async function stillValid(baseUrl: string, token: string) {
	const res = await fetch(`${baseUrl}/api/auth/me`, {
		headers: { authorization: `Bearer ${token}` },
	});
	return res.ok;
}

async function sessionFor(browser: Browser, baseUrl: string, role: DemoRole): Promise<string> {
	const cached = readCache(baseUrl)[role];
	if (cached && (await stillValid(baseUrl, cached))) return cached;
	const token = await signInThroughForm(browser, baseUrl, role);
	mkdirSync(join(tmpdir(), 'ronghe-e2e-sessions'), { recursive: true });
	writeFileSync(cacheFile(baseUrl), JSON.stringify({ ...readCache(baseUrl), [role]: token }));
	return token;
}

/** A new browser context signed in as the demo account for `role`. */
export async function signedInContext(
	browser: Browser,
	baseUrl: string,
	role: DemoRole,
	opts: BrowserContextOptions = {},
): Promise<BrowserContext> {
	const token = await sessionFor(browser, baseUrl, role);
	const context = await browser.newContext({ locale: 'zh-CN', ...opts });
	await context.addCookies([
		{ name: SESSION_COOKIE, value: token, url: baseUrl, httpOnly: true, sameSite: 'Lax' },
	]);
	return context;
}

/** A page in a new context signed in as `role`. */
export async function signedInPage(
	browser: Browser,
	baseUrl: string,
	role: DemoRole,
	opts: BrowserContextOptions = {},
): Promise<Page> {
	return (await signedInContext(browser, baseUrl, role, opts)).newPage();
}
