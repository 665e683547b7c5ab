import { inArray, like } from 'drizzle-orm';
import { expect } from 'vitest';
import type { App } from '@ronghe/api/app';
import type { Db } from '@ronghe/db';
import { notifications, savedSearches } from '@ronghe/db/schema';
import { createUser } from '../fixtures/factories.js';
import { filterQueryString, type PostingName } from '../fixtures/posting-filters.js';

type Filter = Record<string, unknown>;

/** The ids /jobs shows for a filter (all of them, on one page), and whether the database answered. */
export async function searchIds(app: App, filter: Filter) {
	const qs = filterQueryString(filter);
	const res = await app.inject({ method: 'GET', url: `/api/postings?pageSize=100&${qs}` });
	expect(res.statusCode, qs).toBe(200);
	const body = res.json<{ items: { id: string }[]; total: number; degraded: boolean }>();
	expect(body.total, qs).toBe(body.items.length);
	return { ids: body.items.map((i) => i.id).sort(), degraded: body.degraded };
}

/**
 * The ids the alert matcher tells of for each filter: each filter saved as a seeker's search
 * through the API (20 to a seeker, the limit), saved before the postings were published, then
 * one run of the matcher; the notifications say which posting each saved search was told of.
 */
export async function matcherIds(app: App, db: Db, filters: Filter[]): Promise<string[][]> {
	const savedIds: string[] = [];
	let auth = '';
	for (const [i, filter] of filters.entries()) {
		if (i % 20 === 0) auth = `Bearer ${await (await createUser(db, 'seeker')).newSession()}`;
		const res = await app.inject({
			method: 'POST',
			url: '/api/me/saved-searches',
			headers: { authorization: auth },
			payload: { name: `条件${i + 1}`, query: filter },
		});
		expect(res.statusCode, JSON.stringify(filter)).toBe(201);
		savedIds.push(res.json<{ id: string }>().id);
	}
	const long = new Date('2026-01-01T00:00:00Z');
	await db
		.update(savedSearches)
		.set({ createdAt: long, checkedAt: long })
		.where(inArray(savedSearches.id, savedIds));
	await app.services.alerts.matchNow();
	const sent = await db
		.select({ key: notifications.dedupeKey })
		.from(notifications)
		.where(like(notifications.dedupeKey, 'saved-search:%'));
	const bySearch = new Map<string, string[]>();
	for (const { key } of sent) {
		const [, searchId, , postingId] = key!.split(':');
		bySearch.set(searchId!, [...(bySearch.get(searchId!) ?? []), postingId!]);
	}
	return savedIds.map((id) => (bySearch.get(id) ?? []).sort());
}

/** Ids → the fixture's posting names, so a failure reads as postings, not uuids. */
export function namesOf(ids: string[], byName: Record<PostingName, string>): PostingName[] {
	const names = new Map(Object.entries(byName).map(([name, id]) => [id, name as PostingName]));
	return ids.map((id) => names.get(id) ?? (id as PostingName)).sort();
}
