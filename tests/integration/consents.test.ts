import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { consents, people } from '@ronghe/db/schema';
import { useApi } from '../support/app.js';

type Item = { kind: string; active: boolean; grantedAt: string | null; withdrawnAt: string | null };

describe('consents (/api/me/consents)', () => {
	const t = useApi();
	let seeker = '';
	let personId = '';
	beforeAll(async () => {
		const res = await t.app.inject({
			method: 'POST',
			url: '/api/auth/sign-up',
			payload: {
				phone: '13988889999',
				password: 'consent-secret',
				fullName: '孙丽',
				idNumber: '11010519491231002X',
				certificateNumber: '11010519491231002X31',
				townshipCode: '140922100',
				householdType: 'non_agricultural',
				consentDisabilityData: true,
			},
		});
		seeker = `Bearer ${res.json().token}`;
		const [row] = await t.handle.db.select().from(people).where(eq(people.fullName, '孙丽'));
		personId = row!.id;
	});
	const call = (method: 'GET' | 'POST', url: string) =>
		t.app.inject({ method, url, headers: { authorization: seeker } });
	const item = (res: { json: () => { items: Item[] } }, kind: string) =>
		res.json().items.find((i) => i.kind === kind)!;
	const rows = () => t.handle.db.select().from(consents).where(eq(consents.personId, personId));

	it('lists each consent with its wording, version and dates', async () => {
		const res = await call('GET', '/api/me/consents');
		expect(res.statusCode).toBe(200);
		expect(item(res, 'disability_data')).toMatchObject({ active: true, withdrawnAt: null });
		const share = item(res, 'share_with_employers') as Item & Record<string, unknown>;
		expect(share).toMatchObject({ active: false, grantedAt: null, requires: 'disability_data' });
		expect(share.text).toContain('已通过县残联、县人社局审核的用人单位');
		expect(share.text).toContain('身份证号和残疾人证号不会提供');
	});

	it('grants sharing once, however often it is pressed', async () => {
		const first = await call('POST', '/api/me/consents/share_with_employers');
		expect(item(first, 'share_with_employers').active).toBe(true);
		const again = await call('POST', '/api/me/consents/share_with_employers');
		expect(item(again, 'share_with_employers').grantedAt).toBe(
			item(first, 'share_with_employers').grantedAt,
		);
		expect((await rows()).filter((r) => r.kind === 'share_with_employers')).toHaveLength(1);
		expect((await call('GET', '/api/me/profile')).json().sharingConsented).toBe(true);
	});

	it('withdraws the disability consent together with sharing, flags the person, keeps the rows', async () => {
		const res = await call('POST', '/api/me/consents/disability_data/withdraw');
		expect(res.statusCode).toBe(200);
		expect(item(res, 'disability_data').active).toBe(false);
		expect(item(res, 'share_with_employers').active).toBe(false);
		expect(item(res, 'share_with_employers').withdrawnAt).not.toBeNull();
		const stored = await rows();
		expect(stored).toHaveLength(2);
		expect(stored.every((r) => r.withdrawnAt)).toBe(true);
		const [person] = await t.handle.db.select().from(people).where(eq(people.id, personId));
		expect(person!.reviewFlags).toEqual(['consent_withdrawn']);
		expect((await call('GET', '/api/me/profile')).json().sharingConsented).toBe(false);
		// a second withdrawal changes nothing and does not flag twice
		await call('POST', '/api/me/consents/disability_data/withdraw');
		const [again] = await t.handle.db.select().from(people).where(eq(people.id, personId));
		expect(again!.reviewFlags).toEqual(['consent_withdrawn']);
	});

	it('refuses sharing while the disability consent is withdrawn, in Chinese', async () => {
		const res = await call('POST', '/api/me/consents/share_with_employers');
		expect(res.statusCode).toBe(422);
		expect(res.json()).toMatchObject({ code: 'consent_required' });
		expect(res.json().detail).toContain('要先同意');
	});

	it('grants again with a new row, keeping the withdrawn one as evidence', async () => {
		const res = await call('POST', '/api/me/consents/disability_data');
		expect(item(res, 'disability_data')).toMatchObject({ active: true, withdrawnAt: null });
		expect((await rows()).filter((r) => r.kind === 'disability_data')).toHaveLength(2);
	});

	it('answers an unknown kind with a 400 problem', async () => {
		const res = await call('POST', '/api/me/consents/marketing');
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toContain('application/problem+json');
	});
});
