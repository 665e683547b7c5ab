import { inArray } from 'drizzle-orm';
import type { Db } from '../client.js';
import type { FieldCipher } from '../crypto.js';
import { ensureReferenceData } from '../reference/index.js';
import { users } from '../schema/accounts.js';
import { consents } from '../schema/consents.js';
import { employers, type NewEmployer } from '../schema/employers.js';
import { employmentRecords } from '../schema/employment.js';
import { fairs } from '../schema/fairs.js';
import { applications, invitations } from '../schema/matching.js';
import { people, personCertificates } from '../schema/people.js';
import { postings } from '../schema/postings.js';
import { personPriorityStatuses } from '../schema/priority.js';
import { searchOutbox } from '../schema/search-outbox.js';
import { trainingCourses } from '../schema/training.js';
import { bulkInsert } from './bulk.js';
import { certifyDemoSeeker, drawComponents, makeDemoCertificates } from './certificates.js';
import { seedDemoContacts } from './contacts.js';
import { addDays, DEFAULT_DEMO_NOW } from './dates.js';
import { seedDemoEmployerPostings } from './demo-employer.js';
import { createEmployerFactory, type EmployerRef } from './employers.js';
import { firstEmploymentRecord } from './employment.js';
import { seedFairHistory, type FairHistoryCounts } from './fair-history.js';
import { makeUscc } from './ids.js';
import { seedLevyDemo } from './levy.js';
import { makeMatching } from './matching.js';
import { createPersonFactory } from './people.js';
import { createPostingFactory } from './postings.js';
import { makeDemoPriorities } from './priorities.js';
import { makeEmployerExtras, makeProfileExtras } from './profiles.js';
import { seedQuotaDemo } from './quota.js';
import { createRandom, deriveSeed, type Random } from './random.js';
import { makeCourse, makeFairs } from './schedule.js';

export const DEFAULT_SEED = 20261128;
/** Same wording version as the registration form's consent text (api contracts). */
const DEMO_CONSENT_VERSION = '2026-11';

export type SeedOptions = {
	/** Encrypts and hashes the ID and certificate numbers, as the API does. */
	cipher: FieldCipher;
	/** Same seed (and `now`) → same rows and ids. Default 20261128. */
	seed?: number;
	/** Job seekers (people). Default 400; large values stream in batches. */
	seekers?: number;
	/** Default 60: the catalogue covers every kind and role; more are invented. One new employer
	 * with a USCC that fails its check character is added (pending, flagged for staff). */
	employers?: number;
	/** Default 150. */
	postings?: number;
	/** Default 12. */
	courses?: number;
	/** The moment the demo is set at; all dates are relative to it. Default 2026-11-28 08:00 +08:00. */
	now?: Date;
	/** Called after every batch, e.g. `('people', 120000, 1000000)`. */
	onProgress?: (table: string, done: number, total: number) => void;
};

/** Rows actually inserted (rows that already existed are skipped, not counted). */
export type SeedCounts = {
	employers: number;
	people: number;
	postings: number;
	publishedPostings: number;
	outbox: number;
	trainingCourses: number;
	fairs: number;
	applications: number;
	invitations: number;
} & FairHistoryCounts;

/** Rows per INSERT statement (well below PostgreSQL's 65,535 bind parameters). */
const BATCH_ROWS = 500;
/** Rows per transaction, so a scale run commits as it goes. */
const TRANSACTION_ROWS = 5000;

/**
 * Fills the database with deterministic demo data for 五台县: employers, people (job seekers),
 * postings with their search-outbox rows, training courses and three fairs with their records
 * (booths, seekers, chats, interviews, outcomes: fair-history.ts). Each table draws from
 * its own seeded stream, so changing one count leaves the other tables as they were. Reference
 * data (townships, settings) is ensured first. Existing rows with the same key are left alone.
 */
