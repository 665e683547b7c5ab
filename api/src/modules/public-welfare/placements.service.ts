import {
	addYears,
	placementTerm,
	publicWelfareRulesOf,
	validateIdNumber,
	type Placement,
	type PlacementData,
	type PlacementEndInput,
	type PlacementList,
	type PlacementListQuery,
	type PlacementTermAnswer,
	type PublicWelfareRules,
	type SubsidyInput,
} from '@ronghe/contracts';
import type { Db, FieldCipher } from '@ronghe/db';
import {
	ConflictError,
	FieldsInvalidError,
	NotFoundError,
	RuleViolationError,
} from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { appendEmployment } from '../employment/employment.repository.js';
import { localDay } from '../postings/postings-filter.sql.js';
import { scopeOf } from '../profile/profile.service.js';
import { placementCandidates } from './candidates.repository.js';
import { toPlacement } from './placements.present.js';
import { createPlacementsRepository, type PlacementsRepository } from './placements.repository.js';

type Deps = { db: Db; cipher: FieldCipher; repo?: PlacementsRepository; now?: () => Date };
export type PlacementsService = ReturnType<typeof createPlacementsService>;

const DAY_MS = 86_400_000;

/**
 * 公益性岗位 placements (issue 15 §4, docs/public-welfare.md): the term rules, the count per
 * holder, the monthly subsidy ledger and the list of terms ending soon. Township staff act only
 * for their own township's people.
 */
