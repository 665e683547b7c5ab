import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { createFieldCipher } from '../crypto.js';
import { TOWNSHIPS } from '../reference/index.js';
import { consents } from '../schema/consents.js';
import { employerKind, employerRole, employers } from '../schema/employers.js';
import { fairBooths } from '../schema/fair-booths.js';
import { fairFollowUps } from '../schema/fair-outcomes.js';
import { fairBookings, fairChatMessages, fairRegistrations } from '../schema/fair-participation.js';
import { fairs } from '../schema/fairs.js';
import { annualReviews, employerDisabledEmployees } from '../schema/levy.js';
import { applications, invitations } from '../schema/matching.js';
import { people, personCertificates } from '../schema/people.js';
import { postings, postType } from '../schema/postings.js';
import { searchOutbox } from '../schema/search-outbox.js';
import { trainingCourses } from '../schema/training.js';
import { createTestCipher, createTestDb, truncateAll } from '../testing.js';
import { demoSeekerPerson, firstDemoRecords } from './accounts.js';
import { SCHOOL_NAME_PATTERN } from './data.js';
import { DEFAULT_DEMO_NOW } from './dates.js';
import { isDatabaseEmpty, seedDemo, type SeedCounts } from './generate.js';
import { isValidCertificateNumber, isValidIdNumber, isValidUscc, sexOfIdNumber } from './ids.js';

// a fixed key, so that the keyed hashes of two runs can be compared
const cipher = createFieldCipher(Buffer.alloc(32, 7));
const DAY = 86_400_000;

