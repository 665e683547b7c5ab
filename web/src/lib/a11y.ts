/** Display settings a person chooses; kept in a cookie so the server can render them. */
export type A11ySettings = { largeText: boolean; highContrast: boolean };

export const A11Y_COOKIE = 'ronghe_a11y';
export const DEFAULT_A11Y: A11ySettings = { largeText: false, highContrast: false };

/**
 * Reads `text=large;contrast=high`. `&` or `,` also separate pairs, so hand-written or older
 * values still work; anything unknown or malformed means "off".
 */
export function parseA11yCookie(raw: string | undefined): A11ySettings {
	const pairs = new Map(
		(raw ?? '').split(/[;&,]/).map((pair) => {
			const [key = '', value = ''] = pair.split('=');
			return [key.trim(), value.trim()] as const;
		}),
	);
	return {
		largeText: pairs.get('text') === 'large',
		highContrast: pairs.get('contrast') === 'high',
	};
}

/** The cookie value; SvelteKit percent-encodes it when setting the cookie. */
export function serializeA11yCookie(settings: A11ySettings): string {
	const text = settings.largeText ? 'large' : 'normal';
	const contrast = settings.highContrast ? 'high' : 'normal';
	return `text=${text};contrast=${contrast}`;
}

/** Classes for `<html>`; the server renders them so they work without JavaScript. */
export function htmlClassFor(settings: A11ySettings): string {
	const classes: string[] = [];
	if (settings.largeText) classes.push('text-large');
	if (settings.highContrast) classes.push('contrast-high');
	return classes.join(' ');
}

export function themeColorFor(settings: A11ySettings): string {
	return settings.highContrast ? '#000000' : '#0a4f9c';
}
