import { beforeAll, describe, expect, it } from 'vitest';
import { MATRIX } from '../support/access-matrix.js';
import { useApi } from '../support/app.js';
import { buildWorld, helpers, type World } from '../support/tenants.js';

/*
 * Access between tenants: for every resource an operation reaches, the owner succeeds and every
 * other employer, township, seeker and anonymous caller is refused (401/403/404) or does not see
 * it, and a refused write changes nothing. The table of operations and their checks is
 * tests/support/access-matrix.ts; access.test.ts proves which roles may call each operation at
 * all, this file the line between callers of the same role.
 */
describe('access between tenants: every resource × owner and every other caller', () => {
	const t = useApi();
	let world: World;
	let ids: string[] = [];
	const h = helpers(t, () => world);
	beforeAll(async () => {
		world = await buildWorld(t);
		const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
			paths: Record<string, Record<string, { operationId: string }>>;
		};
		ids = Object.values(doc.paths).flatMap((m) => Object.values(m).map((o) => o.operationId));
	});

	it('has an entry for every documented operation', () => {
		expect(ids.sort()).toEqual(Object.keys(MATRIX).sort());
	});

	const checks = Object.entries(MATRIX).flatMap(([op, e]) =>
		'check' in e ? [[op, e.resource, e.check] as const] : [],
	);
	it.each(checks)('%s: %s, the owner only', async (_op, _resource, check) => {
		await check(world, h);
	});
});
