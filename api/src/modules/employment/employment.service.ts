import {
	EMPLOYMENT_FORM_LABELS,
	EMPLOYMENT_SOURCE_LABELS,
	EMPLOYMENT_STATUS_LABELS,
	INCOME_SOURCES,
	UNEMPLOYED_REASONS,
	type EmploymentHistory,
	type EmploymentRecord,
	type EmploymentRecordData,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { EmploymentRecord as Row } from '@ronghe/db/schema';
import { FieldsInvalidError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { scopeOf } from '../profile/profile.service.js';
import { createEmploymentRepository, type EmploymentRepository } from './employment.repository.js';

type Deps = { db: Db; repo?: EmploymentRepository };
export type EmploymentService = ReturnType<typeof createEmploymentService>;

const labelOf = <T extends Record<number, string>>(labels: T, code: number | null) =>
	code === null ? null : ((labels as Record<number, string>)[code] ?? String(code));

export function toRecord(r: Row, recordedByName: string | null): EmploymentRecord {
	return {
		id: r.id,
		status: r.status,
		statusLabel: EMPLOYMENT_STATUS_LABELS[r.status],
		form: r.form,
		formLabel: r.form ? EMPLOYMENT_FORM_LABELS[r.form] : null,
		employerName: r.employerName,
		startedOn: r.startedOn,
		contract: r.contract,
		socialInsurance: r.socialInsurance,
		unemployedReason: r.unemployedReason,
		unemployedReasonLabel: labelOf(UNEMPLOYED_REASONS, r.unemployedReason),
		incomeSource: r.incomeSource,
		incomeSourceLabel: labelOf(INCOME_SOURCES, r.incomeSource),
		note: r.note,
		source: r.source,
		sourceLabel: EMPLOYMENT_SOURCE_LABELS[r.source],
		recordedByName,
		createdAt: r.createdAt.toISOString(),
	};
}

/**
 * 实名制 employment records (issue 15 §2, docs/employment.md): staff read a person's history and
 * record a change; township staff only for their own township's people.
 */
export function createEmploymentService({ db, repo = createEmploymentRepository() }: Deps) {
	async function personOrThrow(actor: AuthUser, personId: string) {
		const person = await repo.person(db, personId);
		const scope = scopeOf(actor);
		if (!person || (scope && person.townshipCode !== scope))
			throw new NotFoundError('person', personId);
	}

	return {
		async history(actor: AuthUser, personId: string): Promise<EmploymentHistory> {
			await personOrThrow(actor, personId);
			const items = (await repo.history(db, personId)).map((x) => toRecord(x.r, x.recordedByName));
			return { current: items[0] ?? null, items };
		},

		async record(
			actor: AuthUser,
			personId: string,
			data: EmploymentRecordData,
			meta: AuditMeta,
		): Promise<EmploymentHistory> {
			await personOrThrow(actor, personId);
			const employed = data.status === 'employed';
			if (employed && data.employerId && !(await repo.employerExists(db, data.employerId)))
				throw new FieldsInvalidError([
					{ pointer: '#/employerId', detail: '没有找到这家单位，请从列表里选，或只填单位名称。' },
				]);
			await db.transaction(async (tx) => {
				const r = await repo.append(tx, {
					personId,
					status: data.status,
					form: employed ? data.form : null,
					employerId: employed ? data.employerId : null,
					employerName: employed ? data.employerName : '',
					startedOn: employed ? data.startedOn : null,
					contract: employed ? data.contract : null,
					socialInsurance: employed ? data.socialInsurance : null,
					unemployedReason: employed ? null : data.unemployedReason,
					incomeSource: employed ? null : data.incomeSource,
					note: data.note,
					source: 'staff',
					recordedByUserId: actor.id,
				});
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'employment.record',
					entity: 'person',
					entityId: personId,
					detail: { recordId: r.id, status: r.status, form: r.form },
					...meta,
				});
			});
			return this.history(actor, personId);
		},
	};
}
