import { z } from 'zod';
import { pageOf, PageQuerySchema } from './common.js';

/**
 * Every action the API writes to the audit log, with the label staff read in the audit log.
 * The writer takes only these codes, so a new action without a Chinese label does not compile.
 */
export const AUDIT_ACTIONS = {
	'auth.login': '登录',
	'auth.locked': '密码输错过多，账户锁定',
	'auth.password_changed': '修改密码',
	'user.password_reset': '工作人员重置密码',
	'person.register': '代办登记求职者',
	'person.sign_up': '求职者自己注册',
	'person.claim': '求职者注册，认领已登记的资料',
	'person.claim_request': '求职者注册，身份证号已登记，等待验证码或乡镇确认',
	'person.unmask': '查看完整号码',
	'person.view': '工作人员查看求职者登记信息',
	'person.lookup_by_id': '工作人员按完整身份证号查找',
	'profile.view': '工作人员查看求职资料',
	'profile.update': '修改求职资料',
	'consent.grant': '同意授权',
	'consent.withdraw': '撤回授权',
	'people.import': '导入残疾人名单',
	'people.export': '导出残疾人名单',
	'employer.sign_up': '用人单位注册',
	'employer.update': '修改单位资料',
	'employer.review': '审核用人单位',
	'employer.user_add': '添加单位人事账号',
	'employer.user_disable': '停用单位人事账号',
	'person.view_by_employer': '用人单位查看求职者资料',
	'person.recommendations_view': '工作人员代办查看求职者的推荐岗位',
	'person.apply_for': '工作人员代办为求职者投递岗位',
	'person.personalisation': '求职者打开或关闭个性化推荐',
	'person.data_export': '求职者下载本人的全部数据',
	'person.erase': '求职者注销账户，删除个人信息（统计项匿名保留）',
	'priority.add': '登记优先对象身份（低保、就业困难等）',
	'priority.decide': '核实求职者自己填的优先对象身份或家庭成员',
	'priority.remove': '删除优先对象身份',
	'family.add': '登记家庭成员',
	'family.remove': '删除家庭成员',
	'family.unmask': '查看家庭成员的完整身份证号',
	'certificate.add': '添加求职者的证书',
	'certificate.remove': '删除求职者的证书',
	'posting.create': '新建岗位草稿',
	'posting.update': '修改岗位内容',
	'posting.submit': '提交岗位审核',
	'posting.withdraw': '撤回岗位，改回草稿',
	'posting.close': '岗位停止招聘',
	'posting.fill': '岗位标记为已招满',
	'posting.approve': '岗位审核通过',
	'posting.return': '岗位退回修改',
	'roster.add': '单位名单添加残疾职工',
	'roster.update': '单位名单修改残疾职工',
	'roster.remove': '单位名单删除残疾职工',
	'annual_review.submit': '用人单位提交年审',
	'annual_review.decide': '年审：对一个人做决定',
	'annual_review.approve': '年审审核通过',
	'annual_review.return': '年审退回',
	'annual_review.unmask': '年审：查看完整证号',
	'annual_review.export': '导出联网认证名单',
	'quota.wage_save': '录入当地平均工资、最低工资',
	'quota.rule_save': '修改或新增保障金规则',
	'quota.disclosure_publish': '公示按比例就业情况',
	'quota.objection_answer': '答复公示异议',
	'occupation.create': '添加职业',
	'occupation.update': '修改职业',
	'contact.save': '修改联系方式（县残联、县人社局、乡镇专职委员）',
	'site_info.save': '修改网站服务电话、地址和备案号',
	'fair.booth_decide': '审核招聘会展位报名',
	'fair.follow_up_record': '记录招聘会录用后的回访',
	'fair.follow_up_correct': '更正招聘会录用后的回访记录',
	'training.course_create': '新建培训课程',
	'training.course_update': '修改培训课程',
	'training.enrol_for': '工作人员代办为求职者报名培训',
	'training.attendance': '培训点名（记录出勤）',
	'training.result': '记录培训结业（结业证书记入求职者资料）',
	'training.need_record': '登记求职者的培训需求',
	'training.need_remove': '删除登记错的培训需求',
	'employment.record': '登记就业情况的变化（实名制）',
	'public_welfare.place': '安置公益性岗位',
	'public_welfare.subsidy': '登记公益性岗位的月度补贴',
	'public_welfare.end': '公益性岗位安置结束（离岗）',
	'massage.practitioner': '登记或修改盲人按摩人员（资格、备案、职称、继续教育）',
	'massage.clinic': '登记或修改盲人按摩所',
	'self_employment.support_add': '登记创业扶持（贷款、补贴、孵化基地等）',
	'self_employment.support_remove': '删除登记错的创业扶持',
	'product.create': '产品和服务目录：新登记一项',
	'product.update': '产品和服务目录：修改一项',
	'product.publish': '产品和服务目录：重新发布',
	'product.unpublish': '产品和服务目录：下架',
	'indicator.target': '修改指标的年度目标或填写的数字',
	'statistics.real_name': '下载实名制统计（证号打码）',
	'statistics.real_name_unmasked': '下载实名制统计（完整证号）',
	'referral.create': '转介一位残疾人（到用人单位、培训课程或服务）',
	'referral.update': '记录转介的进展或结果',
	'graduate.save': '登记或修改残疾人大学生信息',
	'graduate.remove': '从残疾人大学生名单删除',
	'settings.public_welfare_rules': '修改公益性岗位规则（期限、次数、到期提醒天数）',
	'settings.massage_rules': '修改盲人按摩规则（按摩所面积、床位、执业年限、继续教育学时）',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The kinds of record an audit entry is about, with their labels in the audit log. */
export const AUDIT_ENTITIES = {
	fair_booth: '招聘会展位',
	fair_follow_up: '招聘会录用后的回访',
	training_course: '培训课程',
	training_enrolment: '培训报名',
	massage_clinic: '盲人按摩所',
	indicator: '规划指标',
	product: '产品和服务目录',
	person: '求职者',
	user: '账户',
	employer: '用人单位',
	posting: '岗位',
	import: '批量导入',
	employer_disabled_employee: '单位的残疾职工',
	annual_review: '年审',
	levy_rule: '保障金规则',
	local_average_wage: '平均工资',
	quota_disclosure: '按比例就业公示',
	quota_objection: '公示异议',
	occupation: '职业',
	service_contact: '联系方式',
	setting: '网站设置',
} as const;
export type AuditEntity = keyof typeof AUDIT_ENTITIES;

/** The label of a stored action; a code from an older release shows as itself. */
export function auditActionLabel(code: string): string {
	return Object.hasOwn(AUDIT_ACTIONS, code) ? AUDIT_ACTIONS[code as AuditAction] : code;
}

/** The label of a stored entity kind; an unknown kind shows as itself. */
export function auditEntityLabel(code: string): string {
	return Object.hasOwn(AUDIT_ENTITIES, code) ? AUDIT_ENTITIES[code as AuditEntity] : code;
}

const blankToUndefined = z.literal('').transform(() => undefined);

export const AuditQuerySchema = PageQuerySchema.extend({
	action: z.string().max(60).optional().or(blankToUndefined),
	entity: z.string().max(40).optional().or(blankToUndefined),
	entityId: z.string().max(60).optional().or(blankToUndefined),
	actorUserId: z.uuid({ error: '操作人编号格式不正确' }).optional().or(blankToUndefined),
	from: z.iso
		.date({ error: '开始日期请写成 2026-11-01 这样的格式。' })
		.optional()
		.or(blankToUndefined),
	to: z.iso
		.date({ error: '结束日期请写成 2026-11-30 这样的格式。' })
		.optional()
		.or(blankToUndefined),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditEntrySchema = z.object({
	id: z.number().int(),
	at: z.iso.datetime({ offset: true }),
	actorUserId: z.uuid().nullable(),
	actorName: z.string().nullable(),
	actorRole: z.string().nullable(),
	onBehalfOfPersonId: z.uuid().nullable(),
	action: z.string(),
	actionLabel: z.string(),
	entity: z.string(),
	entityId: z.string().nullable(),
	detail: z.record(z.string(), z.unknown()),
	requestId: z.string().nullable(),
	/** The client's address and browser, as the API saw them (older entries have neither). */
	ip: z.string().nullable(),
	userAgent: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditListSchema = pageOf(AuditEntrySchema);
export type AuditList = z.infer<typeof AuditListSchema>;
