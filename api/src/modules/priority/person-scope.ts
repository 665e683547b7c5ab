import type { Db } from '@ronghe/db';
import { NotFoundError } from '../../errors.js';
import type { AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { scopeOf } from '../profile/profile.service.js';
import type { PriorityRepository } from './priority.repository.js';

/**
 * The person an actor may act for: a seeker only for themself, staff for a person in their scope
 * (township staff: their township). The same 404 for someone else's and for nobody.
 */
export function createPersonFor(db: Db, repo: Pick<PriorityRepository, 'person'>) {
	return async function personFor(actor: AuthUser, personId?: string): Promise<string> {
		if (actor.role === 'seeker') {
			if (!actor.personId) throw new NotFoundError('person');
			return actor.personId;
		}
		const row = personId ? await repo.person(db, personId) : undefined;
		const scope = scopeOf(actor);
		if (!row || (scope && row.townshipCode !== scope)) throw new NotFoundError('person', personId);
		return row.id;
	};
}

/** The audit fields of a change to a person's records: staff act on behalf of the person. */
export const auditFor = (actor: AuthUser, personId: string, meta: AuditMeta) => ({
	actorUserId: actor.id,
	onBehalfOfPersonId: actor.role === 'seeker' ? null : personId,
	entity: 'person' as const,
	entityId: personId,
	...meta,
});
