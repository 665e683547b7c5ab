/** Every page that exists today, with a way to reach the ones that need an id. */
export async function publicPages(baseUrl: string): Promise<string[]> {
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
		'/no-such-page',
		'/api/docs',
	];
}
