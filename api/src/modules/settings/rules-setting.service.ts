import type { AuditAction } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { createRulesSettingRepository } from './rules-setting.repository.js';

type Rules = Record<string, unknown>;
type Options<T extends Rules> = {
	db: Db;
	/** The `settings` key the module's own reader uses. */
	key: string;
	description: string;
	action: AuditAction;
	defaults: T;
	/** The rules in force from the stored value (each bad or missing field: its default). */
	merge: (stored: unknown) => T;
};
export type RulesView<T> = {
	rules: T;
	defaults: T;
	updatedAt: string | null;
	updatedBy: string | null;
};

/**
 * A set of rules county staff change themselves (issue 15: every default is configurable): read
 * with the defaults beside it, saved whole in one `settings` row and written to the audit log
 * with each changed number before and after. Saving the defaults stores them as they are.
 */
export function createRulesSetting<T extends Rules>(o: Options<T>) {
	const repo = createRulesSettingRepository();

	async function get(): Promise<RulesView<T>> {
		const row = await repo.read(o.db, o.key);
		return {
			rules: o.merge(row?.value),
			defaults: o.defaults,
			updatedAt: row ? row.updatedAt.toISOString() : null,
			updatedBy: row ? await repo.lastEditor(o.db, o.action) : null,
		};
	}

	return {
		get,
		async save(user: AuthUser, body: T, meta: AuditMeta): Promise<RulesView<T>> {
			await o.db.transaction(async (tx) => {
				const before = o.merge((await repo.read(tx, o.key))?.value);
				const changes = Object.fromEntries(
					Object.keys(o.defaults)
						.filter((k) => before[k] !== body[k])
						.map((k) => [k, { from: before[k], to: body[k] }]),
				);
				await repo.save(tx, o.key, body, o.description);
				await writeAudit(tx, {
					actorUserId: user.id,
					action: o.action,
					entity: 'setting',
					entityId: o.key,
					detail: { changes },
					...meta,
				});
			});
			return get();
		},
	};
}
export type RulesSetting<T extends Rules> = ReturnType<typeof createRulesSetting<T>>;
