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
		`/jobs/${first.id}`,
		'/fairs',
		'/training',
		'/levy',
		'/settings/accessibility',
		'/login',
		'/account',
		'/me/notifications',
		'/me/saved-searches',
		'/me/saved-searches?q=按摩&township=140922100&postType=blind_health_massage&payMin=2000',
		'/staff/search',
		'/logout',
		'/no-such-page',
		'/api/docs',
	];
}

/** The pages SvelteKit renders, so they have the header (the API's docs page does not). */
export const isWebPage = (path: string) => !path.startsWith('/api/');