describe('seedDemo', () => {
	let first: DbHandle;
	let second: DbHandle;
	let counts: SeedCounts;
	let emptyBefore: boolean;
	let snapshots: [Snapshot, Snapshot];
	let scaled: { counts: SeedCounts; calls: string[]; firstPersonId: string | undefined };

	beforeAll(async () => {
		// PGlite start-up dominates the run time, so the second database is reused for the
		// scale run once its snapshot is taken
		[first, second] = await Promise.all([createTestDb(), createTestDb()]);
		emptyBefore = await isDatabaseEmpty(first.db);
		counts = await seedDemo(first.db, { cipher });
		await seedDemo(second.db, { cipher });
		snapshots = await Promise.all([snapshot(first), snapshot(second)]);

		await truncateAll(second.db);
		const calls: string[] = [];
		const scaledCounts = await seedDemo(second.db, {
			cipher,
			seed: 7,
			seekers: 1200,
			employers: 80,
			postings: 40,
			courses: 0,
			onProgress: (table, done, total) => calls.push(`${table} ${done}/${total}`),
		});
		const [person] = await second.db
			.select({ id: people.id })
			.from(people)
			.orderBy(asc(people.id))
			.limit(1);
		scaled = { counts: scaledCounts, calls, firstPersonId: person?.id };
		// three seeds, each with its fairs' records, on a machine that may be busy
	}, 90_000);

	afterAll(async () => {
		await Promise.all([first?.close(), second?.close()]);
	});

	it('gives the levy demo employees valid numbers and sets up the 年审 pattern', async () => {
		const rows = await first.db.select().from(employerDisabledEmployees);
		for (const row of rows) {
			const number = cipher.decrypt(row.certificateNumberEnc ?? '');
			if (row.certificateKind === 'disability') {
				expect(isValidCertificateNumber(number)).toBe(true);
				expect(cipher.hash(number.slice(0, 18))).toBe(row.idNumberHash);
			} else expect(number).toMatch(/^晋军残字第\d{6}号$/);
		}
		// the 挂靠 pair: the registry person's own number at two employers
		const linked = rows.filter((r) => r.personId !== null);
		expect(new Set(linked.map((r) => r.employerId)).size).toBe(2);
		const [registry] = await first.db
			.select({ hash: people.idNumberHash })
			.from(people)
			.where(eq(people.id, linked[0]!.personId!));
		expect(linked.every((r) => r.idNumberHash === registry!.hash)).toBe(true);
		const reviews = await first.db.select().from(annualReviews);
		expect(reviews.map((r) => r.status).sort()).toEqual(['approved', 'submitted', 'submitted']);
		const approved = reviews.find((r) => r.status === 'approved')!;
		const accepted = rows.filter((r) => r.employerId === approved.employerId);
		expect(accepted.every((r) => r.reviewDecision === 'accepted')).toBe(true);
	});

	it('inserts the default counts', async () => {
		// 60 employers plus one new employer whose USCC fails its check character
		expect(counts).toEqual({
			employers: 61,
			people: 400,
			// and three more of the employer the demo login links to (demo-employer.ts)
			postings: 153,
			publishedPostings: counts.publishedPostings,
			outbox: counts.publishedPostings,
			trainingCourses: 12,
			fairs: 3,
			applications: counts.applications,
			invitations: counts.invitations,
			// the fairs' records (fair-history.test.ts): 8–12 + 1 booths, 5 + 2, 6; each approved
			// booth brings 2–5 postings to its fair's list
			fairPostings: counts.fairPostings,
			fairBooths: counts.fairBooths,
			fairRegistrations: counts.fairRegistrations,
			fairApplications: counts.fairApplications,
			fairBookings: counts.fairBookings,
		});
		expect(counts.fairBooths).toBeGreaterThanOrEqual(22);
		expect(counts.fairPostings).toBeGreaterThanOrEqual(2 * (8 + 5 + 6));
		expect(counts.fairRegistrations).toBeGreaterThanOrEqual(60 + 15 + 21);
		expect(counts.fairApplications).toBeGreaterThan(60);
		expect(counts.fairBookings).toBeGreaterThan(20);
		// 0–4 applicants per published posting, about two on average
		expect(counts.applications).toBeGreaterThan(counts.publishedPostings);
		expect(counts.invitations).toBeGreaterThan(10);
		expect(counts.publishedPostings).toBeGreaterThan(100);
		expect(await first.db.$count(people)).toBe(400);
		expect(await first.db.$count(trainingCourses)).toBe(12);
	});

	it('gives the employer the demo login links to published postings of its own', async () => {
		const { employerId } = await firstDemoRecords(first.db);
		const own = await first.db.select().from(postings).where(eq(postings.employerId, employerId!));
		expect(own.filter((p) => p.status === 'published').length).toBeGreaterThanOrEqual(2);
	});

	it('reports an empty database before seeding and a filled one after', async () => {
		expect(emptyBefore).toBe(true);
		expect(await isDatabaseEmpty(first.db)).toBe(false);
	});

	it('covers every category × level combination, skewed towards 肢体 and milder levels', async () => {
		const rows = await first.db
			.select({ category: people.category, level: people.level })
			.from(people);
		expect(new Set(rows.map((r) => `${r.category}-${r.level}`)).size).toBe(28);
		const byCategory = countBy(rows.map((r) => r.category));
		expect(Math.max(...byCategory.values())).toBe(byCategory.get(4));
		const mild = rows.filter((r) => r.level >= 3).length;
		expect(mild).toBeGreaterThan(rows.length / 2);
	});

	it('uses all 17 townships for people and postings', async () => {
		const codes = TOWNSHIPS.map((t) => t.code).sort();
		const personTownships = await first.db
			.selectDistinct({ code: people.townshipCode })
			.from(people);
		const postingTownships = await first.db
			.selectDistinct({ code: postings.townshipCode })
			.from(postings)
			.where(eq(postings.status, 'published'));
		expect(personTownships.map((r) => r.code).sort()).toEqual(codes);
		expect(postingTownships.map((r) => r.code).sort()).toEqual(codes);
	});

	it('covers every post type in several townships', async () => {
		const rows = await first.db
			.select({
				postType: postings.postType,
				township: postings.townshipCode,
				workMode: postings.workMode,
			})
			.from(postings);
		for (const type of postType.enumValues) {
			const townships = new Set(rows.filter((r) => r.postType === type).map((r) => r.township));
			expect(townships.size, type).toBeGreaterThanOrEqual(2);
		}
		const homeBased = rows.filter((r) => r.postType === 'home_based');
		expect(homeBased.every((r) => r.workMode === 'home_based')).toBe(true);
	});

	it('covers every employer kind and role, with valid unique USCCs', async () => {
		const rows = await first.db.select().from(employers);
		expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(employerKind.enumValues));
		expect(new Set(rows.flatMap((r) => r.roles))).toEqual(new Set(employerRole.enumValues));
		const flagged = rows.filter((r) => r.reviewFlags.includes('uscc_checksum'));
		expect(flagged.map((r) => [r.status, isValidUscc(r.uscc)])).toEqual([['pending', false]]);
		expect(rows.filter((r) => !flagged.includes(r)).every((r) => isValidUscc(r.uscc))).toBe(true);
		expect(new Set(rows.map((r) => r.uscc)).size).toBe(rows.length);
		const pending = rows.filter((r) => r.status === 'pending');
		expect(pending.length).toBeGreaterThanOrEqual(2);
		// staff home says how long the oldest has waited: days, not years
		const twoWeeks = DEFAULT_DEMO_NOW.getTime() - 14 * 86_400_000;
		expect(pending.every((r) => r.createdAt.getTime() >= twoWeeks)).toBe(true);
		expect(rows.some((r) => SCHOOL_NAME_PATTERN.test(r.name))).toBe(true);
		const staff = rows.map((r) => r.authorizedStaff ?? 0);
		expect(staff.some((n) => n >= 50 && n < 67)).toBe(true);
		expect(staff.some((n) => n >= 67)).toBe(true);
	});

	it('gives people ability profiles and passports that fit their disability', async () => {
		const rows = await first.db.select().from(people);
		const blindSevere = rows.filter(
			(p) => p.category === 1 && p.level <= 2 && Object.keys(p.ability).length,
		);
		expect(blindSevere.length).toBeGreaterThan(0);
		expect(blindSevere.every((p) => p.ability.seeing === 0)).toBe(true);
		const wheelchair = rows.filter(
			(p) => p.category === 4 && p.level <= 2 && Object.keys(p.ability).length,
		);
		expect(wheelchair.every((p) => p.ability.walking === 0 && p.ability.heights === 0)).toBe(true);
		const deafPassports = rows
			.filter((p) => p.category === 2 && p.passport)
			.map((p) => p.passport!);
		expect(deafPassports.every((p) => !p.preferredContact.includes('phone'))).toBe(true);
		expect(new Set(rows.map((p) => p.disclosure))).toEqual(
			new Set(['on_apply', 'summary', 'full']),
		);
		expect(
			rows.filter((p) => p.employmentStatus === 'unemployed').every((p) => p.unemployedReason),
		).toBe(true);
	});

	it('files applications to published postings of the right employer, and some invitations', async () => {
		const apps = await first.db
			.select({
				employerId: applications.employerId,
				postingEmployer: postings.employerId,
				status: postings.status,
			})
			.from(applications)
			.innerJoin(postings, eq(postings.id, applications.postingId));
		expect(apps.length).toBeGreaterThan(0);
		expect(apps.every((a) => a.employerId === a.postingEmployer && a.status === 'published')).toBe(
			true,
		);
		const invited = await first.db
			.select({ disclosure: people.disclosure })
			.from(invitations)
			.innerJoin(people, eq(people.id, invitations.personId));
		expect(invited.every((i) => i.disclosure !== 'on_apply')).toBe(true);
	});

	it('gives identical names, ids and hashes for the same seed on two databases', () => {
		const [a, b] = snapshots;
		expect(a.people).toHaveLength(400);
		for (const rows of [a.booths, a.registrations, a.bookings, a.chats, a.visits])
			expect(rows.length).toBeGreaterThan(0);
		expect(a).toEqual(b);
	});

	it('stores unique hashes of valid ID numbers consistent with each person', async () => {
		const rows = await first.db.select().from(people);
		expect(new Set(rows.map((r) => r.idNumberHash)).size).toBe(rows.length);
		const ids = new Set<string>();
		for (const row of rows) {
			const id = cipher.decrypt(row.idNumberEnc);
			ids.add(id);
			expect(isValidIdNumber(id), id).toBe(true);
			expect(cipher.hash(id)).toBe(row.idNumberHash);
			expect(row.idNumberMasked).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
			expect(sexOfIdNumber(id)).toBe(row.sex);
			expect(id.slice(6, 14)).toBe(row.birthDate.replaceAll('-', ''));
			const cert = cipher.decrypt(row.certificateNumberEnc ?? '');
			expect(isValidCertificateNumber(cert)).toBe(true);
			expect(cert).toBe(`${id}${row.category}${row.level}`);
		}
		expect(ids.size).toBe(rows.length);
		const regions = countBy([...ids].map((id) => id.slice(0, 6)));
		expect(regions.get('140922')).toBeGreaterThan(rows.length * 0.8);
		expect(regions.has('140971')).toBe(true);
	});

	it('queues exactly one outbox row per published posting', async () => {
		const published = await first.db
			.select({ id: postings.id })
			.from(postings)
			.where(eq(postings.status, 'published'));
		const queued = await first.db.select().from(searchOutbox);
		expect(queued.map((r) => r.entityId).sort()).toEqual(published.map((r) => r.id).sort());
		expect(queued.every((r) => r.entity === 'postings' && r.op === 'upsert')).toBe(true);
	});

	it('dates published postings within 60 days before now, closing after it', async () => {
		const rows = await first.db.select().from(postings).where(eq(postings.status, 'published'));
		const now = DEFAULT_DEMO_NOW.getTime();
		for (const row of rows) {
			const at = row.publishedAt?.getTime() ?? 0;
			expect(at).toBeLessThanOrEqual(now);
			expect(at).toBeGreaterThanOrEqual(now - 60 * DAY);
			if (row.closingDate) expect(row.closingDate > '2026-11-28').toBe(true);
			expect(row.payMin).toBeGreaterThanOrEqual(1100);
			expect(row.payMax).toBeLessThanOrEqual(4500);
		}
	});

	it('schedules a finished fair, a live one and an upcoming one', async () => {
		const rows = await first.db.select().from(fairs).orderBy(asc(fairs.startsAt));
		const now = DEFAULT_DEMO_NOW.getTime();
		expect(rows.map((f) => f.state)).toEqual(['closed', 'open', 'published']);
		const [past, live, next] = rows;
		expect(past?.endsAt.getTime()).toBeLessThan(now);
		expect(live?.startsAt.getTime()).toBeLessThan(now);
		expect(live?.endsAt.getTime()).toBeGreaterThan(now);
		expect(next?.startsAt.getTime()).toBeGreaterThan(now);
		// outcomes come from the records now: no stored figures
		expect(rows.every((f) => f.intentionCount === null && f.employerCount === null)).toBe(true);
	});

	it('streams a larger run in batches, reports progress and changes with the seed', () => {
		expect(scaled.counts.people).toBe(1200);
		expect(scaled.counts.employers).toBe(81);
		expect(scaled.calls).toEqual(
			expect.arrayContaining(['people 500/1200', 'people 1000/1200', 'people 1200/1200']),
		);
		expect(scaled.firstPersonId).not.toBe(snapshots[0].people[0]?.id);
	});

	it('gives the demo seeker a valid 盲人医疗按摩 certificate and the massage postings certified candidates', async () => {
		const seeker = await demoSeekerPerson(first.db);
		const [person] = await first.db.select().from(people).where(eq(people.id, seeker!.id));
		expect(person!.category).toBe(1);
		const certs = await first.db.select().from(personCertificates);
		const mine = certs.filter((c) => c.personId === seeker!.id);
		expect(mine.map((c) => c.kind)).toContain('blind_medical_massage');
		for (const c of mine.filter((row) => row.numberEnc !== null)) {
			const plain = cipher.decrypt(c.numberEnc!);
			expect(plain).toMatch(/^YA\d+$/);
			expect(c.numberEnc).not.toContain(plain);
		}
		const today = new Date(DEFAULT_DEMO_NOW).toISOString().slice(0, 10);
		const valid = (kind: string) =>
			certs.filter((c) => c.kind === kind && (c.validUntil === null || c.validUntil >= today));
		expect(valid('blind_medical_massage').length).toBeGreaterThan(3);
		expect(certs.some((c) => c.kind.startsWith('health_massage_'))).toBe(true);
		expect(certs.some((c) => c.validUntil !== null && c.validUntil < today)).toBe(true);
		const multiple = await first.db.select().from(people).where(eq(people.category, 7));
		for (const p of multiple) expect(p.categoryComponents).toHaveLength(2);
	});
});

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** Names, ids and hashes of everything a seed writes, in a stable order. */
async function snapshot({ db }: DbHandle) {
	const [persons, units, posts, events, history] = await Promise.all([
		db
			.select({
				id: people.id,
				name: people.fullName,
				hash: people.idNumberHash,
				birth: people.birthDate,
			})
			.from(people)
			.orderBy(asc(people.id)),
		db
			.select({ id: employers.id, name: employers.name, uscc: employers.uscc })
			.from(employers)
			.orderBy(asc(employers.id)),
		db
			.select({ id: postings.id, title: postings.title, employerId: postings.employerId })
			.from(postings)
			.orderBy(asc(postings.id)),
		db.select({ id: fairs.id, title: fairs.title }).from(fairs).orderBy(asc(fairs.id)),
		fairHistory(db),
	]);
	return { people: persons, employers: units, postings: posts, fairs: events, ...history };
}

