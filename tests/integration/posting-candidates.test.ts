import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateMatchList } from '@ronghe/contracts';
import { createMatchingRepository } from '../../api/src/modules/matching/matching.repository.js';
import {
	createApplicationRow,
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
	grantConsent,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

describe('candidates for a posting (/api/employer/postings/{id}/candidates, issue 13 §3)', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	const who: Record<string, string> = {};
	let postingId = '';
	let otherPostingId = '';
	let pendingPostingId = '';

	beforeAll(async () => {
		const db = t.handle.db;
		const employer = await createEmployer(db, { name: '五台县物流有限公司' });
		const other = await createEmployer(db);
		const pending = await createEmployer(db, { status: 'pending' });
		const posting = await createPosting(db, employer.id, {
			title: '分拣员',
			acceptedCategories: [2, 4],
			demands: { walking: 'essential', fine_hand: 'desirable' },
			// nothing that closes a gap in walking: 不能走动者 stays out
			accommodations: [],
			payMin: 2400,
			payMax: 2800,
		});
		postingId = posting.id;
		otherPostingId = (await createPosting(db, other.id)).id;
		pendingPostingId = (await createPosting(db, pending.id, { status: 'draft' })).id;
		const person = async (key: string, over: Parameters<typeof createPersonRow>[1]) =>
			(who[key] = (await createPersonRow(db, { fullName: key, ...over })).id);
		// applied, shares disability data: everything may be said
		await person('投递者', { category: 4, ability: { walking: 2, fine_hand: 2 } });
		await createApplicationRow(db, who['投递者']!, posting);
		await grantConsent(db, who['投递者']!, 'disability_data');
		// shows a summary to approved employers, without the disability-data consent
		await person('公开简介者', {
			category: 2,
			disclosure: 'summary',
			ability: { walking: 2, fine_hand: 1 },
			passport: {
				preferredContact: [],
				needs: ['captions'],
				otherNeeds: '',
				largeText: false,
				highContrast: false,
			},
		});
		await grantConsent(db, who['公开简介者']!, 'share_with_employers');
		// visible, but cannot walk: the essential demand leaves them out
		await person('不能走动者', { category: 4, disclosure: 'full', ability: { walking: 0 } });
		await grantConsent(db, who['不能走动者']!, 'share_with_employers');
		// visible, but a category the posting does not take
		await person('视力残疾者', { category: 1, disclosure: 'full' });
		await grantConsent(db, who['视力残疾者']!, 'share_with_employers');
		// fits, but shows nothing to employers
		await person('不公开者', { category: 4, ability: { walking: 2 } });

		const session = async (...args: Parameters<typeof createUser>) =>
			`Bearer ${await (await createUser(...args)).newSession()}`;
		as.employer = await session(db, 'employer', { employerId: employer.id });
		as.pending = await session(db, 'employer', { employerId: pending.id });
		as.seeker = await session(db, 'seeker');
	});

	const get = (url: string, caller: string) =>
		t.app.inject({ method: 'GET', url, headers: { authorization: as[caller]! } });
	const candidates = async () => {
		const res = await get(`/api/employer/postings/${postingId}/candidates`, 'employer');
		expect(res.statusCode).toBe(200);
		return res.json() as CandidateMatchList;
	};

	it('ranks the seekers the employer may see who meet the hard rules', async () => {
		const body = await candidates();
		expect(body.total).toBe(2);
		const ids = body.items.map((i) => i.personId);
		expect(ids).toEqual(expect.arrayContaining([who['投递者'], who['公开简介者']]));
		for (const hidden of ['不能走动者', '视力残疾者', '不公开者'])
			expect(ids).not.toContain(who[hidden]);
		// the better fit first
		expect(body.items[0]!.personId).toBe(who['投递者']);
		expect(body.items[0]).toMatchObject({ name: '投递者', via: 'applied' });
		expect(body.items[0]!.score).toBeGreaterThan(body.items[1]!.score);
	});

	it('says abilities only where the seeker shares disability data, never the needs otherwise', async () => {
		const body = await candidates();
		const applied = body.items.find((i) => i.personId === who['投递者'])!;
		expect(applied.reasons.map((r) => r.code)).toContain('ability');
		const shared = body.items.find((i) => i.personId === who['公开简介者'])!;
		expect(shared.name).toBeNull();
		const said = JSON.stringify([...shared.reasons, ...shared.gaps]);
		expect(said).not.toMatch(/能力|走动|手指|字幕|需要|残疾/);
		expect(shared.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['distance']));
	});

	it("answers 404 for another employer's posting and 403 before approval or for seekers", async () => {
		expect(
			(await get(`/api/employer/postings/${otherPostingId}/candidates`, 'employer')).statusCode,
		).toBe(404);
		expect(
			(await get(`/api/employer/postings/${pendingPostingId}/candidates`, 'pending')).statusCode,
		).toBe(403);
		expect((await get(`/api/employer/postings/${postingId}/candidates`, 'seeker')).statusCode).toBe(
			403,
		);
	});

	it('reads the certificates of more candidates than PostgreSQL takes parameters (65,535)', async () => {
		// a county-wide list of visible seekers once answered 500: one parameter per person
		const ids = [who['投递者']!, ...Array.from({ length: 70_000 }, () => randomUUID())];
		const certificates = await createMatchingRepository().certificates(t.handle.db, ids);
		expect(certificates.size).toBeLessThanOrEqual(1);
	});
});
