import {
	normalizeIdentifier,
	validateCertificate,
	type DisabledEmployee,
	type DisabledEmployeeBody,
	type Roster,
	type UpdateDisabledEmployeeBody,
} from '@ronghe/contracts';
import { maskIdentifier, type Db, type FieldCipher } from '@ronghe/db';
import type { NewEmployerDisabledEmployee } from '@ronghe/db/schema';
import {
	ConflictError,
	FieldsInvalidError,
	ForbiddenError,
	NotFoundError,
	RuleViolationError,
} from '../../errors.js';
import { writeAudit, type AuditMeta, type AuditRecord } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { LevyRepository } from '../levy/levy.repository.js';
import type { LevyService } from '../levy/levy.service.js';
import type { AnnualReviewsRepository } from './annual-reviews.repository.js';
import { checkContext, employeeView, reviewState } from './review-context.js';

type Deps = {
	db: Db;
	repo: AnnualReviewsRepository;
	levyRepo: LevyRepository;
	levy: LevyService;
	cipher: FieldCipher;
	now: () => Date;
};
export type RosterService = ReturnType<typeof createRosterService>;

/** A roster change for the audit log: which row of whose year, never the name or number. */
const rosterEntry = (
	user: AuthUser,
	action: 'roster.add' | 'roster.update' | 'roster.remove',
	id: string,
	employerId: string,
	year: number,
	meta: AuditMeta,
) =>
	({
		actorUserId: user.id,
		action,
		entity: 'employer_disabled_employee',
		entityId: id,
		detail: { employerId, year } as Record<string, unknown>,
		...meta,
	}) satisfies AuditRecord;

const LOCKED = {
	submitted: '这一年的年审已经提交，正在等待审核，名单暂时不能修改。需要修改请联系县残联退回。',
	approved: '这一年的年审已经审核通过，名单不能再修改。',
} as const;

