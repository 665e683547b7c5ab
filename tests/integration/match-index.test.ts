import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateMatchList, RecommendationList } from '@ronghe/contracts';
import { consents, employers, people, personCertificates, postings } from '@ronghe/db/schema';
import {
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
	grantConsent,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

/**
 * The recommendation and candidate lists order every posting and seeker from an index kept in
 * memory (docs/matching.md, "Speed"). Whatever changes after the index was first read must show
 * in the very next list: a posting edited, an employer's workplace made accessible, a certificate
 * added, a consent given or withdrawn, a posting published.
 */
describe('the matching lists follow every change at once', () => {
	const t = useApi();
	let seekerAuth = '';
	let employerAuth = '';
	let personId = '';
	let employerId = '';
	let postingId = '';

	beforeAll(async () => {
		const db = t.handle.db;
		const employer = await createEmployer(db, { accessibility: [] });
		employerId = employer.id;
		// takes only category 1 for now, and needs walking with nothing offered that closes a gap
		postingId = (
			await createPosting(db, employerId, {
				title: '仓库理货员',
				acceptedCategories: [1],
				demands: { walking: 'essential' },
				accommodations: [],
			})
		).id;
		const person = await createPersonRow(db, {
			category: 4,
			ability: { walking: 1 },
			disclosure: 'summary',
		});
		personId = person.id;
		seekerAuth = `Bearer ${await (await createUser(db, 'seeker', { personId })).newSession()}`;
		employerAuth = `Bearer ${await (await createUser(db, 'employer', { employerId })).newSession()}`;
	});

	const recommended = async () => {
		const res = await t.app.inject({
			method: 'GET',
			url: '/api/me/recommendations?limit=50',
			headers: { authorization: seekerAuth },
		});
		expect(res.statusCode).toBe(200);
		return (res.json() as RecommendationList).items.map((i) => i.title);
	};
	const candidates = async (id = postingId) => {
		const res = await t.app.inject({
			method: 'GET',
			url: `/api/employer/postings/${id}/candidates?limit=50`,
			headers: { authorization: employerAuth },
		});
		expect(res.statusCode).toBe(200);
		return (res.json() as CandidateMatchList).items.map((i) => i.personId);
	};

	it('shows a posting once it accepts the seeker and the workplace closes the gap', async () => {
		expect(await recommended()).not.toContain('仓库理货员');
		const db = t.handle.db;
		await db
			.update(postings)
			.set({ acceptedCategories: [1, 4] })
			.where(eq(postings.id, postingId));
		// still out: walking is essential and nothing offered closes 有些困难
		expect(await recommended()).not.toContain('仓库理货员');
		await db
			.update(employers)
			.set({ accessibility: ['lift'] })
			.where(eq(employers.id, employerId));
		expect(await recommended()).toContain('仓库理货员');
	});

	it('shows a newly published posting and one whose required certificate the seeker now holds', async () => {
		const db = t.handle.db;
		await createPosting(db, employerId, { title: '新发布的岗位', acceptedCategories: [4] });
		await createPosting(db, employerId, {
			title: '需要健康证的岗位',
			acceptedCategories: [4],
			requiredCertificates: ['health_certificate'],
		});
		const titles = await recommended();
		expect(titles).toContain('新发布的岗位');
		expect(titles).not.toContain('需要健康证的岗位');
		await db.insert(personCertificates).values({ personId, kind: 'health_certificate' });
		expect(await recommended()).toContain('需要健康证的岗位');
	});

	it('lists a candidate once they share their profile, and not after they withdraw', async () => {
		expect(await candidates()).not.toContain(personId);
		await grantConsent(t.handle.db, personId, 'share_with_employers');
		expect(await candidates()).toContain(personId);
		await t.handle.db
			.update(consents)
			.set({ withdrawnAt: new Date() })
			.where(eq(consents.personId, personId));
		expect(await candidates()).not.toContain(personId);
	});

	it('lists a seeker registered after the list was first read', async () => {
		const db = t.handle.db;
		const later = await createPersonRow(db, {
			category: 2,
			ability: { walking: 2 },
			disclosure: 'full',
		});
		await grantConsent(db, later.id, 'share_with_employers');
		// a category the posting does not take
		expect(await candidates()).not.toContain(later.id);
		// and follows a change of their record
		await db.update(people).set({ category: 1 }).where(eq(people.id, later.id));
		expect(await candidates()).toContain(later.id);
	});
});
