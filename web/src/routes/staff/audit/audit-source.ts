// Checked in order: Edge and WeChat also say "Chrome", Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
	[/MicroMessenger\/([\d]+)/, '微信'],
	[/Edg\/([\d]+)/, 'Edge'],
	[/Firefox\/([\d]+)/, 'Firefox'],
	[/Chrome\/([\d]+)/, 'Chrome'],
	[/Version\/([\d]+).*Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
	[/Android/, 'Android'],
	[/iPhone|iPad/, 'iOS'],
	[/Windows/, 'Windows'],
	[/Mac OS X/, 'macOS'],
	[/Linux/, 'Linux'],
];
const SHORT = 40;

/**
 * A user agent as staff can read it in the log ("Chrome 120 · Android"); one the list does not
 * know is cut to its first 40 characters. The full text stays in the API's answer.
 */
export function shortUserAgent(ua: string | null): string {
	if (!ua) return '';
	const browser = BROWSERS.find(([re]) => re.test(ua));
	const system = SYSTEMS.find(([re]) => re.test(ua))?.[1];
	if (!browser) return ua.length > SHORT ? `${ua.slice(0, SHORT)}…` : ua;
	const version = ua.match(browser[0])?.[1];
	return [`${browser[1]} ${version}`, system].filter(Boolean).join(' · ');
}
