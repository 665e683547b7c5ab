import type { Role } from '@ronghe/contracts';

export type { Role };

/**
 * The signed-in person as the web app sees it, built in `hooks.server.ts` from GET /api/auth/me.
 * Labels are added on the server so the browser never downloads the zod contracts.
 */
export type SessionUser = {
	id: string;
	role: Role;
	name: string;
	roleLabel: string;
	phoneMasked: string;
	townshipCode: string | null;
	/** A seeker's home township, or the township a township staff member serves. */
	homeTownshipCode: string | null;
	employerId: string | null;
	mustChangePassword: boolean;
};

/** What the header needs on every page; the layout sends only this to the browser. */
export type HeaderUser = Pick<
	SessionUser,
	'role' | 'name' | 'roleLabel' | 'mustChangePassword' | 'homeTownshipCode'
> & {
	/** Unread notifications (seekers), shown next to 我的提醒; null when unknown. */
	unread?: number | null;
};
