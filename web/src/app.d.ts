import type { A11ySettings } from '$lib/a11y';
import type { ApiClient } from '$lib/server/api';
import type { SessionUser } from '$lib/user';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			api: ApiClient;
			a11y: A11ySettings;
			/** Set in hooks.server.ts from the session cookie; null when signed out or the API is down. */
			user: SessionUser | null;
		}
	}
}

export {};
