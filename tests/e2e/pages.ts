/**
 * Every page that exists today, with a way to reach the ones that need an id. Signed out,
 * /account leads to the login page; signed in, /login leads to /account.
 */
export async function sitePages(baseUrl: string): Promise<string[]> {
	const list = (await (await fetch(`${baseUrl}/api/postings?pageSize=1`)).json()) as {
		items: { id: string }[];
	};
	const first = list.items[0];
	if (!first) throw new Error('the demo data has no published posting');
	return [
		'/',
		'/jobs',
		'/jobs?township=140922105&postType=',
		'/jobs?page=2',
		'/jobs?q=%E6%8C%89%E6%91%A9&category=1&sort=pay',
		'/jobs?q=%E5%AE%87%E8%88%AA%E5%91%98',
		`/jobs/${first.id}`,
		'/fairs',
		'/training',
		'/levy',
		'/settings/accessibility',
		'/login',
		'/account',
		'/logout',
		'/no-such-page',
		'/api/docs',
	];
}

/** The pages SvelteKit renders, so they have the header (the API's docs page does not). */
export const isWebPage = (path: string) => !path.startsWith('/api/');
