import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@ronghe/db';
import { createLaneDb } from '../support/db.js';

describe('migrations on PostgreSQL', () => {
	let handle: DbHandle;
	beforeAll(async () => {
		handle = await createLaneDb();
	});
	afterAll(async () => {
		await handle.close();
	});

	it('creates every core table and can run again without changes', async () => {
		expect(handle.driver).toBe('postgres');
		await handle.migrate();
		const rows = (await handle.db.execute(
			sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
		)) as unknown as { tablename: string }[];
		expect(rows.map((r) => r.tablename)).toEqual([
			'annual_reviews',
			'anonymised_people',
			'application_events',
			'applications',
			'audit_log',
			'consents',
			'disabled_graduates',
			'employer_disabled_employees',
			'employer_levy_years',
			'employers',
			'employment_records',
			'fair_bookings',
			'fair_booth_postings',
			'fair_booth_reps',
			'fair_booths',
			'fair_chat_messages',
			'fair_contacts',
			'fair_follow_ups',
			'fair_interpreter_hours',
			'fair_interpreters',
			'fair_interview_requests',
			'fair_postings',
			'fair_queue_entries',
			'fair_registrations',
			'fair_slots',
			'fair_zones',
			'fairs',
			'imports',
			'indicator_targets',
			'instance_state',
			'invitations',
			'levy_rules',
			'local_average_wages',
			'massage_ce_hours',
			'massage_clinics',
			'massage_practitioners',
			'match_changes',
			'notifications',
			'occupations',
			'people',
			'person_certificates',
			'person_claims',
			'person_family_members',
			'person_priority_statuses',
			'postings',
			'products',
			'public_welfare_placements',
			'public_welfare_subsidies',
			'quota_disclosures',
			'quota_input_changes',
			'quota_objections',
			'referral_updates',
			'referrals',
			'saved_searches',
			'search_outbox',
			'self_employment_support',
			'service_contacts',
			'sessions',
			'settings',
			'townships',
			'training_courses',
			'training_enrolments',
			'training_needs',
			'users',
		]);
	});
});
