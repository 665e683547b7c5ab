import type { Role } from '@ronghe/contracts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@ronghe/db/demo';
import { demoApi, demoApply, publishDemoPosting } from './demo-api.js';
import { demoMassageIds } from './massage-data.js';
import { demoPlacementId } from './public-welfare-data.js';
import { demoReferralIds } from './referrals-data.js';

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
	const personId = await registryPersonId(baseUrl);
	const review = await annualReviewIds(baseUrl);
	const ownPostingId = await demoEmployerPostingId(baseUrl);
	const applied = await employerApplicationIds(baseUrl);
	const disclosures = (await (await fetch(`${baseUrl}/api/quota/disclosures`)).json()) as {
		items: { year: number }[];
	};
	const disclosureYear = disclosures.items[0]?.year;
	if (!disclosureYear) throw new Error('the demo data has no published disclosure');
	const fairs = await demoFairIds(baseUrl);
	// after the demo's fairs are found: this one is open, and open fairs are listed first
	const booth = await employerBoothIds(baseUrl, ownPostingId);
	const courseId = await demoCourseId(baseUrl);
	const massage = await demoMassageIds(baseUrl, personId);
	const placementId = await demoPlacementId(baseUrl);
	const referral = await demoReferralIds(baseUrl, personId);
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
		'/contacts',
		'/about/developers',
		'/staff/contacts',
		'/staff/contacts?key=federation',
		'/staff/contacts/site',
		'/login',
		'/account',
		'/staff/registry/import',
		'/employer/postings',
		'/employer/postings/new',
		'/staff/reviews',
		// each role's home after signing in
		'/employer',
		'/staff',
		'/me/notifications',
		'/me/saved-searches',
		'/me/saved-searches?q=按摩&township=140922100&postType=blind_health_massage&payMin=2000',
		'/staff/search',
		// applications and invitations: the seeker's, and one posting's at the employer
		'/me/applications',
		'/me/invitations',
		`/employer/postings/${applied.postingId}/applications`,
		`/employer/postings/${applied.postingId}/applications?open=${applied.applicationId}`,
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
		'/register',
		'/register/seeker',
		'/me/profile',
		'/me/profile/basic',
		'/me/profile/employment',
		'/me/profile/wishes',
		'/me/profile/ability',
		'/me/profile/passport',
		'/me/profile/priority',
		'/me/profile/certificates',
		'/me/consents',
		'/me/consents?withdraw=disability_data',
		'/me/privacy',
		'/me/privacy?delete=1',
		'/me/privacy/deleted',
		'/me/claim',
		`/staff/registry/${personId}/profile`,
		`/staff/registry/${personId}/profile/wishes`,
		`/staff/registry/${personId}/profile/passport`,
		`/staff/registry/${personId}/profile/priority`,
		`/staff/registry/${personId}/profile/certificates`,
		'/staff/verifications',
		// matching: a seeker's recommendations, the same for staff (代办), a posting's candidates
		'/me/recommendations',
		`/staff/registry/${personId}/recommendations`,
		`/employer/postings/${ownPostingId}/candidates`,
		// 年审: the employer's roster and review, staff queue and one employer-year
		'/employer/quota/employees',
		'/employer/quota/employees/new',
		`/employer/quota/employees/${review.employeeId}`,
		`/employer/quota/employees/${review.employeeId}/remove`,
		'/employer/quota/review',
		'/staff/annual-reviews',
		'/staff/annual-reviews?status=submitted',
		`/staff/annual-reviews/${review.employerId}/${review.year}`,
		// 按比例就业 (bureau, federation, admin) and the public disclosure of the demo's last year
		'/staff/quota',
		'/staff/quota?kind=agency&township=140922100',
		'/staff/quota/agencies',
		'/staff/quota/wages',
		'/staff/quota/rules',
		'/staff/quota/rules?new=1',
		'/staff/quota/disclosure',
		'/staff/quota/objections',
		'/quota/disclosure',
		`/quota/disclosure/${disclosureYear}`,
		`/quota/disclosure/${disclosureYear}/received`,
		// the fair report: the finished demo fair (stored history figures) and the upcoming one
		`/staff/fairs/${fairs.finished}/report`,
		`/staff/fairs/${fairs.upcoming}/report`,
		// 招聘会管理: the list, a new fair, one fair's page, its booth review and its allocation
		'/staff/fairs',
		'/staff/fairs/new',
		`/staff/fairs/${fairs.upcoming}`,
		`/staff/fairs/${fairs.upcoming}/booths`,
		`/staff/fairs/${fairs.upcoming}/allocation`,
		// 录用后回访 of the finished fair: those to make, and those recorded
		`/staff/fairs/${fairs.finished}/follow-ups`,
		`/staff/fairs/${fairs.finished}/follow-ups?view=done`,
		// online fairs: the employer's booths, one booth's application, its reps' workspace, a chat
		'/employer/fairs',
		`/employer/fairs/${booth.fairId}`,
		`/employer/fairs/${booth.fairId}/booths/${booth.boothId}`,
		`/employer/fairs/${booth.fairId}/chats/${booth.entryId}`,
		// 职业技能培训: the public list (finished courses too), the seeker's courses, 培训管理, 代办
		'/training?show=all',
		'/me/training',
		'/staff/training',
		'/staff/training/new',
		`/staff/training/${courseId}`,
		`/staff/training/${courseId}/edit`,
		`/staff/registry/${personId}/training`,
		// 培训需求: the open ones by occupation and the list across people
		'/staff/training/needs',
		'/staff/training/needs?met=all',
		// 实名制 就业情况 and 公益性岗位: the tabs, choosing a person, the form, one placement
		`/staff/registry/${personId}/employment`,
		'/staff/public-welfare',
		'/staff/public-welfare?view=ending',
		'/staff/public-welfare?view=ended',
		'/staff/public-welfare/new',
		`/staff/public-welfare/new?personId=${personId}`,
		`/staff/public-welfare/${placementId}`,
		// the rules county staff change (township staff read them)
		'/staff/public-welfare/rules',
		// 盲人按摩 (county staff): both lists, finding a person, the new forms, a clinic, a practitioner
		'/staff/massage',
		'/staff/massage/practitioners/new',
		'/staff/massage/practitioners/new?q=%E7%8E%8B',
		'/staff/massage/clinics/new',
		`/staff/massage/clinics/${massage.clinicId}`,
		`/staff/massage/practitioners/${massage.practitionerId}`,
		'/staff/massage/rules',
		// 规划指标 (all staff; county staff choose a township and edit targets) and 实名制统计
		'/staff/indicators',
		'/staff/indicators?year=2025&township=140922100',
		'/staff/indicators/targets',
		'/staff/indicators/print?year=2025',
		'/staff/statistics',
		// 创业扶持 and the products directory (the demo has no products yet: the journey opens one)
		'/products',
		'/products?q=%E8%9C%82%E8%9C%9C&makerKind=entrepreneur',
		'/staff/products',
		'/staff/products/new',
		'/staff/self-employment',
		`/staff/registry/${personId}/self-employment`,
		// 转介 (tabs, one person's, choosing a person, the form, one referral) and 残疾人大学生
		'/staff/referrals',
		'/staff/referrals?status=closed&to=employer',
		`/staff/referrals?personId=${personId}`,
		'/staff/referrals/new',
		`/staff/referrals/new?personId=${personId}`,
		`/staff/referrals/${referral.referralId}`,
		'/staff/graduates',
		'/staff/graduates?year=2025&status=unemployed',
		'/staff/graduates/new',
		`/staff/graduates/${referral.graduateId}`,
		'/no-such-page',
		'/api/docs',
	];
}

