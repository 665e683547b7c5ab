import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	a11y: locals.a11y,
	user: locals.user,
})) satisfies LayoutServerLoad;
