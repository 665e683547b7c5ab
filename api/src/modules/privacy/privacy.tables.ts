import {
	ABILITY_ITEMS,
	ABILITY_SCALE,
	APPLICATION_STATUS_LABELS,
	auditActionLabel,
	CATEGORY_LABELS,
	certificateLabel,
	CONSENT_TITLES,
	CONTACT_PREFERENCES,
	DISCLOSURE_LABELS,
	EMPLOYMENT_CONTRACT_LABELS,
	EMPLOYMENT_FORM_LABELS,
	EMPLOYMENT_SOURCE_LABELS,
	EMPLOYMENT_STATUS_LABELS,
	ENROLMENT_STATUS_LABELS,
	FAMILY_RELATIONS,
	HOUSEHOLD_TYPE_LABELS,
	INCOME_SOURCES,
	LEVEL_LABELS,
	MY_DATA_SECTIONS,
	PASSPORT_NEEDS,
	PRIORITY_KINDS,
	ROLE_LABELS,
	UNEMPLOYED_REASONS,
	VERIFICATION_LABELS,
	WORK_MODE_LABELS,
	type MyDataSection,
	type MyDataTable,
} from '@ronghe/contracts';
import { maskPhone } from '@ronghe/db';
import type { EmploymentRepository } from '../employment/employment.repository.js';
import type { PriorityRepository } from '../priority/priority.repository.js';
import type { ProfileRepository } from '../profile/profile.repository.js';
import type { TrainingRepository } from '../training/training.repository.js';
import type { PrivacyRepository } from './privacy.repository.js';

type Repo = PrivacyRepository;
type Rows<K extends keyof Repo> = Awaited<ReturnType<Repo[K]>>;
type PriorityRows<K extends keyof PriorityRepository> = Awaited<ReturnType<PriorityRepository[K]>>;
type Cell = string | number | boolean | null;

/** Everything the tables are made from, read in one go by the service. */
export type Held = {
	person: NonNullable<Awaited<ReturnType<ProfileRepository['find']>>>;
	certificateNumberMasked: string | null;
	/** The wished occupations by name, in the order of their codes. */
	desiredOccupationNames: readonly string[];
	account: Rows<'account'>;
	certificates: PriorityRows<'certificates'>;
	employment: Awaited<ReturnType<EmploymentRepository['history']>>;
	training: Awaited<ReturnType<TrainingRepository['mine']>>;
	priorities: PriorityRows<'statuses'>;
	family: PriorityRows<'family'>;
	consents: Rows<'consents'>;
	applications: Rows<'applications'>;
	invitations: Rows<'invitations'>;
	savedSearches: Rows<'savedSearches'>;
	notifications: Rows<'notifications'>;
	sessions: Rows<'sessions'>;
	audit: Rows<'auditAbout'>;
	userId: string;
};

const INVITATION_STATUS: Record<string, string> = {
	pending: '未回复',
	accepted: '已接受',
	declined: '已拒绝',
};

const label = (labels: Record<string, string>, code: string | number | null | undefined) =>
	code === null || code === undefined ? null : (labels[String(code)] ?? String(code));
const labels = (map: Record<string, string>, codes: readonly string[]) =>
	codes.map((c) => map[c] ?? c).join('、');
const time = (d: Date | null | undefined) => d?.toISOString() ?? null;

function table(
	key: MyDataSection,
	columns: Record<string, string>,
	rows: Record<string, Cell>[],
): MyDataTable {
	return {
		key,
		title: MY_DATA_SECTIONS[key],
		columns: Object.entries(columns).map(([k, l]) => ({ key: k, label: l })),
		rows,
	};
}

/** Who did it, as the person may learn it: the employer's name, a staff role, or 本人. */
function actor(row: Held['audit'][number], userId: string): string {
	if (row.actorUserId === userId) return '本人';
	if (row.employerName) return row.employerName;
	if (row.actorRole) return ROLE_LABELS[row.actorRole];
	return row.actorUserId ? '已注销的账户' : '系统';
}

