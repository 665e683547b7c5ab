import { createFair } from '../fixtures/factories.js';
import type { Check, Entry, World } from './tenants.js';

/*
 * The access-matrix entries of fairs (issue 14): a draft fair is the organisers' alone, even its
 * counters; everything a seeker or employer does at a fair acts on their own registration, queue
 * place, booking or booth, taken from the session. access-matrix.ts spreads them into MATRIX.
 */

const day = 86_400_000;
const fairs = new WeakMap<World, { draft: string; published: string }>();

async function fairsOf(w: World, db: Parameters<typeof createFair>[0]) {
	const known = fairs.get(w);
	if (known) return known;
	const starts = new Date(Date.now() + 10 * day);
	const ends = new Date(Date.now() + 11 * day);
	const draft = await createFair(db, starts, ends, '草稿招聘会', { state: 'draft' });
	const published = await createFair(db, starts, ends, '已发布招聘会');
	const made = { draft: draft.id, published: published.id };
	fairs.set(w, made);
	return made;
}

/** A draft fair and its counters are hidden from everyone in the matrix; a published one is public. */
const draftHidden =
	(path: string): Check =>
	async (w, h) => {
		const f = await fairsOf(w, w.db);
		await h.others(['anonymous', 'emp1', 'emp2', 'townA', 'seek1'], {
			method: 'GET',
			url: `/api/fairs/${f.draft}${path}`,
		});
		await h.owner('anonymous', { method: 'GET', url: `/api/fairs/${f.published}${path}` });
	};

export const FAIRS_MATRIX: Record<string, Entry> = {
	getFair: { resource: 'fair (draft)', check: draftHidden('') },
	getFairCounters: { resource: 'fair (draft counters)', check: draftHidden('/counters') },
	createFair: { scope: 'county' },
	updateFair: { scope: 'county' },
	setFairState: { scope: 'county' },
	setFairInterpreters: { scope: 'county' },
	decideBooth: { scope: 'county' },
	applyForBooth: { scope: 'self' },
	registerForFair: { scope: 'self' },
	joinBoothQueue: { scope: 'self' },
	getBoothQueuePlace: { scope: 'self' },
	leaveBoothQueue: { scope: 'self' },
	bookInterview: { scope: 'self' },
	listBoothSlots: { scope: 'open' },
};
