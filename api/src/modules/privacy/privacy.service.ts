import ExcelJS from 'exceljs';
import {
	KEPT_AFTER_DELETION_TEXT,
	type DeletionRequestBody,
	type DeletionResult,
	type MyData,
	type MyDataTable,
} from '@ronghe/contracts';
import { maskCertificate, type Db, type FieldCipher } from '@ronghe/db';
import type { NewAnonymisedPerson, Person } from '@ronghe/db/schema';
import { NotFoundError, RuleViolationError, UnauthenticatedError } from '../../errors.js';
import { writeAudit } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { verifyPassword } from '../auth/password.js';
import {
	createEmploymentRepository,
	type EmploymentRepository,
} from '../employment/employment.repository.js';
import type { PriorityRepository } from '../priority/priority.repository.js';
import type { ProfileRepository } from '../profile/profile.repository.js';
import {
	createTrainingRepository,
	type TrainingRepository,
} from '../training/training.repository.js';
import type { PrivacyRepository } from './privacy.repository.js';
import { myDataTables, viewsTable } from './privacy.tables.js';

type Deps = {
	db: Db;
	privacyRepo: PrivacyRepository;
	profileRepo: ProfileRepository;
	priorityRepo: Pick<PriorityRepository, 'certificates' | 'statuses' | 'family'>;
	cipher: FieldCipher;
	now: () => Date;
	employmentRepo?: Pick<EmploymentRepository, 'history'>;
	trainingRepo?: Pick<TrainingRepository, 'mine'>;
};
export type PrivacyService = ReturnType<typeof createPrivacyService>;

/**
 * The seeker's rights over their own data (PIPL art. 44–47): see and download everything held
 * about them, and delete their account. Deletion happens at once, not as a request staff carry
 * out later: the platform processes job-seeking data on the person's consent alone, so once they
 * leave there is no purpose left (art. 47 (1), (3)). What statistics need stays, anonymised.
 */