export async function seedDemo(db: Db, opts: SeedOptions): Promise<SeedCounts> {
	const seed = opts.seed ?? DEFAULT_SEED;
	const now = opts.now ?? DEFAULT_DEMO_NOW;
	const total = {
		employers: checkCount('employers', opts.employers ?? 60),
		people: checkCount('seekers', opts.seekers ?? 400),
		postings: checkCount('postings', opts.postings ?? 150),
		courses: checkCount('courses', opts.courses ?? 12),
	};
	const progress = opts.onProgress ?? (() => {});
	const stream = (label: string) => createRandom(deriveSeed(seed, label));
	const counts: SeedCounts = {
		employers: 0,
		people: 0,
		postings: 0,
		publishedPostings: 0,
		outbox: 0,
		trainingCourses: 0,
		fairs: 0,
		applications: 0,
		invitations: 0,
		fairPostings: 0,
		fairBooths: 0,
		fairRegistrations: 0,
		fairApplications: 0,
		fairBookings: 0,
	};

	await ensureReferenceData(db);
	await seedDemoContacts(db);

	const refs: EmployerRef[] = [];
	const makeEmployer = createEmployerFactory(stream('employers'), { now });
	const employerExtrasRng = stream('employer_profiles');
	let employersDone = 0;
	await inBatches(db, total.employers, makeEmployer, async (tx, batch) => {
		const inserted = await bulkInsert(
			tx,
			employers,
			batch.map((b) => ({ ...b.row, ...makeEmployerExtras(employerExtrasRng, b.row, now) })),
			['id'],
		);
		const present = new Set(inserted.map((r) => r.id));
		const missing = batch.map((b) => b.ref.id).filter((id) => !present.has(id));
		if (missing.length) {
			// an employer already stored under the same id can still take postings; one skipped
			// for a clashing USCC cannot
			const existing = await tx
				.select({ id: employers.id })
				.from(employers)
				.where(inArray(employers.id, missing));
			for (const r of existing) present.add(r.id);
		}
		refs.push(...batch.map((b) => b.ref).filter((r) => present.has(r.id)));
		counts.employers += inserted.length;
		employersDone += batch.length;
		progress('employers', employersDone, total.employers);
	});

	if (total.employers > 0) {
		const flagged = makeFlaggedEmployer(stream('flagged_employer'), now);
		counts.employers += (await bulkInsert(db, employers, [flagged], ['id'])).length;
	}

	const makePerson = createPersonFactory(stream('people'), { now, cipher: opts.cipher });
	const profileRng = stream('profiles');
	// a stream of its own, so certificates and 多重残疾 components leave the other draws as they were
	const certificateRng = stream('certificates');
	const priorityRng = stream('priorities');
	// people that applications and invitations are drawn from (a bounded sample on scale runs)
	const seekerRefs: { id: string; shares: boolean }[] = [];
	let peopleDone = 0;
	await inBatches(db, total.people, makePerson, async (tx, batch) => {
		const rows = batch.map((p) => {
			const { sharesWithEmployers, ...extras } = makeProfileExtras(profileRng, p, now);
			const components = p.category === 7 ? drawComponents(certificateRng) : [];
			const row = { ...p, ...extras, categoryComponents: components };
			const certificates = makeDemoCertificates(certificateRng, row, {
				now,
				cipher: opts.cipher,
			});
			const priorities = makeDemoPriorities(priorityRng, row, now);
			return { row, shares: sharesWithEmployers, certificates, priorities };
		});
		const inserted = await bulkInsert(
			tx,
			people,
			rows.map((r) => r.row),
			['id'],
		);
		if (inserted.length) {
			const present = new Set(inserted.map((p) => p.id));
			const kept = rows.filter((r) => present.has(r.row.id!));
			// every demo person has given the separate consent that disability data needs; those
			// who let employers see a profile have also given the consent to share it
			await bulkInsert(
				tx,
				consents,
				kept.flatMap((r) => [
					{
						personId: r.row.id!,
						kind: 'disability_data' as const,
						textVersion: DEMO_CONSENT_VERSION,
						grantedAt: now,
					},
					...(r.shares
						? [
								{
									personId: r.row.id!,
									kind: 'share_with_employers' as const,
									textVersion: DEMO_CONSENT_VERSION,
									grantedAt: now,
								},
							]
						: []),
				]),
				['id'],
			);
			await bulkInsert(
				tx,
				personCertificates,
				kept.flatMap((r) => r.certificates),
				['id'],
			);
			await bulkInsert(
				tx,
				personPriorityStatuses,
				kept.flatMap((r) => r.priorities),
				['id'],
			);
			await bulkInsert(
				tx,
				employmentRecords,
				kept.map((r) => firstEmploymentRecord(r.row)),
				['id'],
			);
			for (const r of kept)
				if (seekerRefs.length < 3000) seekerRefs.push({ id: r.row.id!, shares: r.shares });
		}
		counts.people += inserted.length;
		peopleDone += batch.length;
		progress('people', peopleDone, total.people);
	});
	await certifyDemoSeeker(db, { now, cipher: opts.cipher });

	const publishedRefs: { id: string; employerId: string }[] = [];
	if (total.postings > 0) {
		const makePosting = createPostingFactory(stream('postings'), { now, employers: refs });
		let postingsDone = 0;
		await inBatches(db, total.postings, makePosting, async (tx, batch) => {
			const inserted = await bulkInsert(tx, postings, batch, ['id', 'status']);
			const published = inserted.filter((p) => p.status === 'published');
			const employerOf = new Map(batch.map((p) => [p.id, p.employerId]));
			for (const p of published)
				if (publishedRefs.length < 3000)
					publishedRefs.push({ id: p.id, employerId: employerOf.get(p.id)! });
			if (published.length) {
				// same transaction as the postings: the search index can never miss one
				const queued = await tx
					.insert(searchOutbox)
					.values(
						published.map((p) => ({ entity: 'postings', entityId: p.id, op: 'upsert' as const })),
					)
					.onConflictDoNothing()
					.returning({ id: searchOutbox.id });
				counts.outbox += queued.length;
			}
			counts.postings += inserted.length;
			counts.publishedPostings += published.length;
			postingsDone += batch.length;
			progress('postings', postingsDone, total.postings);
		});
	}

	if (total.postings > 0) {
		const own = await seedDemoEmployerPostings(db, stream('demo_employer_postings'), {
			now,
			employers: refs,
		});
		counts.postings += own;
		counts.publishedPostings += own;
		counts.outbox += own;
	}

	const matching = makeMatching(stream('applications'), now, seekerRefs, publishedRefs);
	if (matching.applications.length) {
		counts.applications = (
			await bulkInsert(db, applications, matching.applications, ['id'])
		).length;
	}
	if (matching.invitations.length) {
		counts.invitations = (await bulkInsert(db, invitations, matching.invitations, ['id'])).length;
	}

	const courseRng = stream('training_courses');
	let coursesDone = 0;
	await inBatches(
		db,
		total.courses,
		(i) => makeCourse(courseRng, now, i),
		async (tx, batch) => {
			const inserted = await tx
				.insert(trainingCourses)
				.values(batch)
				.onConflictDoNothing()
				.returning({ id: trainingCourses.id });
			counts.trainingCourses += inserted.length;
			coursesDone += batch.length;
			progress('training_courses', coursesDone, total.courses);
		},
	);

	const fairRows = makeFairs(stream('fairs'), now);
	const insertedFairs = await db
		.insert(fairs)
		.values(fairRows)
		.onConflictDoNothing()
		.returning({ id: fairs.id });
	counts.fairs = insertedFairs.length;
	progress('fairs', fairRows.length, fairRows.length);
	// booths, seekers, chats, interviews and outcomes of the fairs just made (not of older ones)
	const newFairs = new Set(insertedFairs.map((f) => f.id));
	Object.assign(
		counts,
		await seedFairHistory(db, stream, {
			now,
			fairs: fairRows.filter((f) => newFairs.has(f.id!)),
			seekerIds: seekerRefs.map((s) => s.id),
			postingIds: publishedRefs.map((p) => p.id),
		}),
	);
	await seedLevyDemo(db, now, opts.cipher);
	await seedQuotaDemo(db, now, opts.cipher);

	return counts;
}

