import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import {
	EMPLOYMENT_CONTRACT_LABELS,
	EMPLOYMENT_FORM_LABELS,
	EMPLOYMENT_FORM_STATISTICS_CODES,
	EMPLOYMENT_SHEET_COLUMNS,
	EMPLOYMENT_SOURCE_LABELS,
	INCOME_SOURCES,
	TRAINING_LENGTH_LABELS,
	TRAINING_LENGTH_STATISTICS_CODES,
	TRAINING_SHEET_COLUMNS,
	UNEMPLOYED_REASONS,
	type EmploymentForm,
	type RealNameExportQuery,
	type TrainingLength,
} from '@ronghe/contracts';
import { maskCertificate, rowsOf, type Db, type FieldCipher } from '@ronghe/db';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';

type Deps = { db: Db; cipher: FieldCipher };
export type RealNameService = ReturnType<typeof createRealNameService>;

type EmploymentRow = {
	full_name: string;
	certificate_number_enc: string | null;
	township: string;
	status: 'employed' | 'unemployed';
	form: EmploymentForm | null;
	contract: keyof typeof EMPLOYMENT_CONTRACT_LABELS | null;
	started_on: string | null;
	employer_name: string | null;
	source: keyof typeof EMPLOYMENT_SOURCE_LABELS | null;
	social_insurance: boolean | null;
	unemployed_reason: number | null;
	income_source: number | null;
};
type TrainingRow = {
	full_name: string;
	certificate_number_enc: string | null;
	length_class: TrainingLength;
	title: string;
	occupation: string | null;
	provider: string;
	status: 'completed' | 'not_completed';
};

const coded = (code: number | null, labels: Record<number, string>) =>
	code === null ? '' : `${code} ${labels[code] ?? ''}`.trim();

/**
 * The year's employment and training records for the federation's real-name statistics
 * (issue 15 §8, docs/real-name-statistics.md): two sheets in the statistics' column order, and a
 * third listing every row whose codes do not pass the code lists, so staff fix them first.
 */
export function createRealNameService({ db, cipher }: Deps) {
	async function employment(end: string) {
		// working age at the year's end as the statistics count it: men 16–59, women 16–54
		return rowsOf<EmploymentRow>(
			await db.execute(sql`
				select p.full_name, p.certificate_number_enc, t.name as township,
					coalesce(r.status, p.employment_status) as status,
					case when r.id is null then p.employment_form else r.form end as form,
					r.contract, coalesce(r.started_on, case when r.id is null then p.employed_since end)
						as started_on, r.employer_name, r.source, r.social_insurance,
					case when r.id is null then p.unemployed_reason else r.unemployed_reason end
						as unemployed_reason, r.income_source
				from people p
				join townships t on t.code = p.township_code
				left join lateral (
					select * from employment_records e
					where e.person_id = p.id
						and (e.created_at at time zone 'Asia/Shanghai')::date <= ${end}::date
					order by e.created_at desc, e.id desc limit 1
				) r on true
				where (p.created_at at time zone 'Asia/Shanghai')::date <= ${end}::date
					and p.birth_date <= (${end}::date - interval '16 years')
					and p.birth_date > (${end}::date - case when p.sex = 'male'
						then interval '60 years' else interval '55 years' end)
				order by t.code, p.full_name, p.id`),
		);
	}

	async function training(from: string, end: string) {
		return rowsOf<TrainingRow>(
			await db.execute(sql`
				select p.full_name, p.certificate_number_enc, c.length_class, c.title,
					o.name as occupation, c.provider, e.status
				from training_enrolments e
				join training_courses c on c.id = e.course_id
				join people p on p.id = e.person_id
				left join occupations o on o.code = c.occupation_code
				where e.status in ('completed', 'not_completed')
					and (e.result_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${end}::date
				order by c.start_date, c.title, p.full_name, e.id`),
		);
	}

	function certificate(enc: string | null, unmasked: boolean) {
		if (!enc) return '';
		const full = cipher.decrypt(enc);
		return unmasked ? full : maskCertificate(full);
	}

	return {
		async export(actor: AuthUser, q: RealNameExportQuery, meta: AuditMeta) {
			const from = `${q.year}-01-01`;
			const end = `${q.year}-12-31`;
			const [jobs, courses] = await Promise.all([employment(end), training(from, end)]);
			const problems: [string, number, string, string][] = [];
			const book = new ExcelJS.Workbook();
			const sheet = (name: string, columns: readonly string[]) => {
				const s = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
				s.addRow([...columns]).font = { bold: true };
				s.columns.forEach((c) => (c.width = 16));
				return s;
			};
			const jobSheet = sheet('就业', EMPLOYMENT_SHEET_COLUMNS);
			jobs.forEach((r, i) => {
				const employed = r.status === 'employed';
				const check = (ok: boolean, what: string) => {
					if (!ok) problems.push(['就业', i + 1, r.full_name, what]);
				};
				check(r.certificate_number_enc !== null, '没有残疾人证号');
				check(!employed || r.form !== null, '已就业，没有就业类型');
				check(employed || r.unemployed_reason !== null, '未就业，没有未就业主要原因');
				check(
					r.unemployed_reason === null || r.unemployed_reason in UNEMPLOYED_REASONS,
					'未就业主要原因不在代码表里',
				);
				check(
					r.income_source === null || r.income_source in INCOME_SOURCES,
					'主要生活来源不在代码表里',
				);
				jobSheet.addRow([
					i + 1,
					r.full_name,
					certificate(r.certificate_number_enc, q.unmasked),
					r.township,
					employed ? '1 已就业' : '2 未就业',
					r.contract ? EMPLOYMENT_CONTRACT_LABELS[r.contract] : '',
					r.started_on ?? '',
					r.form
						? `${EMPLOYMENT_FORM_STATISTICS_CODES[r.form]} ${EMPLOYMENT_FORM_LABELS[r.form]}`
						: '',
					r.employer_name ?? '',
					r.source ? EMPLOYMENT_SOURCE_LABELS[r.source] : '',
					r.social_insurance === null ? '' : r.social_insurance ? '有' : '没有',
					coded(r.unemployed_reason, UNEMPLOYED_REASONS),
					coded(r.income_source, INCOME_SOURCES),
				]);
			});
			const courseSheet = sheet('培训', TRAINING_SHEET_COLUMNS);
			courses.forEach((r, i) =>
				courseSheet.addRow([
					i + 1,
					r.full_name,
					certificate(r.certificate_number_enc, q.unmasked),
					q.year,
					`${TRAINING_LENGTH_STATISTICS_CODES[r.length_class]} ${TRAINING_LENGTH_LABELS[r.length_class]}`,
					r.title,
					r.occupation ?? '',
					r.provider,
					r.status === 'completed' ? '结业' : '未结业',
				]),
			);
			const check = sheet('需要核对', ['表', '序号', '姓名', '问题']);
			for (const p of problems) check.addRow(p);
			if (!problems.length) check.addRow(['', '', '', '都符合代码表']);
			await writeAudit(db, {
				actorUserId: actor.id,
				action: q.unmasked ? 'statistics.real_name_unmasked' : 'statistics.real_name',
				entity: 'person',
				entityId: null,
				detail: { year: q.year, employment: jobs.length, training: courses.length },
				...meta,
			});
			return {
				data: Buffer.from(await book.xlsx.writeBuffer()),
				fileName: `${q.year}年残疾人就业和培训实名制统计.xlsx`,
				problems: problems.length,
			};
		},
	};
}
