import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '@ronghe/contracts';
import { auditLog } from '@ronghe/db/schema';
import { createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

type Entry = { action: string; actionLabel: string; entity: string; actorRole: string | null };

describe('GET /api/audit: every action in Chinese', () => {
	const t = useApi();
	let seeker = '';
	let staff = '';
	beforeAll(async () => {
		const res = await t.app.inject({
			method: 'POST',
			url: '/api/auth/sign-up',
			payload: {
				phone: '13955556666',
				password: 'audit-labels-secret',
				fullName: '吴敏',
				idNumber: '11010519491231002X',
				certificateNumber: '11010519491231002X31',
				townshipCode: '140922100',
				householdType: 'non_agricultural',
				consentDisabilityData: true,
			},
		});
		seeker = `Bearer ${res.json().token}`;
		const u = await createUser(t.handle.db, 'federation');
		staff = `Bearer ${await u.newSession()}`;
		const as = (method: 'PUT' | 'POST', url: string, payload?: object) =>
			t.app.inject({ method, url, payload, headers: { authorization: seeker } });
		expect((await as('PUT', '/api/me/profile/wishes', { maxTravelKm: 5 })).statusCode).toBe(200);
		expect((await as('POST', '/api/me/consents/share_with_employers')).statusCode).toBe(200);
		expect((await as('POST', '/api/me/consents/share_with_employers/withdraw')).statusCode).toBe(
			200,
		);
	});
	const log = async (query = '') => {
		const res = await t.app.inject({
			method: 'GET',
			url: `/api/audit${query}`,
			headers: { authorization: staff },
		});
		expect(res.statusCode).toBe(200);
		return res.json().items as Entry[];
	};

	it.each([
		['profile.update', '修改求职资料'],
		['consent.grant', '同意授权'],
		['consent.withdraw', '撤回授权'],
	])('shows %s as “%s” and finds it by the filter', async (action, label) => {
		const items = await log(`?action=${action}`);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ action, actionLabel: label, entity: 'person' });
		expect(items[0]!.actorRole).toBe('seeker');
	});

	it('labels every action and entity that the API wrote, none as its raw code', async () => {
		const rows = await t.handle.db.select().from(auditLog);
		expect(rows.map((r) => r.action).sort()).toEqual([
			'consent.grant',
			'consent.withdraw',
			'person.sign_up',
			'profile.update',
		]);
		for (const e of await log()) {
			expect(Object.keys(AUDIT_ACTIONS)).toContain(e.action);
			expect(e.actionLabel).not.toBe(e.action);
			expect(e.actionLabel).toMatch(/\p{Script=Han}/u);
			expect(Object.keys(AUDIT_ENTITIES)).toContain(e.entity);
		}
	});
});