function personTable({ person: { person: p, townshipName }, ...h }: Held): MyDataTable {
	const passport = p.passport;
	return table(
		'person',
		{
			fullName: '姓名',
			sex: '性别',
			birthDate: '出生日期',
			idNumberMasked: '身份证号（已打码）',
			certificateNumberMasked: '残疾人证号（已打码）',
			certificateValidUntil: '残疾人证有效期至',
			category: '残疾类别',
			level: '残疾等级',
			township: '乡镇',
			village: '村（社区）',
			householdType: '户籍',
			education: '文化程度',
			phoneMasked: '联系电话（已打码）',
			accountPhoneMasked: '登录手机号（已打码）',
			employmentStatus: '就业状况',
			employmentForm: '就业形式',
			desiredOccupations: '想做的工作',
			desiredOccupationsNote: '想做的工作（其他想法）',
			desiredWorkModes: '工作方式',
			expectedPayMin: '期望月收入（元）',
			maxTravelKm: '最远通勤（公里）',
			skills: '技能',
			trainingCertificates: '培训证书',
			preferredContact: '联系方式偏好',
			needs: '需要的支持',
			otherNeeds: '其他需要',
			disclosure: '公开程度',
			registeredAt: '登记时间',
		},
		[
			{
				fullName: p.fullName,
				sex: p.sex === 'male' ? '男' : '女',
				birthDate: p.birthDate,
				idNumberMasked: p.idNumberMasked,
				certificateNumberMasked: h.certificateNumberMasked,
				certificateValidUntil: p.certificateValidUntil,
				category: label(CATEGORY_LABELS, p.category),
				level: label(LEVEL_LABELS, p.level),
				township: townshipName,
				village: p.village,
				householdType: label(HOUSEHOLD_TYPE_LABELS, p.householdType),
				education: p.education,
				phoneMasked: p.phone ? maskPhone(p.phone) : '',
				accountPhoneMasked: h.account ? maskPhone(h.account.phone) : '',
				employmentStatus: label(EMPLOYMENT_STATUS_LABELS, p.employmentStatus),
				employmentForm: label(EMPLOYMENT_FORM_LABELS, p.employmentForm),
				desiredOccupations: h.desiredOccupationNames.join('、'),
				desiredOccupationsNote: p.desiredOccupationsNote,
				desiredWorkModes: labels(WORK_MODE_LABELS, p.desiredWorkModes),
				expectedPayMin: p.expectedPayMin,
				maxTravelKm: p.maxTravelKm,
				skills: p.skills.join('、'),
				trainingCertificates: p.trainingCertificates.join('、'),
				preferredContact: labels(CONTACT_PREFERENCES, passport?.preferredContact ?? []),
				needs: labels(PASSPORT_NEEDS, passport?.needs ?? []),
				otherNeeds: passport?.otherNeeds ?? '',
				disclosure: label(DISCLOSURE_LABELS, p.disclosure),
				registeredAt: time(p.createdAt),
			},
		],
	);
}

