import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '@ronghe/db/schema';
import { useApi } from '../support/app.js';
import { fairWorlds } from '../support/fair-world.js';

/** Issue 14 §8: a seeker is reminded 30 minutes before a fair interview, once. */
describe('fair interview reminders', () => {
	let clock: Date | null = null;
	const t = useApi({ now: () => clock ?? new Date() });
	const { liveWorld } = fairWorlds(t);

	it('reminds the seeker half an hour before, names the interpreter, and only once', async () => {
		const w = await liveWorld();
		const deaf = await w.register('聋人求职者', ['sign_interpreter']);
		const nine = (await w.slots(w.booths[0]!)).find((s) => s.startsAt === w.at(9.5))!;
		expect((await w.book(deaf.auth, nine.id)).statusCode).toBe(201);
		const mine = () =>
			w.db
				.select()
				.from(notifications)
				.where(
					and(eq(notifications.userId, deaf.user.id), eq(notifications.kind, 'fair_reminder')),
				);
		// 08:55: the 09:30 interview is 35 minutes away, too early
		clock = new Date(w.at(8 + 55 / 60));
		expect(await t.app.services.fairReminders()).toBe(0);
		// 09:05: 25 minutes away
		clock = new Date(w.at(9 + 5 / 60));
		expect(await t.app.services.fairReminders()).toBe(1);
		expect(await t.app.services.fairReminders()).toBe(0);
		const sent = await mine();
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({ title: '半小时后面试：晋北食品' });
		expect(sent[0]!.body).toContain('手语翻译：李手语');
		clock = null;
	});
});