/** A demo training course that has started (its page then shows the roster's 点名 form). */
async function demoCourseId(baseUrl: string): Promise<string> {
	const { items } = (await (
		await fetch(`${baseUrl}/api/training-courses?show=all&pageSize=100`)
	).json()) as { items: { id: string; phase: string }[] };
	const course = items.find((c) => c.phase !== 'upcoming') ?? items[0];
	if (!course) throw new Error('the demo data has no training course');
	return course.id;
}

/** The demo's finished fair and another one (upcoming, or live once a test opened it). */
async function demoFairIds(baseUrl: string) {
	const { items } = (await (await fetch(`${baseUrl}/api/fairs`)).json()) as {
		items: { id: string; status: string }[];
	};
	const finished = items.find((f) => f.status === 'finished')?.id;
	const upcoming = items.find((f) => f.status !== 'finished')?.id;
	if (!finished || !upcoming) throw new Error('the demo data has no finished and upcoming fair');
	return { finished, upcoming };
}

/** Signs a demo account in through the API, runs `use` with its token, signs out. */
async function asDemo<T>(
	baseUrl: string,
	role: Role,
	use: (headers: Record<string, string>) => Promise<T>,
): Promise<T> {
	const json = { 'content-type': 'application/json' };
	const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
	const login = await fetch(`${baseUrl}/api/auth/login`, {
		method: 'POST',
		headers: json,
		body: JSON.stringify({ phone: account.phone, password: DEMO_PASSWORD }),
	});
	const { token } = (await login.json()) as { token: string };
	const headers = { authorization: `Bearer ${token}` };
	try {
		return await use(headers);
	} finally {
		await fetch(`${baseUrl}/api/auth/logout`, {
			method: 'POST',
			headers: { ...headers, ...json },
			body: '{}',
		});
	}
}

