import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
}

export async function newPage(browser: Browser, opts: BrowserContextOptions = {}): Promise<Page> {
	const context = await browser.newContext({ locale: 'zh-CN', ...opts });
	return context.newPage();
}

/** axe-core violations for the WCAG 2.2 A/AA tags, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return result.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`,
	);
}

/** Sets the accessibility settings cookie as the settings form would. */
export async function setA11yCookie(page: Page, baseUrl: string, value: string) {
	await page
		.context()
		.addCookies([{ name: 'ronghe_a11y', value: encodeURIComponent(value), url: baseUrl }]);
}
