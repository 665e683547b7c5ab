// Words of the demo fairs: zones, booth introductions, chats, reps' notes and follow-up visits.
// Plain, friendly 简体中文 and nothing about any one person: the demo shows them to everyone.
import type { EmployerKind } from './catalog.js';

/** The zones of every demo fair (the desk is a policy desk, not a booth). */
export const FAIR_ZONES = [
	{
		key: 'public',
		kind: 'zone',
		name: '机关事业单位和国有企业',
		description: '乡镇、事业单位和县属国企的岗位。',
	},
	{
		key: 'private',
		kind: 'zone',
		name: '民营企业和个体工商户',
		description: '企业、商店、饭店的岗位，有居家就业岗位。',
	},
	{
		key: 'special',
		kind: 'zone',
		name: '按摩、辅助性就业和帮扶基地',
		description: '盲人按摩机构、辅助性就业机构和农村帮扶基地。',
	},
	{
		key: 'desk',
		kind: 'desk',
		name: '政策咨询台',
		description: '就业补贴、社保补贴、职业培训和创业扶持的政策，县人社局和县残联的工作人员解答。',
	},
] as const;
/** The zones booths stand in (the desk has none). */
export type BoothZone = Exclude<(typeof FAIR_ZONES)[number]['key'], 'desk'>;

const SPECIAL_ROLES = [
	'blind_medical_massage',
	'blind_health_massage',
	'auxiliary_employment',
	'rural_support_base',
];

export function zoneOf(kind: EmployerKind, roles: readonly string[]): BoothZone {
	if (roles.some((r) => SPECIAL_ROLES.includes(r)) || kind === 'social_organization')
		return 'special';
	return kind === 'agency' || kind === 'institution' || kind === 'state_owned'
		? 'public'
		: 'private';
}

export const BOOTH_INTRODUCTIONS: Record<BoothZone, readonly string[]> = {
	public: [
		'我们这次带来了几个公益性岗位和辅助岗位，工作稳定，离家近。欢迎来聊，有问题随时问。',
		'单位按比例安排残疾人就业，岗位都可以调整工作方式，欢迎咨询。',
	],
	private: [
		'我们是县里的民营企业，这次带来了几个适合残疾人朋友的岗位，欢迎来聊。',
		'岗位可以先试岗一周，上手以后再签合同。有需要可以安排师傅带。',
		'部分岗位可以居家完成，公司提供培训和设备，欢迎来问。',
	],
	special: [
		'欢迎有按摩证书的朋友来聊，没有证书的也可以先了解培训的安排。',
		'我们的岗位工作节奏慢，有老师带着做，家人可以陪同来参观。',
		'合作社常年需要人手，可以就近安排，农忙时工资另算。',
	],
};

export const BOOTH_ACCESSIBILITY = [
	'办公区在一楼，入口无台阶，有无障碍卫生间。',
	'可以弹性上下班；面试时可以打字交流。',
	'车间有坡道，工位高度可以调整。',
	'可以安排手语老师陪同面试；平时工作用微信文字沟通。',
	'岗位可以在家完成，单位提供电脑和培训。',
] as const;

export const REFUSAL_REASONS = [
	'所带岗位已经全部停止招聘，请补充在招的岗位以后再申请。',
	'单位信息还在审核中，审核通过以后可以再申请展位。',
] as const;

/** Chats at a booth: the seeker speaks first; the lines alternate between seeker and rep. */
export const CHAT_SCRIPTS: readonly (readonly string[])[] = [
	[
		'您好，我想了解一下这个岗位每天的上班时间。',
		'您好！早上八点半到下午五点，中午休息一个半小时。',
		'需要每天都去单位吗？',
		'一周上五天班，周末休息。第一周有师傅带着熟悉。',
	],
	[
		'你好，请问这个岗位需要什么证书吗？',
		'您好，不需要证书，我们会先安排培训。',
		'好的，谢谢，我想报名面试。',
		'欢迎！您可以在展位页面选一个面试时间。',
	],
	[
		'您好，我习惯打字交流，可以吗？',
		'当然可以，我们就在这里打字聊。',
		'工作的地方离县城远吗？',
		'在台城镇，离汽车站步行十分钟，单位有午饭。',
	],
	['请问工资是怎么算的？', '底薪加绩效，试用期一个月，转正以后交五险。', '明白了，谢谢您。'],
];

export const CONTACT_NOTES = {
	good: [
		'沟通顺畅，对岗位很感兴趣，安排面试。',
		'有相关经验，做事认真，可以试岗。',
		'打字交流没有问题，工作时间合适。',
		'希望离家近一些，我们的岗位正合适。',
	],
	maybe: ['对工作时间还有顾虑，请他回去和家人商量。', '岗位要求和期望有些差距，先留联系方式。'],
} as const;

/** What a follow-up visit (回访) noted, mostly nothing. */
export const FOLLOW_UP_PROBLEMS = [
	['', 12],
	['通勤时间长', 2],
	['工位高度需要调整', 1],
	['希望多一些文字沟通', 1],
] as const;

export const INTERPRETER_SEXES = ['female', 'male'] as const;