/**
 * A new employer whose 统一社会信用代码 fails its check character: accepted, pending, and flagged
 * for staff to compare with the business licence (docs/domain.md#uscc).
 */
function makeFlaggedEmployer(rng: Random, now: Date): NewEmployer {
	const valid = makeUscc({
		prefix: '91',
		region: '140922',
		subject: `MA0${String(rng.int(10_000, 99_999))}`,
	});
	const last = valid.at(-1) === '0' ? '1' : '0';
	const registered = addDays(now, -2);
	return {
		id: rng.uuid(),
		name: '五台县晋韵手工艺品有限公司',
		uscc: valid.slice(0, 17) + last,
		kind: 'private',
		roles: [],
		townshipCode: '140922100',
		address: '台城镇新建路 18 号',
		contactName: '赵丽',
		contactPhone: '13513500218',
		description: '手工布艺、剪纸，可以在家完成部分工序。',
		accessibility: ['step_free_entrance', 'flexible_hours', 'remote_work'],
		status: 'pending',
		reviewFlags: ['uscc_checksum'],
		createdAt: registered,
		updatedAt: registered,
	};
}

/** True when there are no employers and no people, i.e. nothing a seed would clash with. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
	const [employer] = await db.select({ id: employers.id }).from(employers).limit(1);
	const [person] = await db.select({ id: people.id }).from(people).limit(1);
	// an account alone (say the first administrator of a real deployment) is not an empty database
	const [user] = await db.select({ id: users.id }).from(users).limit(1);
	return !employer && !person && !user;
}

/**
 * Builds rows `0..total-1` in order, one batch at a time (never the whole table in memory), and
 * hands each batch to `write` inside a transaction that spans several batches.
 */
async function inBatches<Row>(
	db: Db,
	total: number,
	build: (index: number) => Row,
	write: (tx: Db, batch: Row[]) => Promise<void>,
): Promise<void> {
	for (let start = 0; start < total; start += TRANSACTION_ROWS) {
		const end = Math.min(total, start + TRANSACTION_ROWS);
		await db.transaction(async (tx) => {
			for (let from = start; from < end; from += BATCH_ROWS) {
				const batch: Row[] = [];
				for (let i = from; i < Math.min(end, from + BATCH_ROWS); i++) batch.push(build(i));
				await write(tx, batch);
			}
		});
	}
}

function checkCount(name: string, value: number): number {
	if (!Number.isSafeInteger(value) || value < 0) {
		throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
	}
	return value;
}
