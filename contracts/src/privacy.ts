import { z } from 'zod';

/**
 * A seeker's own data (PIPL art. 45): every section the platform holds about them, as a table
 * each, so the same answer serves the JSON download, the .xlsx (one sheet per section) and the
 * page. ID, certificate and phone numbers are always masked: the download lands on shared
 * computers in township offices, and the person has the full numbers on their own cards.
 */
export const MY_DATA_SECTIONS = {
	person: '个人信息',
	ability: '能力情况',
	certificates: '证书',
	employment: '就业情况记录',
	training: '培训记录',
	priorities: '优先对象身份',
	family: '家庭成员',
	consents: '授权记录',
	applications: '投递记录',
	invitations: '单位邀请',
	savedSearches: '保存的搜索',
	notifications: '提醒消息',
	sessions: '登录记录',
	views: '谁看过或改过我的资料',
} as const;
export type MyDataSection = keyof typeof MY_DATA_SECTIONS;
export const MY_DATA_SECTION_KEYS = Object.keys(MY_DATA_SECTIONS) as [
	MyDataSection,
	...MyDataSection[],
];

const CellSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const MyDataTableSchema = z.object({
	key: z.enum(MY_DATA_SECTION_KEYS),
	title: z.string(),
	columns: z.array(z.object({ key: z.string(), label: z.string() })),
	rows: z.array(z.record(z.string(), CellSchema)),
});
export type MyDataTable = z.infer<typeof MyDataTableSchema>;

export const MyDataSchema = z.object({
	generatedAt: z.iso.datetime({ offset: true }),
	sections: z.array(MyDataTableSchema),
});
export type MyData = z.infer<typeof MyDataSchema>;

/** Deleting one's own account and data: the password again, and an explicit yes. */
export const DeletionRequestBodySchema = z.object({
	password: z.string().min(1, '请输入登录密码').max(200),
	confirm: z.literal(true, { error: '请勾选“我确认要注销账户并删除我的个人信息”' }),
});
export type DeletionRequestBody = z.infer<typeof DeletionRequestBodySchema>;

/** What stays after deletion, said on the page before and after, and in the API's answer. */
export const KEPT_AFTER_DELETION_TEXT =
	'为了法律要求的残疾人就业统计，只保留不含姓名、号码和联系方式的统计项：乡镇、性别、出生年份、残疾类别和等级、户籍类型、就业状况、就业形式和未就业的主要原因。谁在什么时候查看或修改过资料的操作记录按规定保留，其中没有您的姓名和号码。';

/** The same answer however often the request is retried. */
export const DeletionResultSchema = z.object({
	deletedAt: z.iso.datetime({ offset: true }),
	/** What stays, anonymised, for the statistics the law requires. */
	kept: z.string(),
});
export type DeletionResult = z.infer<typeof DeletionResultSchema>;
