import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser.js';
import { ROOT } from '../support/server.js';
import { signedInPage } from './signed-in.js';

const baseUrl = inject('baseUrl');

/** What a page may make a phone download and run, gzip-compressed. */
const BUDGET_BYTES = 60 * 1024;

const SERVER_OUT = join(ROOT, 'web/.svelte-kit/output/server');
const CLIENT = join(ROOT, 'web/build/client');

/**
 * Per route, the JavaScript a first visit loads, read from the build: the client entry (start +
 * app and their chunks) and, for each layout and the page itself, the node and the chunks it
 * imports (the same lists SvelteKit writes into the page as modulepreload links). An error
 * page's node is loaded only when something fails, so it is not counted.
 */
function javascriptPerRoute(): { route: string; bytes: number; files: string[] }[] {
	const manifest = readFileSync(join(SERVER_OUT, 'manifest.js'), 'utf8');
	const entry = /client: \{start:"[^"]+",app:"[^"]+",imports:(\[[^\]]*\])/.exec(manifest);
	if (!entry) throw new Error('no client entry in the SvelteKit manifest: is web built?');
	const entryFiles = JSON.parse(entry[1]!) as string[];
	const nodeImports = (n: number) => {
		const node = readFileSync(join(SERVER_OUT, 'nodes', `${n}.js`), 'utf8');
		return JSON.parse(/export const imports = (\[[^\]]*\])/.exec(node)?.[1] ?? '[]') as string[];
	};
	const sizes = new Map<string, number>();
	const gzipped = (file: string) => {
		if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(join(CLIENT, file))).length);
		return sizes.get(file)!;
	};
	const routes = [
		...manifest.matchAll(
			/id: "([^"]+)",[^{}]*?page: \{ layouts: \[([^\]]*)\], errors: \[[^\]]*\], leaf: (\d+) \}/g,
		),
	];
	return routes.map(([, route, layouts, leaf]) => {
		const nodes = [...layouts!.split(','), leaf!].filter((s) => s.trim() !== '').map(Number);
		const files = [...new Set([...entryFiles, ...nodes.flatMap(nodeImports)])];
		return { route: route!, bytes: files.reduce((sum, f) => sum + gzipped(f), 0), files };
	});
}

describe('JavaScript per page', () => {
	it(`every route loads at most ${BUDGET_BYTES / 1024} KiB of JavaScript, gzip-compressed`, () => {
		const routes = javascriptPerRoute();
		expect(routes.map((r) => r.route)).toContain('/levy');
		const over = routes
			.filter((r) => r.bytes > BUDGET_BYTES)
			.map((r) => `${r.route}: ${(r.bytes / 1024).toFixed(1)} KiB`);
		expect(over).toEqual([]);
	});

	it('no page ships zod or code that builds functions from strings (the CSP forbids it)', () => {
		const files = new Set(javascriptPerRoute().flatMap((r) => r.files));
		const offending = [...files].filter((f) =>
			/new Function\(|Function\((""|''|``)\)|\$ZodType/.test(readFileSync(join(CLIENT, f), 'utf8')),
		);
		expect(offending).toEqual([]);
	});
});

/** Collects CSP violations as the page sees them, and console errors that mention the policy. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	const consoleErrors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && /Content Security Policy|unsafe-eval/i.test(m.text()))
			consoleErrors.push(m.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.violatedDirective} ${e.blockedURI}`),
		);
	});
	return async () => [
		...consoleErrors,
		...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
	];
}

describe('the content security policy holds', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('/levy raises no CSP violation, and the calculator still answers', async () => {
		const page = await newPage(browser);
		const violations = await watchCsp(page);
		const response = await page.goto(`${baseUrl}/levy`);
		expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
		await page.waitForLoadState('networkidle');
		await page.selectOption('#f-collectionYear', '2025');
		await page.getByLabel('企业（含个体、民办非企业）').check();
		await page.fill('#f-monthlyStaff', '245');
		await page.fill('#f-wageBill', '16,250,000');
		await page.fill('#f-localAverageWage', '60000');
		await page.getByRole('button', { name: '计算保障金' }).click();
		await page.waitForSelector('#result-heading, .error-summary');
		expect(await violations()).toEqual([]);
	});

	it('the job search and the posting editor raise none either', async () => {
		const page = await newPage(browser);
		const violations = await watchCsp(page);
		await page.goto(`${baseUrl}/jobs`);
		await page.waitForLoadState('networkidle');
		expect(await violations()).toEqual([]);

		const employer = await signedInPage(browser, baseUrl, 'employer');
		const seen = await watchCsp(employer);
		await employer.goto(`${baseUrl}/employer/postings/new`);
		await employer.waitForLoadState('networkidle');
		expect(await seen()).toEqual([]);
	});

	it('a followed link is resolved by the server and opens without reloading the page', async () => {
		// the client entry carries no route list (router.resolution 'server', which keeps it
		// inside the budget as pages are added): the browser asks the server, then navigates
		const page = await newPage(browser);
		const violations = await watchCsp(page);
		await page.goto(`${baseUrl}/`);
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => ((window as unknown as { __stay: number }).__stay = 1));
		const asked = page.waitForResponse((r) => r.url().endsWith('/jobs/__route.js'));
		await page.locator('main a[href="/jobs"], header a[href="/jobs"]').first().click();
		expect((await asked).status()).toBe(200);
		await page.waitForURL(`${baseUrl}/jobs`);
		await page.getByRole('heading', { level: 1 }).waitFor();
		expect(await page.evaluate(() => (window as unknown as { __stay?: number }).__stay)).toBe(1);
		expect(await violations()).toEqual([]);
	});
});
