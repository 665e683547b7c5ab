/**
 * The data of the matching benchmark (matching.ts): the demo generator's rows copied in SQL up
 * to the sizes asked for, and signed-in sessions for the accounts the measures use.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { seedDemo } from '@ronghe/db/demo';
import { createTestCipher } from '@ronghe/db/testing';

const COPIES_PER_STATEMENT = 10;
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

export const rowsOf = async <T>(db: Db, query: SQL) => (await db.execute(query)) as unknown as T[];
export const countOf = async (db: Db, query: SQL) =>
	(await rowsOf<{ n: number }>(db, query))[0]?.n ?? 0;

/**
 * Copies every row of `table` that `where` keeps `times` times, in one INSERT … SELECT over
 * generate_series (`s` is the source row, `g` the copy number). Columns not named in `set` are
 * copied as they are, so the copy follows whatever columns the schema has today.
 */
async function copyRows(
	db: Db,
	table: string,
	times: number,
	set: Record<string, string>,
	where = 'true',
) {
	if (times <= 0) return;
	const cols = (
		await rowsOf<{ c: string }>(
			db,
			sql`select column_name as c from information_schema.columns
				where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
				order by ordinal_position`,
		)
	).map((r) => r.c);
	const list = cols.map((c) => `"${c}"`).join(', ');
	const values = cols.map((c) => set[c] ?? `s."${c}"`).join(', ');
	// a few copies a statement, without the app's statement timeout
	for (let from = 1; from <= times; from += COPIES_PER_STATEMENT) {
		const to = Math.min(times, from + COPIES_PER_STATEMENT - 1);
		await db.transaction(async (tx) => {
			await tx.execute(sql`set local statement_timeout = 0`);
			await tx.execute(
				sql.raw(`insert into "${table}" (${list})
					select ${values} from "${table}" s cross join generate_series(${from}, ${to}) g
					where ${where}`),
			);
		});
	}
}

/** A copy's id, the same for a row and the rows that point at it. */
const copyId = (col: string) =>
	`overlay(overlay(md5(s."${col}"::text || ':' || g) placing '4' from 13) placing '8' from 17)::uuid`;

/** Fills the database up to `sizes`, unless it already holds as many postings. */
export async function generate(
	db: Db,
	sizes: { postings: number; seekers: number; demoPostings: number; demoSeekers: number },
) {
	const POSTINGS = sizes.postings;
	const SEEKERS = sizes.seekers;
	const DEMO_POSTINGS = sizes.demoPostings;
	const DEMO_SEEKERS = sizes.demoSeekers;
	const existing = await countOf(db, sql`select count(*)::int as n from postings`);
	if (existing >= POSTINGS) return;
	console.log(`demo generator: ${DEMO_POSTINGS} postings, ${DEMO_SEEKERS} seekers…`);
	await seedDemo(db, {
		cipher: createTestCipher(),
		postings: DEMO_POSTINGS,
		seekers: DEMO_SEEKERS,
	});
	const s = performance.now();
	// copies are made of the generator's rows only, not of earlier copies
	await db.execute(sql`create table bench_original_postings as select id from postings`);
	await db.execute(sql`create table bench_original_people as select id from people`);
	const originalPosting = 's.id in (select id from bench_original_postings)';
	const ofOriginalPerson = (col: string) => `s.${col} in (select id from bench_original_people)`;
	// postings: copies spread over the last 60 days, so freshness differs
	const postingCopies = Math.ceil(POSTINGS / DEMO_POSTINGS) - 1;
	await copyRows(
		db,
		'postings',
		postingCopies,
		{
			id: 'gen_random_uuid()',
			published_at: `s.published_at - (g % 60) * interval '1 day'`,
		},
		originalPosting,
	);
	console.log(`  postings copied (${elapsed()})`);
	// seekers, with their consents and certificates; ids of copies derived from the original's
	const demoPeople = await countOf(db, sql`select count(*)::int as n from people`);
	const seekerCopies = Math.ceil(SEEKERS / demoPeople) - 1;
	await copyRows(
		db,
		'people',
		seekerCopies,
		{
			id: copyId('id'),
			id_number_hash: `md5(s.id_number_hash || ':' || g)`,
		},
		ofOriginalPerson('id'),
	);
	await copyRows(
		db,
		'consents',
		seekerCopies,
		{
			id: 'gen_random_uuid()',
			person_id: copyId('person_id'),
		},
		ofOriginalPerson('person_id'),
	);
	await copyRows(
		db,
		'person_certificates',
		seekerCopies,
		{
			id: 'gen_random_uuid()',
			person_id: copyId('person_id'),
		},
		ofOriginalPerson('person_id'),
	);
	console.log(`  seekers copied (${elapsed()})`);
	await db.execute(sql`analyze`);
	console.log(`  copies made in ${((performance.now() - s) / 1000).toFixed(0)} s`);
}

/** A signed-in session for a new account: the bearer token. */
export async function sessionFor(
	db: Db,
	role: 'seeker' | 'employer',
	link: { personId?: string; employerId?: string },
) {
	const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
	const [user] = await rowsOf<{ id: string }>(
		db,
		sql`insert into users (phone, display_name, role, person_id, employer_id, password_hash)
			values (${phone}, ${`bench-${role}`}, ${role}, ${link.personId ?? null},
				${link.employerId ?? null}, 'not-a-hash')
			returning id`,
	);
	const token = randomBytes(32).toString('base64url');
	const hash = createHash('sha256').update(token).digest('hex');
	await db.execute(sql`insert into sessions (token_hash, user_id, expires_at)
		values (${hash}, ${user!.id}, now() + interval '1 day')`);
	return `Bearer ${token}`;
}
