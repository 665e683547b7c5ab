import { describe, expect, it } from 'vitest';
import type { Db } from '@ronghe/db';
import { auditLog } from '@ronghe/db/schema';
import { writeAudit, type AuditRecord } from './audit.writer.js';

/** A Db that records what was inserted where, instead of talking to a database. */
function recordingDb() {
	const inserts: { table: unknown; values: unknown }[] = [];
	const db = {
		insert: (table: unknown) => ({
			values: async (values: unknown) => {
				inserts.push({ table, values });
			},
		}),
	} as unknown as Db;
	return { db, inserts };
}

describe('writeAudit', () => {
	it('inserts the entry into the audit log as given', async () => {
		const { db, inserts } = recordingDb();
		const entry: AuditRecord = {
			actorUserId: null,
			action: 'consent.withdraw',
			entity: 'person',
			entityId: 'p1',
			detail: { kinds: ['share_with_employers'] },
			requestId: 'req-1',
		};
		await writeAudit(db, entry);
		expect(inserts).toEqual([{ table: auditLog, values: entry }]);
	});

	it('cuts the caller-chosen user agent and address to a bounded length', async () => {
		const { db, inserts } = recordingDb();
		await writeAudit(db, {
			action: 'person.view',
			entity: 'person',
			userAgent: 'u'.repeat(5000),
			ip: `::ffff:${'f'.repeat(500)}`,
		});
		const values = inserts[0]!.values as AuditRecord;
		expect(values.userAgent).toHaveLength(300);
		expect(values.ip).toHaveLength(64);
	});

	it('accepts only actions and entities that have a label (checked by tsc)', () => {
		const { db } = recordingDb();
		// Never called: the lines only have to fail to compile. `pnpm typecheck` fails if one of
		// them starts compiling, e.g. because the writer went back to taking any string.
		const unlabelled = () => [
			// @ts-expect-error an action without a label in AUDIT_ACTIONS
			writeAudit(db, { action: 'profile.delete', entity: 'person' }),
			// @ts-expect-error an entity without a label in AUDIT_ENTITIES
			writeAudit(db, { action: 'profile.update', entity: 'profile' }),
		];
		expect(unlabelled).toBeTypeOf('function');
	});
});
