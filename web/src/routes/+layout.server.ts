import { SEEKERS } from '@ronghe/contracts';
import { mayUse } from '$lib/server/guard';
import type { HeaderUser } from '$lib/user';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const user = locals.user;
	// seekers see how many alerts wait for them; a failure just leaves the number out
	const unread =
		user && mayUse(user, SEEKERS)
			? await locals.api.alerts.unreadCount().then((r) => (r.ok ? r.data.unread : null))
			: null;
	// Only what the header shows goes to the browser.
	const headerUser: HeaderUser | null = user && {
		role: user.role,
		name: user.name,
		roleLabel: user.roleLabel,
		mustChangePassword: user.mustChangePassword,
		unread,
	};
	return { a11y: locals.a11y, user: headerUser };
}) satisfies LayoutServerLoad;