/** A posting of the demo HR's employer with the demo seeker's application (made here). */
async function employerApplicationIds(baseUrl: string) {
	const postingId = await publishDemoPosting(baseUrl, '页面检查用的数据录入员');
	return { postingId, applicationId: await demoApply(baseUrl, postingId) };
}

/** The demo HR's first employee of last year and the first submitted 年审 (the demo has both). */
async function annualReviewIds(baseUrl: string) {
	const year = new Date().getFullYear() - 1;
	const roster = await asDemo(baseUrl, 'employer', async (headers) =>
		(await fetch(`${baseUrl}/api/employer/quota/${year}/employees`, { headers })).json(),
	);
	const reviews = await asDemo(baseUrl, 'federation', async (headers) =>
		(await fetch(`${baseUrl}/api/annual-reviews?status=submitted`, { headers })).json(),
	);
	const employeeId = (roster as { items: { id: string }[] }).items[0]?.id;
	const first = (reviews as { items: { employerId: string; year: number }[] }).items[0];
	if (!employeeId || !first) throw new Error('the demo data has no 年审 roster');
	return { employeeId, employerId: first.employerId, year: first.year };
}

/** A published posting of the demo HR's own employer (the demo gives it some). */
async function demoEmployerPostingId(baseUrl: string): Promise<string> {
	const list = await asDemo(baseUrl, 'employer', async (headers) =>
		(await fetch(`${baseUrl}/api/employer/postings`, { headers })).json(),
	);
	const own = (list as { items: { id: string; status: string }[] }).items.find(
		(p) => p.status === 'published',
	);
	if (!own) throw new Error('the demo employer has no published posting');
	return own.id;
}

/**
 * An open fair (made here) with the demo HR's approved booth, and the demo seeker's chat there,
 * accepted, with a message from each side: the reps' workspace and the chat page show it all.
 */
async function employerBoothIds(baseUrl: string, postingId: string) {
	const staff = await demoApi(baseUrl, 'bureau');
	const seeker = await demoApi(baseUrl, 'seeker');
	const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
	const { id: fairId } = await staff.post<{ id: string }>('/api/fairs', {
		title: '页面检查用的招聘会',
		theme: 'custom',
		mode: 'online',
		organizer: '五台县残联',
		startsAt: tomorrow,
		endsAt: tomorrow,
		zones: ['民营企业专区'],
	});
	await staff.post(`/api/fairs/${fairId}/state`, { state: 'published' });
	const booth = await asDemo(baseUrl, 'employer', async (headers) => {
		const apply = (path: string, body: object) =>
			fetch(`${baseUrl}/api/fairs/${fairId}${path}`, {
				method: 'POST',
				headers: { ...headers, 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
		const { id } = (await (
			await apply('/booths', {
				introduction: '页面检查用的展位，欢迎残疾朋友。',
				postingIds: [postingId],
			})
		).json()) as { id: string };
		await staff.post(`/api/fairs/${fairId}/booths/${id}/decision`, { decision: 'approve' });
		await staff.post(`/api/fairs/${fairId}/state`, { state: 'open' });
		await seeker.post(`/api/fairs/${fairId}/registrations`, { needs: ['text_only'] });
		const entry = await seeker.post<{ id: string }>(`/api/fairs/${fairId}/booths/${id}/queue`);
		await apply(`/queue/${entry.id}/accept`, {});
		await apply(`/chats/${entry.id}/messages`, { body: '您好，欢迎来我们的展位。' });
		return { boothId: id, entryId: entry.id };
	});
	await seeker.post(`/api/fairs/${fairId}/chats/${booth.entryId}/messages`, { body: '您好！' });
	return { fairId, ...booth };
}

/**
 * A person of 台城镇 in the demo registry, so that the staff pages that act for a seeker (代办)
 * show a real profile to every staff role, township staff of 台城镇 included.
 */
async function registryPersonId(baseUrl: string): Promise<string> {
	const json = { 'content-type': 'application/json' };
	const login = await fetch(`${baseUrl}/api/auth/login`, {
		method: 'POST',
		headers: json,
		body: JSON.stringify({ phone: DEMO_ACCOUNTS[2].phone, password: DEMO_PASSWORD }),
	});
	const { token } = (await login.json()) as { token: string };
	const headers = { authorization: `Bearer ${token}` };
	const people = (await (
		await fetch(`${baseUrl}/api/people?township=140922100&pageSize=1`, { headers })
	).json()) as { items: { id: string }[] };
	await fetch(`${baseUrl}/api/auth/logout`, {
		method: 'POST',
		headers: { ...headers, ...json },
		body: '{}',
	});
	const person = people.items[0];
	if (!person) throw new Error('the demo data has no person in 台城镇');
	return person.id;
}
