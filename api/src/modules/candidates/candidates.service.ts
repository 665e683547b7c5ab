import type {
	Candidate,
	CandidateList,
	CandidateListQuery,
	CandidateSummary,
} from '@ronghe/contracts';
import { maskPhone, type Db } from '@ronghe/db';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { CandidatesRepository } from './candidates.repository.js';
import {
	abilitiesVisible,
	ageBand,
	employerVisibility,
	passportVisible,
	type Visibility,
} from './candidates.visibility.js';

type Deps = { db: Db; candidatesRepo: CandidatesRepository; now: () => Date };
export type CandidatesService = ReturnType<typeof createCandidatesService>;
type Row = NonNullable<Awaited<ReturnType<CandidatesRepository['find']>>>;
type Shown = Extract<Visibility, { visible: true }>;

export function createCandidatesService({ db, candidatesRepo, now }: Deps) {
	/** Only HR of an approved employer sees seekers at all. */
	async function employerOf(user: AuthUser): Promise<string> {
		const status = user.employerId
			? await candidatesRepo.employerStatus(db, user.employerId)
			: undefined;
		if (!user.employerId || status !== 'approved')
			throw new ForbiddenError('单位通过审核以后，才能查看求职者。');
		return user.employerId;
	}

	const visibility = (row: Row) =>
		employerVisibility({ employerApproved: true, ...row, disclosure: row.person.disclosure });

	function summary(
		{ person: p, townshipName }: Row,
		v: Shown,
		names: ReadonlyMap<string, string>,
	): CandidateSummary {
		return {
			personId: p.id,
			via: v.via,
			fullName: v.name ? p.fullName : null,
			townshipCode: p.townshipCode,
			townshipName,
			ageBand: ageBand(p.birthDate, now()),
			// employers read names, not codes
			desiredOccupations: p.desiredOccupations.map((c) => names.get(c) ?? c),
			desiredWorkModes: p.desiredWorkModes,
			skills: p.skills,
		};
	}

	return {
		async list(user: AuthUser, q: CandidateListQuery): Promise<CandidateList> {
			const employerId = await employerOf(user);
			const filter = { townshipCode: q.township, workMode: q.workMode };
			const [rows, total, names] = await Promise.all([
				candidatesRepo.list(db, employerId, filter, q.pageSize, (q.page - 1) * q.pageSize),
				candidatesRepo.count(db, employerId, filter),
				candidatesRepo.occupationNames(db),
			]);
			const items = rows.flatMap((row) => {
				const v = visibility(row);
				return v.visible ? [summary(row, v, names)] : [];
			});
			return { items, total, page: q.page, pageSize: q.pageSize };
		},

		/** 404 whenever the rule hides the person, so an employer cannot learn who is registered. */
		async get(user: AuthUser, personId: string, meta: AuditMeta): Promise<Candidate> {
			const employerId = await employerOf(user);
			const row = await candidatesRepo.find(db, employerId, personId);
			const v = row ? visibility(row) : ({ visible: false } as const);
			if (!row || !v.visible) throw new NotFoundError('person', personId);
			const p = row.person;
			// withdrawn disability-data consent: no scores and no needs, as if none were recorded
			const facts = { employerApproved: true, ...row, disclosure: p.disclosure };
			const abilities = abilitiesVisible(facts);
			const passport = passportVisible(facts);
			await writeAudit(db, {
				actorUserId: user.id,
				action: 'person.view_by_employer',
				entity: 'person',
				entityId: personId,
				detail: { employerId, via: v.via },
				...meta,
			});
			return {
				...summary(row, v, await candidatesRepo.occupationNames(db)),
				phoneMasked: v.phone && p.phone ? maskPhone(p.phone) : null,
				category: v.disability ? p.category : null,
				level: v.disability ? p.level : null,
				education: p.education,
				expectedPayMin: p.expectedPayMin,
				maxTravelKm: p.maxTravelKm,
				trainingCertificates: p.trainingCertificates,
				ability: abilities ? p.ability : {},
				passportShared: passport,
				preferredContact: passport ? (p.passport?.preferredContact ?? []) : [],
				passportNeeds: passport ? (p.passport?.needs ?? []) : [],
			};
		},
	};
}