export function createPrivacyService({
	db,
	privacyRepo,
	profileRepo,
	priorityRepo,
	cipher,
	now,
	employmentRepo = createEmploymentRepository(),
	trainingRepo = createTrainingRepository(),
}: Deps) {
	function personOf(user: AuthUser): string {
		if (!user.personId) throw new NotFoundError('person');
		return user.personId;
	}

	async function held(user: AuthUser) {
		const personId = personOf(user);
		const person = await profileRepo.find(db, personId);
		if (!person) throw new NotFoundError('person', personId);
		const enc = person.person.certificateNumberEnc;
		const wished = person.person.desiredOccupations;
		const names = await profileRepo.occupationNames(db, wished);
		return {
			person,
			desiredOccupationNames: wished.map((c) => names.get(c) ?? c),
			certificateNumberMasked: enc ? maskCertificate(cipher.decrypt(enc)) : null,
			account: await privacyRepo.account(db, user.id),
			certificates: await priorityRepo.certificates(db, personId),
			employment: await employmentRepo.history(db, personId),
			training: await trainingRepo.mine(db, personId),
			priorities: await priorityRepo.statuses(db, personId),
			family: await priorityRepo.family(db, personId),
			consents: await privacyRepo.consents(db, personId),
			applications: await privacyRepo.applications(db, personId),
			invitations: await privacyRepo.invitations(db, personId),
			savedSearches: await privacyRepo.savedSearches(db, user.id),
			notifications: await privacyRepo.notifications(db, user.id),
			sessions: await privacyRepo.sessions(db, user.id),
			audit: await privacyRepo.auditAbout(db, personId),
			userId: user.id,
		};
	}

	async function myData(user: AuthUser, requestId: string): Promise<MyData> {
		const data = { generatedAt: now().toISOString(), sections: myDataTables(await held(user)) };
		// the download itself is a disclosure of the whole record: it goes in the log too
		await writeAudit(db, {
			actorUserId: user.id,
			action: 'person.data_export',
			entity: 'person',
			entityId: personOf(user),
			requestId,
		});
		return data;
	}

	return {
		myData,

		/** Only the audit entries about the person: reading them is not a download, so not logged. */
		async views(user: AuthUser): Promise<MyDataTable> {
			return viewsTable(await privacyRepo.auditAbout(db, personOf(user)), user.id);
		},

		/** The same tables as the JSON download, one sheet each. */
		async myDataXlsx(user: AuthUser, requestId: string) {
			const data = await myData(user, requestId);
			const workbook = new ExcelJS.Workbook();
			workbook.creator = '融合就业';
			for (const section of data.sections) {
				const ws = workbook.addWorksheet(section.title, {
					views: [{ state: 'frozen', ySplit: 1 }],
				});
				ws.columns = section.columns.map((c) => ({ header: c.label, key: c.key, width: 20 }));
				for (const row of section.rows) ws.addRow(row);
				ws.getRow(1).font = { bold: true };
			}
			const day = data.generatedAt.slice(0, 10);
			return {
				data: Buffer.from(await workbook.xlsx.writeBuffer()),
				fileName: `我的数据-${day}.xlsx`,
			};
		},

		/**
		 * Deletes the account and the person, keeping one anonymous statistical row, in one
		 * transaction. A second request for the same person (a double submit that got past sign-in
		 * before the first finished) finds the person gone and gets the first answer again.
		 */
		async erase(
			{ user, tokenHash }: { user: AuthUser; tokenHash: string },
			body: DeletionRequestBody,
			requestId: string,
		): Promise<DeletionResult> {
			const personId = personOf(user);
			const hash = await privacyRepo.passwordHash(db, user.id);
			if (hash && !(await verifyPassword(hash, body.password))) {
				throw new RuleViolationError('wrong_password', '密码不对，账户没有注销。');
			}
			return db.transaction(async (tx) => {
				const person = await privacyRepo.lockPerson(tx, personId);
				if (!person || !hash) {
					const at = await privacyRepo.erasedAt(tx, { personId });
					if (at) return result(at);
					throw new NotFoundError('person', personId);
				}
				const at = now();
				const removed = await privacyRepo.erase(tx, personId, user.id, residue(person, at));
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'person.erase',
					entity: 'person',
					entityId: personId,
					// counts only: what was removed is gone, and the log must not keep it either
					// the session's token hash (a dead token by then) lets a late retry find its answer
					detail: { deletedAt: at.toISOString(), sessionTokenHash: tokenHash, ...removed },
					requestId,
				});
				return result(at);
			});
		},
		/**
		 * The retry of a deletion whose first call has already ended the session: the same answer,
		 * within a day; otherwise the session is simply gone (401).
		 */
		async erasedBySession(tokenHash: string): Promise<DeletionResult> {
			const since = new Date(now().getTime() - 86_400_000);
			const at = await privacyRepo.erasedAt(db, { tokenHash, since });
			if (!at) throw new UnauthenticatedError('请先登录。');
			return result(at);
		},
	};
}

function result(at: Date): DeletionResult {
	return { deletedAt: at.toISOString(), kept: KEPT_AFTER_DELETION_TEXT };
}

/**
 * What the real-name employment statistics count people by (docs/privacy-impact-assessment.md),
 * and nothing that names, reaches or singles the person out: years, not dates.
 */
function residue(p: Person, at: Date): NewAnonymisedPerson {
	return {
		townshipCode: p.townshipCode,
		sex: p.sex,
		birthYear: Number(p.birthDate.slice(0, 4)),
		category: p.category,
		level: p.level,
		householdType: p.householdType,
		employmentStatus: p.employmentStatus,
		employmentForm: p.employmentForm,
		unemployedReason: p.unemployedReason,
		source: p.source,
		registeredYear: p.createdAt.getUTCFullYear(),
		deletedYear: at.getUTCFullYear(),
	};
}
