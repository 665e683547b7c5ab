/** Chinese labels for the enumerations that the API returns as codes. */
export const POST_TYPE_LABELS = {
	quota: '普通岗位（按比例安置）',
	public_welfare: '公益性岗位',
	blind_medical_massage: '盲人医疗按摩',
	blind_health_massage: '盲人保健按摩',
	auxiliary_employment: '辅助性就业',
	home_based: '居家就业、网络就业',
	rural_support_base: '就业帮扶基地',
} as const;
export type PostType = keyof typeof POST_TYPE_LABELS;
export const POST_TYPES = Object.keys(POST_TYPE_LABELS) as [PostType, ...PostType[]];

export const WORK_MODE_LABELS = {
	full_time: '全职',
	part_time: '兼职',
	home_based: '居家',
	flexible: '灵活就业',
} as const;
export type WorkMode = keyof typeof WORK_MODE_LABELS;
export const WORK_MODES = Object.keys(WORK_MODE_LABELS) as [WorkMode, ...WorkMode[]];

export const EMPLOYER_KIND_LABELS = {
	agency: '党政机关',
	institution: '事业单位',
	state_owned: '国有企业',
	private: '民营企业',
	social_organization: '社会组织',
	individual_business: '个体工商户',
} as const;
export type EmployerKind = keyof typeof EMPLOYER_KIND_LABELS;

export const CATEGORY_LABELS = {
	1: '视力残疾',
	2: '听力残疾',
	3: '言语残疾',
	4: '肢体残疾',
	5: '智力残疾',
	6: '精神残疾',
	7: '多重残疾',
} as const;

export const LEVEL_LABELS = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' } as const;

export const FAIR_STATUS_LABELS = {
	draft: '草稿（还没发布）',
	upcoming: '即将开始',
	live: '正在进行',
	finished: '已结束',
} as const;
export type FairStatus = keyof typeof FAIR_STATUS_LABELS;