/** The sections of a download, in the order of MY_DATA_SECTIONS. */
export function myDataTables(h: Held): MyDataTable[] {
	const ability = h.person.person.ability;
	return [
		personTable(h),
		table(
			'ability',
			{ item: '项目', score: '情况' },
			Object.entries(ability).map(([code, score]) => ({
				item: label(ABILITY_ITEMS, code),
				score: label(ABILITY_SCALE, score),
			})),
		),
		table(
			'certificates',
			{
				kind: '证书',
				numberMasked: '编号（已打码）',
				issuedOn: '发证日期',
				validUntil: '有效期至',
			},
			h.certificates.map((c) => ({
				kind: certificateLabel(c.kind),
				numberMasked: c.numberMasked,
				issuedOn: c.issuedOn,
				validUntil: c.validUntil,
			})),
		),
		table(
			'employment',
			{
				createdAt: '记录时间',
				status: '就业状况',
				form: '就业形式',
				employerName: '单位',
				startedOn: '开始日期',
				contract: '合同',
				socialInsurance: '社会保险',
				unemployedReason: '未就业主要原因',
				incomeSource: '主要生活来源',
				source: '谁记录的',
			},
			h.employment.map(({ r }) => ({
				createdAt: time(r.createdAt),
				status: label(EMPLOYMENT_STATUS_LABELS, r.status),
				form: label(EMPLOYMENT_FORM_LABELS, r.form),
				employerName: r.employerName,
				startedOn: r.startedOn,
				contract: label(EMPLOYMENT_CONTRACT_LABELS, r.contract),
				socialInsurance: r.socialInsurance,
				unemployedReason: label(UNEMPLOYED_REASONS, r.unemployedReason),
				incomeSource: label(INCOME_SOURCES, r.incomeSource),
				source: label(EMPLOYMENT_SOURCE_LABELS, r.source),
			})),
		),
		table(
			'training',
			{
				title: '课程',
				provider: '培训机构',
				startDate: '开始日期',
				endDate: '结束日期',
				status: '情况',
				via: '怎样报的名',
				attended: '出勤天数',
			},
			h.training.map(({ e, course }) => ({
				title: course.title,
				provider: course.provider,
				startDate: course.startDate,
				endDate: course.endDate,
				status: label(ENROLMENT_STATUS_LABELS, e.status),
				via: e.via === 'staff' ? '工作人员代办' : '本人报名',
				attended: e.attended.length,
			})),
		),
		table(
			'priorities',
			{
				kind: '身份',
				graduationYear: '毕业年份',
				documentNumber: '证明文件编号',
				documentDate: '认定日期',
				validUntil: '有效期至',
				state: '核实情况',
				refusalReason: '未通过的原因',
			},
			h.priorities.map((s) => ({
				kind: PRIORITY_KINDS[s.kind],
				graduationYear: s.graduationYear,
				documentNumber: s.documentNumber,
				documentDate: s.documentDate,
				validUntil: s.validUntil,
				state: VERIFICATION_LABELS[s.state],
				refusalReason: s.refusalReason,
			})),
		),
		table(
			'family',
			{
				fullName: '姓名',
				relation: '关系',
				idNumberMasked: '身份证号（已打码）',
				wantsWork: '想找工作',
				state: '核实情况',
				refusalReason: '未通过的原因',
			},
			h.family.map((m) => ({
				fullName: m.fullName,
				relation: FAMILY_RELATIONS[m.relation],
				idNumberMasked: m.idNumberMasked,
				wantsWork: m.wantsWork ? '是' : '否',
				state: VERIFICATION_LABELS[m.state],
				refusalReason: m.refusalReason,
			})),
		),
		table(
			'consents',
			{
				kind: '授权',
				version: '条款版本',
				grantedAt: '同意时间',
				withdrawnAt: '撤回时间',
				by: '由谁办理',
			},
			h.consents.map((c) => ({
				kind: CONSENT_TITLES[c.kind],
				version: c.textVersion,
				grantedAt: time(c.grantedAt),
				withdrawnAt: time(c.withdrawnAt),
				by: c.recordedByUserId ? '工作人员代办' : '本人',
			})),
		),
		table(
			'applications',
			{
				employer: '单位',
				posting: '岗位',
				status: '状态',
				note: '留言',
				sharePassport: '给单位看沟通与无障碍需求卡',
				createdAt: '投递时间',
				updatedAt: '最后变化',
			},
			h.applications.map((a) => ({
				employer: a.employerName,
				posting: a.postingTitle,
				status: label(APPLICATION_STATUS_LABELS, a.status),
				note: a.note,
				sharePassport: a.sharePassport ? '是' : '否',
				createdAt: time(a.createdAt),
				updatedAt: time(a.updatedAt),
			})),
		),
		table(
			'invitations',
			{
				employer: '单位',
				posting: '岗位',
				status: '状态',
				createdAt: '邀请时间',
				respondedAt: '回复时间',
			},
			h.invitations.map((i) => ({
				employer: i.employerName,
				posting: i.postingTitle,
				status: label(INVITATION_STATUS, i.status),
				createdAt: time(i.createdAt),
				respondedAt: time(i.respondedAt),
			})),
		),
		table(
			'savedSearches',
			{ name: '名称', query: '搜索条件', createdAt: '保存时间' },
			h.savedSearches.map((s) => ({
				name: s.name,
				query: JSON.stringify(s.query),
				createdAt: time(s.createdAt),
			})),
		),
		table(
			'notifications',
			{ title: '标题', body: '内容', createdAt: '时间', readAt: '已读时间' },
			h.notifications.map((n) => ({
				title: n.title,
				body: n.body,
				createdAt: time(n.createdAt),
				readAt: time(n.readAt),
			})),
		),
		table(
			'sessions',
			{ createdAt: '登录时间', lastSeenAt: '最近使用', expiresAt: '到期时间', userAgent: '浏览器' },
			h.sessions.map((s) => ({
				createdAt: time(s.createdAt),
				lastSeenAt: time(s.lastSeenAt),
				expiresAt: time(s.expiresAt),
				userAgent: s.userAgent,
			})),
		),
		viewsTable(h.audit, h.userId),
	];
}

/** Who read or changed the person's record: the download's last sheet, and the privacy page. */
export function viewsTable(audit: Held['audit'], userId: string): MyDataTable {
	return table(
		'views',
		{ at: '时间', who: '谁', what: '做了什么' },
		audit.map((a) => ({ at: time(a.at), who: actor(a, userId), what: auditActionLabel(a.action) })),
	);
}
