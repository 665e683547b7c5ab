import type { Health } from '@ronghe/contracts';

type Deps = {
	ping: { db(): Promise<boolean>; search(): Promise<boolean> };
	version: string;
	/** How long each ping may take before it counts as down (default 2 s). */
	timeoutMs?: number;
};
export type HealthService = ReturnType<typeof createHealthService>;

export function createHealthService({ ping, version, timeoutMs = 2000 }: Deps) {
	return {
		/**
		 * Both pings are bounded: a database that accepts the connection but never answers (a full
		 * pool, a lock, a server mid-restart) must make health say "degraded", not hang the probe.
		 */
		async check(): Promise<Health> {
			const [db, search] = await Promise.all([
				withTimeout(ping.db(), timeoutMs),
				withTimeout(ping.search(), timeoutMs),
			]);
			return {
				status: db && search ? 'ok' : 'degraded',
				db: db ? 'ok' : 'down',
				search: search ? 'ok' : 'down',
				version,
			};
		},
	};
}

function withTimeout(p: Promise<boolean>, ms: number): Promise<boolean> {
	return Promise.race([
		p.catch(() => false),
		new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref()),
	]);
}
