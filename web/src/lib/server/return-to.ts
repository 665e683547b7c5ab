/**
 * Returns `value` as a same-origin path (with query and hash) or null. Guards the redirect
 * after saving settings against open redirects such as `//evil.example` or `/\evil.example`.
 */
export function safeReturnTo(value: unknown, origin: string): string | null {
	if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return null;
	// Browsers treat a backslash like a slash and ignore tabs and newlines in URLs.
	if (/[\\\s\p{Cc}]/u.test(value)) return null;
	let url: URL;
	try {
		url = new URL(value, origin);
	} catch {
		return null;
	}
	if (url.origin !== new URL(origin).origin) return null;
	const path = `${url.pathname}${url.search}${url.hash}`;
	// Check the result too: `/.//evil.example` normalises to the protocol-relative `//evil.example`.
	return path.startsWith('//') || path.startsWith('/\\') ? null : path;
}
