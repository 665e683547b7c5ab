import { createHash } from 'node:crypto';
import type { Import, ImportList, PageQuery } from '@ronghe/contracts';
import { maskIdentifier, type Db, type FieldCipher } from '@ronghe/db';
import type { Import as ImportRow, NewPerson } from '@ronghe/db/schema';
import { safeErrorMessage } from '@ronghe/search';
import { BadRequestError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { PeopleRepository } from '../people/people.repository.js';
import { changesEmployment, recordImportedEmployment } from './import-employment.js';
import { summary } from './import-summary.js';
import type { ComparablePerson, ImportsRepository } from './imports.repository.js';
import {
	checkUpload,
	DEFAULT_IMPORT_LIMITS,
	readUpload,
	refusal,
	tooManyRows,
	type ImportLimits,
} from './read-upload.js';
import { createRegistryExport } from './registry-export.js';
import { checkRosterRow, readRosterSheet, type RosterRecord } from './roster.js';
import { errorsWorkbook, rosterTemplate } from './workbook.js';

type Deps = {
	db: Db;
	importsRepo: ImportsRepository;
	peopleRepo: PeopleRepository;
	cipher: FieldCipher;
	now: () => Date;
	batchSize?: number;
	exportBatchSize?: number;
	limits?: Partial<ImportLimits>;
};
export type ImportsService = ReturnType<typeof createImportsService>;
type Counts = { created: number; updated: number; unchanged: number };

const LONG_FORM = 'certificate_long_form';
const INTERRUPTED = '导入没有做完就中断了（服务重启）。请重新上传这个文件，已经导入的行不会重复。';
const FAILED = '导入时出错，没有做完。请稍后重新上传；已经导入的行不会重复。';

export function createImportsService({
	db,
	importsRepo,
	peopleRepo,
	cipher,
	now,
	batchSize = 500,
	exportBatchSize = 1000,
	limits: limitsIn = {},
}: Deps) {
	const limits = { ...DEFAULT_IMPORT_LIMITS, ...limitsIn };
	const running = new Set<Promise<void>>();

	/** Only the fields whose value differs; a blank roster cell never erases what is stored. */
	function changes(p: ComparablePerson, r: RosterRecord): Partial<NewPerson> {
		const c: Partial<NewPerson> = {};
		if (p.fullName !== r.fullName) c.fullName = r.fullName;
		if (!p.certificateNumberEnc || cipher.decrypt(p.certificateNumberEnc) !== r.certificateNumber)
			c.certificateNumberEnc = cipher.encrypt(r.certificateNumber);
		if (p.category !== r.category) c.category = r.category;
		if (p.level !== r.level) c.level = r.level;
		if (p.townshipCode !== r.townshipCode) c.townshipCode = r.townshipCode;
		if (p.householdType !== r.householdType) c.householdType = r.householdType;
		if (p.employmentStatus !== r.employmentStatus) c.employmentStatus = r.employmentStatus;
		const optional = ['certificateValidUntil', 'village', 'education', 'phone'] as const;
		for (const k of optional) if (r[k] !== null && p[k] !== r[k]) c[k] = r[k];
		const form = r.employmentStatus === 'employed' ? (r.employmentForm ?? p.employmentForm) : null;
		if (p.employmentForm !== form) c.employmentForm = form;
		const reason =
			r.employmentStatus === 'unemployed' ? (r.unemployedReason ?? p.unemployedReason) : null;
		if (p.unemployedReason !== reason) c.unemployedReason = reason;
		if (p.reviewFlags.includes(LONG_FORM) !== r.certificateLongForm)
			c.reviewFlags = r.certificateLongForm
				? [...p.reviewFlags, LONG_FORM]
				: p.reviewFlags.filter((f) => f !== LONG_FORM);
		return c;
	}

	// The federation's roster rests on its statutory duty (PIPL art. 13(三)), not on consent:
	// imported people get no consent rows; they give their own consent when they first sign in.
	function newPerson(r: RosterRecord, idNumberHash: string): NewPerson {
		return {
			fullName: r.fullName,
			sex: r.sex,
			birthDate: r.birthDate,
			idNumberEnc: cipher.encrypt(r.idNumber),
			idNumberHash,
			idNumberMasked: maskIdentifier(r.idNumber),
			certificateNumberEnc: cipher.encrypt(r.certificateNumber),
			certificateValidUntil: r.certificateValidUntil,
			category: r.category,
			level: r.level,
			townshipCode: r.townshipCode,
			village: r.village ?? '',
			education: r.education ?? '',
			phone: r.phone ?? '',
			householdType: r.householdType,
			employmentStatus: r.employmentStatus,
			employmentForm: r.employmentStatus === 'employed' ? r.employmentForm : null,
			unemployedReason: r.employmentStatus === 'unemployed' ? r.unemployedReason : null,
			reviewFlags: r.certificateLongForm ? [LONG_FORM] : [],
			source: 'import',
		};
	}

	/** One batch in one transaction: insert the new, update the changed, leave the rest alone. */
	async function writeBatch(records: RosterRecord[], userId: string): Promise<Counts> {
		const hashed = records.map((r) => ({ r, hash: cipher.hash(r.idNumber) }));
		return db.transaction(async (tx) => {
			const existing = new Map(
				(
					await importsRepo.peopleByHash(
						tx,
						hashed.map((h) => h.hash),
					)
				).map((p) => [p.idNumberHash, p]),
			);
			const counts = { created: 0, updated: 0, unchanged: 0 };
			const fresh: NewPerson[] = [];
			const history: Parameters<typeof recordImportedEmployment>[1] = [];
			for (const { r, hash } of hashed) {
				const person = existing.get(hash);
				if (!person) fresh.push(newPerson(r, hash));
				else {
					const c = changes(person, r);
					if (Object.keys(c).length === 0) counts.unchanged += 1;
					else {
						await importsRepo.updatePerson(tx, person.id, c);
						if (changesEmployment(c))
							history.push({ personId: person.id, situation: { ...person, ...c } });
						counts.updated += 1;
					}
				}
			}
			const inserted = await importsRepo.insertPeople(tx, fresh);
			const byHash = new Map(fresh.map((p) => [p.idNumberHash, p]));
			for (const p of inserted)
				history.push({ personId: p.id, situation: byHash.get(p.idNumberHash)! });
			await recordImportedEmployment(tx, history, userId);
			counts.created += inserted.length;
			// registered by staff between the look-up and the insert: already in the registry
			counts.unchanged += fresh.length - inserted.length;
			return counts;
		});
	}

	async function run(id: string, data: Buffer, user: AuthUser, meta: AuditMeta) {
		await importsRepo.progress(db, id, { status: 'running' });
		const read = await readUpload(data, limits);
		if (!read.ok) return fail(id, refusal(read.code, limits, read.rows));
		const sheet = readRosterSheet(read.rows);
		if (!sheet.ok) return fail(id, sheet.error.message, [sheet.error]);
		if (sheet.rows.length > limits.maxRows)
			return fail(id, tooManyRows(sheet.rows.length, limits.maxRows));

		const townships = new Map<string, string>();
		for (const t of await importsRepo.townships(db)) {
			townships.set(t.code, t.code);
			townships.set(t.name, t.code);
		}
		const ctx = { townships, seen: new Map<string, number>(), today: now() };
		const errors: ImportRow['errors'] = [];
		let omitted = 0;
		const totals = { created: 0, updated: 0, unchanged: 0, bad: 0, processed: 0 };
		await importsRepo.progress(db, id, { totalRows: sheet.rows.length });
		for (let i = 0; i < sheet.rows.length; i += batchSize) {
			const records: RosterRecord[] = [];
			for (const row of sheet.rows.slice(i, i + batchSize)) {
				const checked = checkRosterRow(row, ctx);
				if (checked.record) records.push(checked.record);
				else totals.bad += 1;
				// the first problems are kept to fix and re-upload; a file of bad rows must not
				// make one database row of millions of messages
				for (const e of checked.errors)
					if (errors.length < limits.maxErrors) errors.push(e);
					else omitted += 1;
			}
			const counts = await writeBatch(records, user.id);
			totals.created += counts.created;
			totals.updated += counts.updated;
			totals.unchanged += counts.unchanged;
			totals.processed = Math.min(sheet.rows.length, i + batchSize);
			await importsRepo.progress(db, id, {
				processedRows: totals.processed,
				createdRows: totals.created,
				updatedRows: totals.updated,
				unchangedRows: totals.unchanged,
				badRows: totals.bad,
			});
		}
		if (omitted)
			errors.push({
				row: 0,
				column: '',
				message: `另有 ${omitted} 个问题没有列出（最多列出 ${limits.maxErrors} 个）。请先改好上面这些行，重新上传后会列出其余的问题。`,
			});
		await db.transaction(async (tx) => {
			await importsRepo.progress(tx, id, { status: 'done', errors, finishedAt: now() });
			await writeAudit(tx, {
				actorUserId: user.id,
				action: 'people.import',
				entity: 'import',
				entityId: id,
				detail: { total: sheet.rows.length, ...totals },
				...meta,
			});
		});
	}

	async function fail(id: string, failureMessage: string, errors: ImportRow['errors'] = []) {
		await importsRepo.progress(db, id, {
			status: 'failed',
			failureMessage,
			errors,
			finishedAt: now(),
		});
	}

	async function load(id: string) {
		const row = await importsRepo.find(db, id);
		if (!row) throw new NotFoundError('import', id);
		return row;
	}

	return {
		/**
		 * Records the upload and imports it in the background. The same file uploaded again while
		 * its first import is still going gives back that import instead of starting another.
		 */
		async start(user: AuthUser, file: { fileName: string; data: Buffer }, meta: AuditMeta) {
			const zip = file.data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
			if (!/\.xlsx$/i.test(file.fileName) || !zip)
				throw new BadRequestError(
					'not_xlsx',
					'只能导入 Excel 的 .xlsx 文件。如果是 .xls 或 .csv 文件，请先用 Excel 或 WPS 另存为 .xlsx。',
				);
			checkUpload(file.data, limits);
			const fileSha256 = createHash('sha256').update(file.data).digest('hex');
			// looked up and recorded under a lock: two uploads of one file at the same moment (a
			// double click, a retried request) give one import
			const { row, started } = await db.transaction(async (tx) => {
				await importsRepo.lockFile(tx, fileSha256);
				const active = await importsRepo.findActiveBySha(tx, fileSha256);
				if (active) return { row: active, started: false };
				const created = await importsRepo.create(tx, {
					fileName: file.fileName.slice(0, 200),
					fileSha256,
					createdByUserId: user.id,
				});
				return { row: created, started: true };
			});
			if (!started) return summary(row);
			const job = run(row.id, file.data, user, meta)
				.catch(async (err: unknown) => {
					console.error(`roster import ${row.id} failed:`, safeErrorMessage(err as Error));
					await fail(row.id, FAILED).catch(() => {});
				})
				.finally(() => running.delete(job));
			running.add(job);
			return summary(row);
		},
		async get(id: string): Promise<Import> {
			const row = await load(id);
			return { ...summary(row), errors: row.errors };
		},
		async list(q: PageQuery): Promise<ImportList> {
			const [rows, total] = await Promise.all([
				importsRepo.list(db, q.pageSize, (q.page - 1) * q.pageSize),
				importsRepo.count(db),
			]);
			return { items: rows.map(summary), total, page: q.page, pageSize: q.pageSize };
		},
		template: rosterTemplate,
		async errorsFile(id: string) {
			const row = await load(id);
			return errorsWorkbook(row.errors);
		},
		/** On start-up: an import left queued or running by a stopped process will never finish. */
		async failInterrupted() {
			return (await importsRepo.failUnfinished(db, INTERRUPTED)).length;
		},
		/** Resolves when every background import of this process has finished. */
		async idle() {
			while (running.size) await Promise.allSettled([...running]);
		},

		export: createRegistryExport({ db, peopleRepo, cipher, now, batchSize: exportBatchSize }),
	};
}
