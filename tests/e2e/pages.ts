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
	const { employerId } = (await (await fetch(`${baseUrl}/api/postings/${first.id}`)).json()) as {
		employerId: string;
	};
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
		'/staff/registry/import',
		'/employer/postings',
		'/employer/postings/new',
		'/staff/reviews',
		'/logout',
		'/register/employer',
		// signed out these lead to the login page; signed in, to the page or a 403 for other roles
		'/employer/profile',
		'/employer/users',
		'/staff/employers',
		'/staff/employers?status=pending&flagged=true',
		`/staff/employers/${employerId}`,
		// staff and employer pages: signed out they lead to /login, other roles get a 403 page
		'/staff/registry',
		'/staff/registry/new',
		'/staff/audit',
		'/employer/candidates',
		'/no-such-page',
		'/api/docs',
	];
}

/** The pages SvelteKit renders, so they have the header (the API's docs page does not). */
export const isWebPage = (path: string) => !path.startsWith('/api/');