export function createPlacementsService({
	db,
	cipher,
	repo = createPlacementsRepository(),
	now = () => new Date(),
}: Deps) {
	async function rules(): Promise<PublicWelfareRules> {
		// a stored field that is missing or out of range keeps its default
		return publicWelfareRulesOf(await repo.rules(db));
	}

	/** The holder's birth date and sex: the person's, or the relative's from their ID number. */
	async function holder(tx: Db, actor: AuthUser, personId: string, familyMemberId: string | null) {
		const person = await repo.lockPerson(tx, personId);
		const scope = scopeOf(actor);
		if (!person || (scope && person.townshipCode !== scope))
			throw new NotFoundError('person', personId);
		if (!familyMemberId) return { person, birthDate: person.birthDate, sex: person.sex };
		const member = await repo.familyMember(tx, personId, familyMemberId);
		if (!member) throw new NotFoundError('familyMember', familyMemberId);
		const id = validateIdNumber(cipher.decrypt(member.idNumberEnc));
		if (!id.parsed)
			throw new RuleViolationError(
				'family_id_unreadable',
				'这位家庭成员的身份证号读不出出生日期，请先核对。',
			);
		return { person, birthDate: id.parsed.birthDate, sex: id.parsed.sex };
	}

	async function termFor(
		tx: Db,
		r: PublicWelfareRules,
		actor: AuthUser,
		personId: string,
		memberId: string | null,
		start: string,
	) {
		const h = await holder(tx, actor, personId, memberId);
		const history = await repo.history(tx, personId, memberId);
		const term = placementTerm(
			{ start, firstApproved: history[0]?.startDate ?? start, birthDate: h.birthDate, sex: h.sex },
			r,
		);
		return { r, h, history, term };
	}

	async function page(q: PlacementListQuery, actor: AuthUser): Promise<PlacementList> {
		const today = localDay(now());
		// terms ending within the alert window show under 快到期
		const until = new Date(Date.parse(today) + (await rules()).alertDays * DAY_MS)
			.toISOString()
			.slice(0, 10);
		const scope = scopeOf(actor);
		const { rows, total } = await repo.list(
			db,
			{ view: q.view, offset: (q.page - 1) * q.pageSize, limit: q.pageSize },
			today,
			until,
			scope,
		);
		const months = await repo.subsidies(
			db,
			rows.map((r) => r.p.id),
		);
		return {
			items: rows.map((r) =>
				toPlacement(
					r,
					months.filter((m) => m.placementId === r.p.id),
					today,
				),
			),
			total,
			page: q.page,
			pageSize: q.pageSize,
			counts: await repo.counts(db, today, until, scope),
		};
	}

	async function one(actor: AuthUser, id: string): Promise<Placement> {
		const r = await repo.one(db, id);
		const scope = scopeOf(actor);
		if (!r || (scope && r.p.townshipCode !== scope)) throw new NotFoundError('placement', id);
		return toPlacement(r, await repo.subsidies(db, [id]), localDay(now()));
	}

	return {
		list: page,
		get: one,

		async term(
			actor: AuthUser,
			q: { personId: string; familyMemberId?: string; start: string },
		): Promise<PlacementTermAnswer> {
			const { r, history, term } = await termFor(
				db,
				await rules(),
				actor,
				q.personId,
				q.familyMemberId ?? null,
				q.start,
			);
			return { ...term, placementNumber: history.length + 1, maxPlacements: r.maxPlacements };
		},

		async create(actor: AuthUser, data: PlacementData, meta: AuditMeta): Promise<Placement> {
			// read before the transaction: an embedded database has one connection
			const settings = await rules();
			const missing = await repo.missingLinks(db, data.employerId, data.postingId);
			if (missing.length)
				throw new FieldsInvalidError(
					missing.map((pointer) => ({ pointer, detail: '没有找到这一项，请从列表里选，或留空。' })),
				);
			const id = await db.transaction(async (tx) => {
				const { r, h, history, term } = await termFor(
					tx,
					settings,
					actor,
					data.personId,
					data.familyMemberId,
					data.startDate,
				);
				if (history.length >= r.maxPlacements)
					throw new RuleViolationError(
						'placement_limit',
						`按规定一个人最多安置 ${r.maxPlacements} 次公益性岗位，这个人已经安置过 ${history.length} 次。`,
					);
				if (data.startDate >= term.retirement)
					throw new RuleViolationError(
						'past_retirement',
						`这个人在 ${term.retirement} 已到法定退休年龄，不能再安置公益性岗位。`,
					);
				if (history.some((p) => !p.endedOn && p.endDate >= data.startDate))
					throw new ConflictError('placement_open', '这个人还有一个没有结束的公益性岗位安置。');
				if (data.endDate > term.latestEnd)
					throw new FieldsInvalidError([
						{
							pointer: '#/endDate',
							detail: term.toRetirement
								? `这个人快到退休年龄，期满日期最晚为 ${term.latestEnd}（退休的日子）。`
								: `公益性岗位一次最长 ${r.maxYears} 年，期满日期最晚为 ${term.latestEnd}。`,
						},
					]);
				const p = await repo.insert(tx, {
					...data,
					townshipCode: h.person.townshipCode,
					toRetirement: term.toRetirement && data.endDate > addYears(data.startDate, r.maxYears),
					placementNumber: history.length + 1,
					createdByUserId: actor.id,
				});
				// the disabled person's own placement is a record of their employment history
				if (!data.familyMemberId)
					await appendEmployment(tx, {
						personId: data.personId,
						status: 'employed',
						form: 'public_welfare',
						employerId: data.employerId,
						employerName: data.employerName,
						startedOn: data.startDate,
						contract: data.kind === 'urban' ? 'labour' : 'service',
						source: 'staff',
						recordedByUserId: actor.id,
					});
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'public_welfare.place',
					entity: 'person',
					entityId: data.personId,
					detail: { placementId: p.id, familyMemberId: data.familyMemberId, endDate: p.endDate },
					...meta,
				});
				return p.id;
			});
			return one(actor, id);
		},

		async subsidy(
			actor: AuthUser,
			id: string,
			month: string,
			input: SubsidyInput,
			meta: AuditMeta,
		) {
			const p = await one(actor, id);
			const first = `${month}-01`;
			if (
				first < `${p.startDate.slice(0, 7)}-01` ||
				first > `${(p.endedOn ?? p.endDate).slice(0, 7)}-01`
			)
				throw new RuleViolationError(
					'month_outside_term',
					`${month} 不在这个安置的期限里（${p.startDate} 到 ${p.endedOn ?? p.endDate}）。`,
				);
			await db.transaction(async (tx) => {
				await repo.setSubsidy(tx, {
					placementId: id,
					month: first,
					...input,
					recordedByUserId: actor.id,
				});
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'public_welfare.subsidy',
					entity: 'person',
					entityId: p.personId,
					detail: { placementId: id, month, ...input },
					...meta,
				});
			});
			return one(actor, id);
		},

		async end(actor: AuthUser, id: string, input: PlacementEndInput, meta: AuditMeta) {
			const p = await one(actor, id);
			if (p.endedOn)
				throw new ConflictError('placement_ended', `这个安置已经在 ${p.endedOn} 结束了。`);
			if (input.endedOn < p.startDate)
				throw new FieldsInvalidError([
					{ pointer: '#/endedOn', detail: '离岗日期不能早于上岗日期。' },
				]);
			await db.transaction(async (tx) => {
				await repo.end(tx, id, input.endedOn, input.reason);
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'public_welfare.end',
					entity: 'person',
					entityId: p.personId,
					detail: { placementId: id, endedOn: input.endedOn },
					...meta,
				});
			});
			return one(actor, id);
		},

		async candidates(actor: AuthUser, q: { township?: string; page: number; pageSize: number }) {
			const scope = scopeOf(actor);
			const today = localDay(now());
			// people past the usual retirement age (60) are left out; the term check is exact
			const bornAfter = addYears(today, -60);
			return {
				...(await placementCandidates(db, {
					township: scope ?? q.township,
					offset: (q.page - 1) * q.pageSize,
					limit: q.pageSize,
					bornAfter,
				})),
				page: q.page,
				pageSize: q.pageSize,
			};
		},
	};
}
