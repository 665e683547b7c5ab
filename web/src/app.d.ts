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
			/** Always null until accounts exist; the navigation is already driven by it. */
			user: SessionUser | null;
		}
	}
}

export {};
