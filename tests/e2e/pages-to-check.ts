import { ROLES, SESSION_COOKIE, type Role } from '@ronghe/contracts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@ronghe/db/demo';

/** The pages SvelteKit renders, so they have the header (the API's docs page does not). */
export const isWebPage = (path: string) => !path.startsWith('/api/');

/**
 * The pages each audience can open: for signed out visitors every page that does not send them
 * to the sign-in form, for each role every page that does not answer 403 — plus the first page
 * that does, so the sign-in form and the 403 page are checked once for each audience too.
 * A page whose main content a role gets exactly as an earlier role got it (same markup, only the
 * header differs) is checked for the earlier role only; every role's first page is always checked,
 * for its own header and navigation. Bureau staff go first: they are checked in every mode.
 */
export async function pagesToCheck(
	baseUrl: string,
	pages: readonly string[],
): Promise<Record<Role | 'signedOut', string[]>> {
	const seen = new Set<string>();
	const classify = async (cookie: string | undefined, dedupe: boolean) => {
		const open: string[] = [];
		let closed: string | undefined;
		for (const path of pages) {
			const res = await fetch(baseUrl + path, {
				redirect: 'manual',
				headers: cookie ? { cookie } : {},
			});
			const location = res.headers.get('location') ?? '';
			const shut = res.status === 403 || (!cookie && location.startsWith('/login?'));
			const html = await res.text();
			if (shut) {
				closed ??= path;
				continue;
			}
			const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
			const key = `${path}\n${main}`;
			if (!dedupe || open.length === 0 || !seen.has(key)) open.push(path);
			seen.add(key);
		}
		return closed ? [...open, closed] : open;
	};
	const result = { signedOut: await classify(undefined, false) } as Record<
		Role | 'signedOut',
		string[]
	>;
	for (const role of ['bureau', ...ROLES.filter((r) => r !== 'bureau')] as Role[]) {
		const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
		const login = await fetch(`${baseUrl}/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ phone: account.phone, password: DEMO_PASSWORD }),
		});
		const { token } = (await login.json()) as { token: string };
		result[role] = await classify(`${SESSION_COOKIE}=${token}`, true);
		await fetch(`${baseUrl}/api/auth/logout`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: '{}',
		});
	}
	return result;
}
