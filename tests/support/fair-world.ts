import { expect } from 'vitest';
import {
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
} from '../fixtures/factories.js';
import type { useApi } from './app.js';

const HOUR = 3_600_000;

/**
 * Fairs for the fair tests (issue 14): `world` is a fair two days ahead made through the API by
 * a bureau account, with helpers to add employers and seekers; `liveWorld` publishes it with two
 * approved booths and one interpreter free 09:00–10:00.
 */
export function fairWorlds(t: ReturnType<typeof useApi>) {
	/** A fair tomorrow 09:00–12:00 China time, published, with one interpreter free 09:00–10:00. */
	async function world() {
		const db = t.handle.db;
		const day = new Date(Date.now() + 2 * 24 * HOUR);
		const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) - 8 * HOUR;
		const at = (h: number) => new Date(midnight + h * HOUR).toISOString();
		const bearer = async (role: 'bureau' | 'township', over = {}) =>
			`Bearer ${await (await createUser(db, role, over)).newSession()}`;
		const staff = await bearer('bureau');
		const call = (
			method: 'GET' | 'POST' | 'PUT' | 'DELETE',
			url: string,
			auth?: string,
			payload?: object,
		) =>
			t.app.inject({
				method,
				url,
				headers: auth ? { authorization: auth } : {},
				...(payload ? { payload } : {}),
			});
		const created = await call('POST', '/api/fairs', staff, {
			title: '助残日线上专场',
			theme: 'disability_day',
			mode: 'online',
			organizer: '五台县人社局',
			startsAt: at(0),
			endsAt: at(23),
			opensAtMinute: 540,
			closesAtMinute: 720,
			zones: ['民营企业', '国有企业'],
			desks: ['政策咨询'],
		});
		expect(created.statusCode).toBe(201);
		const fairId = (created.json() as { id: string }).id;
		const employer = async (name: string) => {
			const e = await createEmployer(db, { name });
			const hr = await createUser(db, 'employer', { employerId: e.id });
			const posting = await createPosting(db, e.id, { title: `${name}的岗位` });
			return { e, posting, auth: `Bearer ${await hr.newSession()}` };
		};
		const seeker = async (fullName: string) => {
			const person = await createPersonRow(db, { fullName });
			const u = await createUser(db, 'seeker', { personId: person.id });
			return { person, user: u.user, auth: `Bearer ${await u.newSession()}` };
		};
		return { db, fairId, staff, call, at, employer, seeker, township: await bearer('township') };
	}

	async function liveWorld() {
		const w = await world();
		await w.call('POST', `/api/fairs/${w.fairId}/state`, w.staff, { state: 'published' });
		const booths: string[] = [];
		const owners: Awaited<ReturnType<typeof w.employer>>[] = [];
		for (const name of ['晋北食品', '五台电商']) {
			const e = await w.employer(name);
			owners.push(e);
			const { id } = (
				await w.call('POST', `/api/fairs/${w.fairId}/booths`, e.auth, {
					introduction: `${name}欢迎残疾朋友加入我们。`,
					postingIds: [e.posting.id],
				})
			).json() as { id: string };
			await w.call('POST', `/api/fairs/${w.fairId}/booths/${id}/decision`, w.staff, {
				decision: 'approve',
			});
			booths.push(id);
		}
		const pool = await w.call('PUT', `/api/fairs/${w.fairId}/interpreters`, w.staff, {
			interpreters: [{ name: '李手语', hours: [{ startsAt: w.at(9), endsAt: w.at(10) }] }],
		});
		expect(pool.statusCode).toBe(200);
		const slots = async (boothId: string) =>
			(await w.call('GET', `/api/fairs/${w.fairId}/booths/${boothId}/slots`)).json() as {
				id: string;
				startsAt: string;
				free: boolean;
			}[];
		const register = async (name: string, needs: string[]) => {
			const s = await w.seeker(name);
			const res = await w.call('POST', `/api/fairs/${w.fairId}/registrations`, s.auth, { needs });
			expect(res.statusCode).toBe(201);
			return s;
		};
		const book = (auth: string, slotId: string) =>
			w.call('POST', `/api/fairs/${w.fairId}/bookings`, auth, { slotId });
		return { ...w, booths, owners, slots, register, book };
	}

	return { world, liveWorld };
}
