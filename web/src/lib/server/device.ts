/**
 * Whether the request most likely comes from a phone: Chromium browsers send the
 * `Sec-CH-UA-Mobile` client hint on every request, others say "Mobile" or "Android" in the user
 * agent. Used only to choose how a page first lays out (e.g. folded filters), so a phone does not
 * see the page jump once JavaScript runs; a wrong guess costs one tap, never a feature.
 */
export function isPhoneLike(headers: Headers): boolean {
	const hint = headers.get('sec-ch-ua-mobile');
	if (hint) return hint === '?1';
	return /\b(Mobile|Android)\b/.test(headers.get('user-agent') ?? '');
}