/** The employer keeps its disabled-employee roster per year and submits it for 年审 (issue 5 item 6). */
export function createRosterService({ db, repo, levyRepo, levy, cipher, now }: Deps) {
	async function own(user: AuthUser) {
		if (!user.employerId) throw new ForbiddenError('这个账户还没有关联用人单位，请联系县残联。');
		const employer = await repo.employer(db, user.employerId);
		if (!employer) throw new NotFoundError('employer');
		return employer;
	}

	/**
	 * Adding or changing a row looks the number up in the registry, so only an employer that staff
	 * have approved may do it: a sign-up must not be a way to test numbers against the registry.
	 */
	async function approved(user: AuthUser) {
		const employer = await own(user);
		if (employer.status !== 'approved')
			throw new RuleViolationError(
				'employer_not_approved',
				'您的单位还没有通过县残联审核，暂时不能填写残疾职工名单。审核通过后再添加。',
			);
		return employer;
	}

	/** Another employer's row is "not found", never "forbidden": ids reveal nothing. */
	async function ownRow(user: AuthUser, id: string) {
		const employer = await own(user);
		const row = await repo.employee(db, id);
		if (!row || row.employerId !== employer.id) throw new NotFoundError('employee', id);
		return row;
	}

	/** The fields typed in; a changed row is decided again by staff. */
	const typed = (body: UpdateDisabledEmployeeBody) => ({
		displayName: body.displayName.trim(),
		certificateKind: body.certificateKind,
		certificateValidUntil: body.certificateValidUntil ?? null,
		contractStart: body.contractStart,
		contractEnd: body.contractEnd ?? null,
		monthlyWage: body.monthlyWage.toFixed(2),
		insuranceMonths: body.insuranceMonths,
		monthsCounted: body.monthsCounted,
		reviewDecision: 'pending' as const,
		reviewNote: '',
	});

	/** Encrypted number, keyed hash and mask of the ID part; links the registry person if known. */
	type WithNumber = UpdateDisabledEmployeeBody & { certificateNumber: string };
	async function numberFields(body: WithNumber) {
		const number = normalizeIdentifier(body.certificateNumber);
		const cert = body.certificateKind === 'disability' ? validateCertificate(number) : null;
		const idNumber = cert?.parsed?.idNumber ?? normalizeIdentifier(body.idNumber ?? '');
		const idNumberHash = cipher.hash(idNumber);
		return {
			level: body.level ?? cert?.parsed?.level ?? 1,
			certificateNumberEnc: cipher.encrypt(number),
			idNumberEnc: idNumber ? cipher.encrypt(idNumber) : null,
			idNumberHash,
			idNumberMasked: maskIdentifier(idNumber),
			personId: await repo.personIdByHash(db, idNumberHash),
		};
	}

	async function stored(body: WithNumber) {
		const fields = await numberFields(body);
		return { idNumberHash: fields.idNumberHash, row: { ...typed(body), ...fields } };
	}

	/** Runs `write` with the year's review locked, refusing while it is submitted or approved. */
	async function whileEditable<T>(employerId: string, year: number, write: (tx: Db) => Promise<T>) {
		return db.transaction(async (tx) => {
			const review = await repo.lockReview(tx, employerId, year);
			if (review.status === 'submitted' || review.status === 'approved')
				throw new RuleViolationError('review_locked', LOCKED[review.status]);
			return write(tx);
		});
	}

	async function list(user: AuthUser, year: number): Promise<Roster> {
		const employer = await own(user);
		const [rows, review, check] = await Promise.all([
			levyRepo.disabledEmployees(db, employer.id, year),
			repo.review(db, employer.id, year),
			checkContext(levy, year),
		]);
		return {
			year,
			employerName: employer.name,
			review: reviewState(year, review),
			items: rows.map((e) => employeeView(e, cipher, check)),
		};
	}

	async function view(id: string): Promise<DisabledEmployee> {
		const row = (await repo.employee(db, id))!;
		return employeeView(row, cipher, await checkContext(levy, row.year));
	}

	return {
		list,
		async get(user: AuthUser, id: string) {
			await ownRow(user, id);
			return view(id);
		},

		async create(user: AuthUser, year: number, body: DisabledEmployeeBody, meta: AuditMeta) {
			const employer = await approved(user);
			const { idNumberHash, row } = await stored({
				...body,
				certificateNumber: body.certificateNumber ?? '',
			});
			const id = await whileEditable(employer.id, year, async (tx) => {
				const rows = await levyRepo.disabledEmployees(tx, employer.id, year);
				const same = rows.find((r) => r.idNumberHash === idNumberHash);
				if (same)
					throw new ConflictError(
						'employee_exists',
						`这个人（${same.displayName}）已经在 ${year} 年的名单里了。要改内容，请在名单里点“修改”。`,
						[{ pointer: '#/certificateNumber', detail: '这个证号的人已经在名单里了。' }],
					);
				const values: NewEmployerDisabledEmployee = { ...row, employerId: employer.id, year };
				const { id } = await repo.insertEmployee(tx, values);
				await writeAudit(tx, rosterEntry(user, 'roster.add', id, employer.id, year, meta));
				return id;
			});
			return view(id);
		},

		async update(user: AuthUser, id: string, body: UpdateDisabledEmployeeBody, meta: AuditMeta) {
			await approved(user);
			const current = await ownRow(user, id);
			const number = body.certificateNumber;
			if (!number && body.certificateKind !== current.certificateKind)
				throw new FieldsInvalidError([
					{ pointer: '#/certificateNumber', detail: '换了证件类型，请重新填写证号。' },
				]);
			const { idNumberHash, row } = number
				? await stored({ ...body, certificateNumber: number })
				: {
						idNumberHash: current.idNumberHash,
						row: { ...typed(body), level: body.level ?? current.level },
					};
			await whileEditable(current.employerId, current.year, async (tx) => {
				const rows = await levyRepo.disabledEmployees(tx, current.employerId, current.year);
				if (rows.some((r) => r.id !== id && r.idNumberHash === idNumberHash))
					throw new ConflictError(
						'employee_exists',
						'这个证号的人已经在这一年的名单里了，不能重复。',
						[{ pointer: '#/certificateNumber', detail: '这个证号的人已经在名单里了。' }],
					);
				await repo.updateEmployee(tx, id, row);
				const entry = rosterEntry(
					user,
					'roster.update',
					id,
					current.employerId,
					current.year,
					meta,
				);
				await writeAudit(tx, { ...entry, detail: { ...entry.detail, newNumber: !!number } });
			});
			return view(id);
		},

		async remove(user: AuthUser, id: string, meta: AuditMeta) {
			const row = await ownRow(user, id);
			await whileEditable(row.employerId, row.year, async (tx) => {
				await repo.deleteEmployee(tx, id);
				await writeAudit(
					tx,
					rosterEntry(user, 'roster.remove', id, row.employerId, row.year, meta),
				);
			});
		},

		/** Submitting again while it waits is the same submission (idempotent). */
		async submit(user: AuthUser, year: number, meta: AuditMeta): Promise<Roster> {
			const employer = await own(user);
			await db.transaction(async (tx) => {
				const review = await repo.lockReview(tx, employer.id, year);
				if (review.status === 'submitted') return;
				if (review.status === 'approved')
					throw new RuleViolationError('review_approved', LOCKED.approved);
				const rows = await levyRepo.disabledEmployees(tx, employer.id, year);
				if (rows.length === 0)
					throw new RuleViolationError(
						'roster_empty',
						`${year} 年的名单里还没有人。请先添加残疾职工，再提交年审。`,
					);
				await repo.setReview(tx, employer.id, year, {
					status: 'submitted',
					submittedAt: now(),
					submittedByUserId: user.id,
					returnReason: '',
				});
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'annual_review.submit',
					entity: 'annual_review',
					entityId: `${employer.id}/${year}`,
					detail: { employees: rows.length },
					...meta,
				});
			});
			return list(user, year);
		},
	};
}
