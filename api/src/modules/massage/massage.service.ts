import {
	CLINIC_KIND_LABELS,
	clinicShortfalls,
	MASSAGE_TITLE_LABELS,
	massageRulesOf,
	practitionerShortfalls,
	type Clinic,
	type ClinicData,
	type MassageRules,
	type Practitioner,
	type PractitionerData,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { FieldsInvalidError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { localDay } from '../postings/postings-filter.sql.js';
import { createMassageRepository, type MassageRepository } from './massage.repository.js';

type Deps = { db: Db; repo?: MassageRepository; now?: () => Date };
export type MassageService = ReturnType<typeof createMassageService>;
type Page = { page: number; pageSize: number };

/**
 * Blind massage practitioners and clinics (issue 15 §5, docs/massage.md): the records, and what
 * each still lacks against the rules (`clinicShortfalls`, `practitionerShortfalls`).
 */
export function createMassageService({
	db,
	repo = createMassageRepository(),
	now = () => new Date(),
}: Deps) {
	// a stored field that is missing or out of range keeps its default
	const rules = async (): Promise<MassageRules> => massageRulesOf(await repo.rules(db));

	async function practitionersOf(
		rows: Awaited<ReturnType<MassageRepository['practitioners']>>['rows'],
	): Promise<Practitioner[]> {
		const r = await rules();
		const year = Number(localDay(now()).slice(0, 4));
		const hours = await repo.hours(
			db,
			rows.map((x) => x.m.id),
		);
		return rows.map(({ m, personName, townshipName, clinicName, certified }) => {
			const mine = hours.filter((h) => h.practitionerId === m.id);
			return {
				id: m.id,
				personId: m.personId,
				personName,
				townshipName,
				qualification: m.qualification,
				examYear: m.examYear,
				practiceSince: m.practiceSince,
				title: m.title,
				titleLabel: MASSAGE_TITLE_LABELS[m.title],
				registeredClinicId: m.registeredClinicId,
				registeredClinicName: clinicName,
				registeredOn: m.registeredOn,
				certified: Boolean(certified),
				hours: mine.map((h) => ({ year: h.year, hours: h.hours })),
				shortfalls: practitionerShortfalls(
					{
						qualification: m.qualification,
						certified: Boolean(certified),
						registeredClinicId: m.registeredClinicId,
						hoursThisYear: mine.find((h) => h.year === year)?.hours ?? 0,
					},
					r,
				),
			};
		});
	}

	async function clinicsOf(
		rows: Awaited<ReturnType<MassageRepository['clinics']>>['rows'],
	): Promise<Clinic[]> {
		const r = await rules();
		const today = localDay(now());
		const staff = await repo.practitionersAt(
			db,
			rows.map((x) => x.c.id),
		);
		const operators = new Map<string, boolean>();
		for (const { c } of rows)
			if (c.operatorPersonId)
				operators.set(c.operatorPersonId, await repo.isMedicalPractitioner(db, c.operatorPersonId));
		return rows.map(({ c, employerName, townshipName, operatorName }) => {
			const here = staff.filter((s) => s.clinicId === c.id);
			// 第六条 counts the medical practitioners; a 保健 institution counts everyone filed there
			const counted =
				c.kind === 'medical' ? here.filter((s) => s.qualification === 'medical') : here;
			return {
				id: c.id,
				name: c.name,
				kind: c.kind,
				kindLabel: CLINIC_KIND_LABELS[c.kind],
				employerId: c.employerId,
				employerName,
				townshipCode: c.townshipCode,
				townshipName,
				operatorPersonId: c.operatorPersonId,
				operatorName,
				areaM2: c.areaM2,
				beds: c.beds,
				sterilisation: c.sterilisation,
				licenceNumber: c.licenceNumber,
				practitioners: here.map((s) => ({
					id: s.id,
					name: s.name,
					practiceSince: s.practiceSince,
				})),
				shortfalls: clinicShortfalls(
					{
						kind: c.kind,
						areaM2: c.areaM2,
						beds: c.beds,
						sterilisation: c.sterilisation,
						operatorQualified: c.operatorPersonId
							? (operators.get(c.operatorPersonId) ?? false)
							: false,
						practiceSince: counted.map((s) => s.practiceSince),
					},
					today,
					r,
				),
			};
		});
	}

	const audit = (
		actor: AuthUser,
		meta: AuditMeta,
		action: 'massage.practitioner' | 'massage.clinic',
		entityId: string,
		detail: Record<string, unknown>,
	) =>
		writeAudit(db, {
			actorUserId: actor.id,
			action,
			entity: action === 'massage.practitioner' ? 'person' : 'massage_clinic',
			entityId,
			detail,
			...meta,
		});

	return {
		async practitioners(q: Page) {
			const { rows, total } = await repo.practitioners(db, {
				offset: (q.page - 1) * q.pageSize,
				limit: q.pageSize,
			});
			return { items: await practitionersOf(rows), total, page: q.page, pageSize: q.pageSize };
		},

		async practitioner(id: string): Promise<Practitioner> {
			const row = await repo.practitioner(db, id);
			if (!row) throw new NotFoundError('practitioner', id);
			return (await practitionersOf([row]))[0]!;
		},

		async savePractitioner(
			actor: AuthUser,
			data: PractitionerData,
			meta: AuditMeta,
		): Promise<Practitioner> {
			const errors: { pointer: string; detail: string }[] = [];
			if (!(await repo.personExists(db, data.personId)))
				errors.push({ pointer: '#/personId', detail: '没有找到这位残疾人，请从名单里选。' });
			if (data.registeredClinicId && !(await repo.clinicExists(db, data.registeredClinicId)))
				errors.push({ pointer: '#/registeredClinicId', detail: '请从列表里选择备案的按摩所。' });
			if (data.registeredClinicId && !data.registeredOn)
				errors.push({ pointer: '#/registeredOn', detail: '执业备案了的，请填写备案日期。' });
			if (errors.length) throw new FieldsInvalidError(errors);
			const m = await repo.upsertPractitioner(db, data);
			await audit(actor, meta, 'massage.practitioner', data.personId, { practitionerId: m.id });
			return (await practitionersOf([(await repo.practitioner(db, m.id))!]))[0]!;
		},

		async setHours(actor: AuthUser, id: string, year: number, hours: number, meta: AuditMeta) {
			const p = await repo.practitioner(db, id);
			if (!p) throw new NotFoundError('practitioner', id);
			await repo.setHours(db, id, year, hours);
			await audit(actor, meta, 'massage.practitioner', p.m.personId, {
				practitionerId: id,
				year,
				hours,
			});
			return (await practitionersOf([(await repo.practitioner(db, id))!]))[0]!;
		},

		async clinics(q: Page) {
			const { rows, total } = await repo.clinics(db, {
				offset: (q.page - 1) * q.pageSize,
				limit: q.pageSize,
			});
			return { items: await clinicsOf(rows), total, page: q.page, pageSize: q.pageSize };
		},

		async clinic(id: string): Promise<Clinic> {
			const row = await repo.clinic(db, id);
			if (!row) throw new NotFoundError('clinic', id);
			return (await clinicsOf([row]))[0]!;
		},

		async saveClinic(actor: AuthUser, id: string | null, data: ClinicData, meta: AuditMeta) {
			if (!(await repo.townshipExists(db, data.townshipCode)))
				throw new FieldsInvalidError([
					{ pointer: '#/townshipCode', detail: '请从列表里选择乡镇。' },
				]);
			if (id && !(await repo.clinic(db, id))) throw new NotFoundError('clinic', id);
			const c = id ? (await repo.updateClinic(db, id, data))! : await repo.insertClinic(db, data);
			await audit(actor, meta, 'massage.clinic', c.id, {
				name: c.name,
				areaM2: c.areaM2,
				beds: c.beds,
			});
			return this.clinic(c.id);
		},
	};
}
