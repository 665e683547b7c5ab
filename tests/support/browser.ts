import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);
type AxeViolation = {
	id: string;
	impact?: string | null;
	help: string;
	nodes: { target: unknown[] }[];
};

/**
 * axe-core violations for the WCAG 2.2 A/AA tags, as readable lines. Our pages have no frames, so
 * axe runs once in the page itself, asked for violations only: a third of the time
 * @axe-core/playwright takes (it runs each frame apart and merges the results in a second
 * page). A page with frames still goes through @axe-core/playwright, so none is left out.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	let violations: AxeViolation[];
	if (page.frames().length > 1) {
		violations = (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations;
	} else {
		await page.evaluate(AXE_SOURCE);
		violations = await page.evaluate(async (tags) => {
			const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } })
				.axe;
			const result = (await axe.run(document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			})) as { violations: AxeViolation[] };
			return result.violations;
		}, WCAG_TAGS);
	}
	return violations.map(
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