/** The fairs' records: booths, seekers, applications, bookings, chats and visits. */
async function fairHistory(db: DbHandle['db']) {
	const t = fairBooths;
	const r = fairRegistrations;
	const k = fairBookings;
	const f = fairFollowUps;
	return {
		booths: await db
			.select({ id: t.id, fair: t.fairId, employer: t.employerId, status: t.status })
			.from(t)
			.orderBy(asc(t.id)),
		registrations: await db
			.select({ id: r.id, person: r.personId, needs: r.needs, seen: r.lastSeenAt })
			.from(r)
			.orderBy(asc(r.id)),
		applications: await db
			.select({ id: applications.id, status: applications.status, fair: applications.fairId })
			.from(applications)
			.orderBy(asc(applications.id)),
		bookings: await db
			.select({ id: k.id, slot: k.slotId, person: k.personId, interpreter: k.interpreterId })
			.from(k)
			.orderBy(asc(k.id)),
		chats: await db
			.select({ id: fairChatMessages.id, body: fairChatMessages.body, at: fairChatMessages.at })
			.from(fairChatMessages)
			.orderBy(asc(fairChatMessages.id)),
		visits: await db
			.select({ id: f.id, done: f.doneAt, wage: f.monthlyWage })
			.from(f)
			.orderBy(asc(f.id)),
	};
}

