/** The registry as .xlsx: audited before the first byte, streamed, read by keyset pages. */
import { PassThrough } from 'node:stream';
import {
	CATEGORY_LABELS,
	COUNTY_STAFF,
	EMPLOYMENT_FORM_LABELS,
	EMPLOYMENT_STATUS_LABELS,
	HOUSEHOLD_TYPE_LABELS,
	inGroup,
	LEVEL_LABELS,
	UNEMPLOYED_REASONS,
	validateIdNumber,
	type PeopleExportQuery,
} from '@ronghe/contracts';
import { maskCertificate, maskIdentifier, maskPhone, type Db, type FieldCipher } from '@ronghe/db';
import type { Person } from '@ronghe/db/schema';
import { safeErrorMessage } from '@ronghe/search';
import { ForbiddenError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { PeopleRepository, PersonCursor, PersonFilter } from '../people/people.repository.js';
import { personFilter } from '../people/people.service.js';
import { writeRegistryWorkbook, type ExportRow } from './workbook.js';

type Deps = {
	db: Db;
	peopleRepo: PeopleRepository;
	cipher: FieldCipher;
	now: () => Date;
	batchSize: number;
};

export function createRegistryExport({
	db,
	peopleRepo,
	cipher,
	now,
	batchSize: exportBatchSize,
}: Deps) {
	async function* exportRows(
		filter: PersonFilter,
		sort: PeopleExportQuery['sort'],
		unmasked: boolean,
	): AsyncIterable<ExportRow> {
		let after: PersonCursor | undefined;
		for (;;) {
			const batch = await peopleRepo.listAfter(db, filter, sort, after, exportBatchSize);
			for (const { person, townshipName } of batch) yield exportRow(person, townshipName, unmasked);
			if (batch.length < exportBatchSize) return;
			after = batch.at(-1)!.cursor;
		}
	}

	function exportRow(p: Person, townshipName: string, unmasked: boolean): ExportRow {
		const cert = p.certificateNumberEnc ? cipher.decrypt(p.certificateNumberEnc) : '';
		return {
			姓名: p.fullName,
			身份证号: unmasked ? cipher.decrypt(p.idNumberEnc) : p.idNumberMasked,
			残疾人证号: unmasked ? cert : cert && maskCertificate(cert),
			证件有效期至: p.certificateValidUntil ?? '',
			乡镇: townshipName,
			'村（社区）': p.village,
			户口类型: HOUSEHOLD_TYPE_LABELS[p.householdType],
			文化程度: p.education,
			联系电话: unmasked ? p.phone : maskPhone(p.phone),
			就业状况: EMPLOYMENT_STATUS_LABELS[p.employmentStatus],
			就业形式: p.employmentForm ? EMPLOYMENT_FORM_LABELS[p.employmentForm] : '',
			未就业原因: p.unemployedReason
				? (UNEMPLOYED_REASONS[p.unemployedReason as keyof typeof UNEMPLOYED_REASONS] ?? '')
				: '',
			性别: p.sex === 'male' ? '男' : '女',
			出生日期: p.birthDate,
			残疾类别: CATEGORY_LABELS[p.category as keyof typeof CATEGORY_LABELS] ?? '',
			残疾等级: LEVEL_LABELS[p.level as keyof typeof LEVEL_LABELS] ?? '',
		};
	}

	/**
	 * The registry as .xlsx, with the list's filters and scope; full numbers only when asked.
	 * The audit row is written before the first byte leaves; the file is streamed as it is
	 * read, page by page in the list's order (keyset, not OFFSET).
	 */
	return async function exportRegistry(user: AuthUser, q: PeopleExportQuery, meta: AuditMeta) {
		if (q.unmasked && !inGroup(user.role, COUNTY_STAFF))
			throw new ForbiddenError('只有县人社局、县残联和系统管理员可以导出完整号码。');
		const filter = personFilter(user, q, cipher);
		const rows = await peopleRepo.count(db, filter);
		await writeAudit(db, {
			actorUserId: user.id,
			action: 'people.export',
			entity: 'person',
			detail: {
				unmasked: q.unmasked,
				rows,
				township: filter.townshipCode ?? null,
				// an export narrowed to one whole ID number is a look-up: its mask, never the number
				...(filter.idNumberHash
					? { idNumberMasked: maskIdentifier(validateIdNumber(q.q!).normalized) }
					: {}),
			},
			...meta,
		});
		const stream = new PassThrough();
		writeRegistryWorkbook(stream, exportRows(filter, q.sort, q.unmasked)).catch((err: unknown) => {
			console.error('registry export failed:', safeErrorMessage(err as Error));
			stream.destroy(err as Error);
		});
		const date = now().toISOString().slice(0, 10);
		return { stream, fileName: `残疾人名单-${date}.xlsx` };
	};
}
