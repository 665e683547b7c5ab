import type { Health } from '@ronghe/contracts';

type Deps = { ping: { db(): Promise<boolean>; search(): Promise<boolean> }; version: string };
export type HealthService = ReturnType<typeof createHealthService>;

export function createHealthService({ ping, version }: Deps) {
	return {
		async check(): Promise<Health> {
			const [db, search] = await Promise.all([ping.db(), withTimeout(ping.search(), 2000)]);
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
