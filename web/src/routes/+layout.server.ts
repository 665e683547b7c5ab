import { SEEKERS } from '@ronghe/contracts';
import { mayUse } from '$lib/server/guard';
import type { HeaderUser } from '$lib/user';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const user = locals.user;
	const [unread, service] = await Promise.all([
		// seekers see how many alerts wait for them; a failure just leaves the number out
		user && mayUse(user, SEEKERS)
			? locals.api.alerts.unreadCount().then((r) => (r.ok ? r.data.unread : null))
			: null,
		// who to call, and the footer's hotline and 备案 numbers; a failure leaves them out
		locals.api.contacts.info().then((r) => (r.ok ? r.data : null)),
	]);
	// Only what the header shows goes to the browser.
	const headerUser: HeaderUser | null = user && {
		role: user.role,
		name: user.name,
		roleLabel: user.roleLabel,
		mustChangePassword: user.mustChangePassword,
		// whose 专职委员 the help boxes show
		homeTownshipCode: user.homeTownshipCode,
		unread,
	};
	return { a11y: locals.a11y, user: headerUser, service };
}) satisfies LayoutServerLoad;
