import { eq } from 'drizzle-orm';
import { maskPhone, type Db } from '@ronghe/db';
import { users } from '@ronghe/db/schema';
import type { AlertsRepository, NewNotification } from './alerts.repository.js';

/**
 * Delivers a notification. The in-app notifier writes the notifications table and decides
 * whether the notification is new (its dedupe key); other channels (SMS) only follow a new one.
 */
export type Notifier = {
	readonly channel: string;
	/** Called inside the matcher's transaction; returns true when something was delivered. */
	send(tx: Db, n: NewNotification): Promise<boolean>;
	/**
	 * A one-time code to a phone number that may have no account yet (the phone on record of a
	 * registered person). Called after the transaction commits. Channels that cannot reach a
	 * phone (in-app) leave it out.
	 */
	sendCode?(phone: string, text: string): Promise<boolean>;
};

export function createInAppNotifier(repo: Pick<AlertsRepository, 'insertNotification'>): Notifier {
	return { channel: 'in-app', send: (tx, n) => repo.insertNotification(tx, n) };
}

type Log = { info(obj: object, msg: string): void };

/**
 * NOT a real SMS provider: a stand-in that only logs that an SMS would be sent, with the phone
 * number masked. It is off unless passed to the alerts service; a real provider must send after
 * the transaction commits (an outbox), never inside it.
 */
export function createLoggingSmsStubNotifier(log: Log): Notifier {
	return {
		channel: 'sms-stub',
		async send(tx, n) {
			const [user] = await tx
				.select({ phone: users.phone })
				.from(users)
				.where(eq(users.id, n.userId));
			if (!user) return false;
			log.info({ to: maskPhone(user.phone), title: n.title }, 'SMS stub: would send (not sent)');
			return true;
		},
		// never logs the code: the log is no channel for a secret
		async sendCode(phone) {
			log.info({ to: maskPhone(phone) }, 'SMS stub: would send a one-time code (not sent)');
			return true;
		},
	};
}

/** The in-app notifier first; the extra channels only for notifications that are new. */
export function combineNotifiers(inApp: Notifier, extra: readonly Notifier[] = []): Notifier {
	return {
		channel: [inApp.channel, ...extra.map((e) => e.channel)].join('+'),
		async send(tx, n) {
			const created = await inApp.send(tx, n);
			if (created) for (const e of extra) await e.send(tx, n);
			return created;
		},
	};
}
