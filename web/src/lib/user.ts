export const ROLES = ['seeker', 'employer', 'bureau', 'federation', 'township', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person as the web app sees it. Accounts arrive in a later issue. */
export type SessionUser = { role: Role; name: string };