function countBy<T>(values: readonly T[]): Map<T, number> {
	const map = new Map<T, number>();
	for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
	return map;
}

describe('demo consents', () => {
	it('records the separate disability-data consent for every demo person', async () => {
		const handle = await createTestDb();
		try {
			await seedDemo(handle.db, {
				cipher: createTestCipher(),
				seekers: 30,
				employers: 10,
				postings: 5,
			});
			const rows = await handle.db.select().from(consents);
			const persons = await handle.db
				.select({ id: people.id, disclosure: people.disclosure })
				.from(people);
			const disability = rows.filter((r) => r.kind === 'disability_data');
			expect(disability).toHaveLength(30);
			expect(new Set(disability.map((r) => r.personId))).toEqual(new Set(persons.map((p) => p.id)));
			expect(rows.every((r) => r.withdrawnAt === null)).toBe(true);
			// only people who let employers see their profile have consented to sharing it
			const sharing = rows.filter((r) => r.kind === 'share_with_employers').map((r) => r.personId);
			expect(new Set(sharing)).toEqual(
				new Set(persons.filter((p) => p.disclosure !== 'on_apply').map((p) => p.id)),
			);
			expect(sharing.length).toBeGreaterThan(0);
		} finally {
			await handle.close();
		}
	}, 30_000); // a fresh database with every migration, then a seed: more than the unit default
});
