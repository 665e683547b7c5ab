import type { HeaderUser } from '$lib/user';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => {
	const user = locals.user;
	// Only what the header shows goes to the browser.
	const headerUser: HeaderUser | null = user && {
		role: user.role,
		name: user.name,
		roleLabel: user.roleLabel,
		mustChangePassword: user.mustChangePassword,
	};
	return { a11y: locals.a11y, user: headerUser };
}) satisfies LayoutServerLoad;
