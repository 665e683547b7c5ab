// Demo employers, posting templates and training courses for 五台县. Names are invented or
// generic (e.g. 县人民医院); none of the figures describe a real unit. The tables are
// prettier-ignored so that each entry stays on one line and reads as a row.
import type { Accommodation } from '@ronghe/contracts';
import type { employerKind, employerRole } from '../schema/employers.js';
import type { postType, workMode } from '../schema/postings.js';

export type EmployerKind = (typeof employerKind.enumValues)[number];
export type EmployerRole = (typeof employerRole.enumValues)[number];
export type PostType = (typeof postType.enumValues)[number];
export type WorkMode = (typeof workMode.enumValues)[number];

/** What an employer does; it decides which posting templates fit the employer. */
export type Sector =
	| 'office'
	| 'township'
	| 'civil'
	| 'transport'
	| 'forest'
	| 'culture'
	| 'medical'
	| 'school'
	| 'utility'
	| 'retail'
	| 'hotel'
	| 'food'
	| 'warehouse'
	| 'logistics'
	| 'garment'
	| 'packaging'
	| 'ecommerce'
	| 'callcenter'
	| 'homecare'
	| 'massage'
	| 'auxiliary'
	| 'greenhouse'
	| 'mushroom'
	| 'livestock'
	| 'grain';

export type EmployerSeed = {
	name: string;
	kind: EmployerKind;
	roles?: readonly EmployerRole[];
	/** Township name (see TOWNSHIPS). */
	township: string;
	sectors: readonly Sector[];
	/** 编制数 range for agencies and institutions. */
	staff?: readonly [number, number];
	/** USCC 登记管理部门 + 机构类别 when not the default for the kind (e.g. 93 合作社). */
	usccPrefix?: string;
	pending?: boolean;
	description: string;
};

const M = 'blind_medical_massage' as const;
const H = 'blind_health_massage' as const;
const A = 'auxiliary_employment' as const;
const R = 'rural_support_base' as const;

/**
 * Ordered so that any prefix of about 20 covers every kind and role; the default demo takes
 * the first 60.
 */
// prettier-ignore
export const EMPLOYERS: readonly EmployerSeed[] = [
	{ name: '五台县人力资源和社会保障局', kind: 'agency', township: '台城镇', sectors: ['office', 'civil'], staff: [40, 48], description: '主管全县就业、社会保障和劳动关系工作，负责公益性岗位的开发和管理。' },
	{ name: '五台县人民医院', kind: 'institution', township: '台城镇', sectors: ['medical', 'office'], staff: [380, 460], description: '县级综合医院，设内科、外科、康复科等科室。' },
	{ name: '五台县职业中学', kind: 'institution', township: '台城镇', sectors: ['school'], staff: [120, 160], description: '县属中等职业学校，开设计算机、电子商务、农业技术等专业。' },
	{ name: '国网五台县供电公司', kind: 'state_owned', township: '台城镇', sectors: ['utility', 'office', 'warehouse'], description: '负责全县电网运行维护和供电服务。' },
	{ name: '五台县晋源农产品加工有限公司', kind: 'private', township: '东冶镇', sectors: ['food', 'packaging', 'warehouse'], description: '收购和加工本地杂粮、黄花菜，产品销往太原和河北。' },
	{ name: '五台县云上电子商务有限公司', kind: 'private', township: '台城镇', sectors: ['ecommerce', 'office', 'callcenter'], description: '经营五台山土特产网店，招收居家客服和主播。' },
	{ name: '五台县康宁盲人医疗按摩所', kind: 'individual_business', roles: [M], township: '台城镇', sectors: ['massage'], description: '经县卫生健康部门批准的盲人医疗按摩所，诊疗科目为推拿科（盲人医疗按摩）。' },
	{ name: '五台县惠民盲人保健按摩店', kind: 'individual_business', roles: [H], township: '台城镇', sectors: ['massage'], description: '盲人保健按摩店，有按摩床6张，店长是视力残疾人。' },
	{ name: '五台县晋享家园辅助性就业中心', kind: 'social_organization', usccPrefix: '52', roles: [A], township: '台城镇', sectors: ['auxiliary', 'packaging'], description: '山西"晋享家园"辅助性就业机构，组织智力、精神和重度肢体残疾人做手工和包装。' },
	{ name: '五台县阳白乡绿源蔬菜种植专业合作社', kind: 'private', usccPrefix: '93', roles: [R], township: '阳白乡', sectors: ['greenhouse', 'food'], description: '在阳白现代农业循环园区经营蔬菜大棚，是县残疾人就业帮扶基地。' },
	{ name: '五台县福康包装制品有限公司', kind: 'private', roles: ['welfare_enterprise'], township: '耿镇镇', sectors: ['packaging', 'warehouse'], description: '福利企业，生产纸箱和食品包装袋，残疾职工占四分之一以上。' },
	{ name: '五台县阳光助残服务中心', kind: 'social_organization', usccPrefix: '52', township: '台城镇', sectors: ['office', 'homecare'], description: '民办非企业单位，为残疾人提供上门照护和就业辅导。' },
	{ name: '五台县台城镇惠民便利店', kind: 'individual_business', township: '台城镇', sectors: ['retail'], description: '社区便利店，经营日用品和副食。' },
	{ name: '五台县民政局', kind: 'agency', township: '台城镇', sectors: ['office', 'civil'], staff: [30, 40], description: '负责社会救助、养老服务和社区治理。' },
	{ name: '台城镇人民政府', kind: 'agency', township: '台城镇', sectors: ['township', 'office'], staff: [55, 70], description: '县城所在地镇政府。' },
	{ name: '五台县明心盲人医疗按摩所', kind: 'private', roles: [M], township: '东冶镇', sectors: ['massage'], description: '盲人医疗按摩所，主治颈肩腰腿痛，有5年以上执业经历的按摩师2名。' },
	{ name: '五台山静心盲人保健按摩店', kind: 'individual_business', roles: [H], township: '台怀镇', sectors: ['massage'], description: '位于台怀镇景区附近，主要接待游客。' },
	{ name: '五台县残疾人托养中心', kind: 'institution', roles: [A], township: '东冶镇', sectors: ['auxiliary'], staff: [15, 22], description: '县残联所属事业单位，提供日间照料和辅助性就业。' },
	{ name: '五台县豆村镇禾丰家庭农场', kind: 'private', roles: [R], township: '豆村镇', sectors: ['grain', 'livestock'], description: '种植谷子和玉米，养殖肉羊，吸纳本村残疾人务工。' },
	{ name: '五台县自来水公司', kind: 'state_owned', township: '台城镇', sectors: ['utility', 'office'], description: '负责县城供水和管网维护。' },
	{ name: '豆村镇人民政府', kind: 'agency', township: '豆村镇', sectors: ['township', 'office'], staff: [45, 60], description: '豆村镇政府。' },
	{ name: '五台县智联客服外包服务有限公司', kind: 'private', township: '台城镇', sectors: ['callcenter', 'ecommerce', 'office'], description: '承接电话回访和线上客服外包业务，支持居家办公。' },
	{ name: '五台县顺达物流有限公司', kind: 'private', township: '建安镇', sectors: ['logistics', 'warehouse'], description: '县域快递分拣和农村物流配送。' },
	{ name: '五台山清凉山庄酒店有限公司', kind: 'private', township: '台怀镇', sectors: ['hotel'], description: '五台山景区内的旅游酒店，有客房120间。' },
	{ name: '五台县万家福超市有限公司', kind: 'private', township: '台城镇', sectors: ['retail', 'warehouse'], description: '县城连锁超市，共有3家门店。' },
	{ name: '五台县锦绣服装有限公司', kind: 'private', township: '东冶镇', sectors: ['garment', 'warehouse'], description: '生产校服和工作服。' },
	{ name: '山西台蘑食品有限公司', kind: 'private', township: '金岗库乡', sectors: ['food', 'packaging'], description: '加工台蘑、香菇等食用菌干货和罐头。' },
	{ name: '五台县瑞丰电商直播基地有限公司', kind: 'private', township: '台城镇', sectors: ['ecommerce'], pending: true, description: '新成立的直播电商公司，资料正在审核。' },
	{ name: '五台县图书馆', kind: 'institution', township: '台城镇', sectors: ['culture', 'office'], staff: [12, 18], description: '县公共图书馆，设盲文和大字阅览区。' },
	{ name: '五台县中医医院', kind: 'institution', township: '台城镇', sectors: ['medical', 'office'], staff: [120, 160], description: '县中医医院，设针灸推拿科。' },
	{ name: '五台县第二中学', kind: 'institution', township: '东冶镇', sectors: ['school'], staff: [130, 170], description: '完全中学。' },
	{ name: '五台县实验小学', kind: 'institution', township: '台城镇', sectors: ['school'], staff: [70, 90], description: '县城公办小学。' },
	{ name: '五台县实验幼儿园', kind: 'institution', township: '台城镇', sectors: ['school'], staff: [30, 45], description: '县城公办幼儿园。' },
	{ name: '五台县交通运输局', kind: 'agency', township: '台城镇', sectors: ['office', 'transport'], staff: [35, 50], description: '负责全县公路建设养护和道路运输管理。' },
	{ name: '五台县自然资源局', kind: 'agency', township: '台城镇', sectors: ['office', 'forest'], staff: [50, 70], description: '负责国土、林业和生态保护，管理生态护林员。' },
	{ name: '五台县农业农村局', kind: 'agency', township: '台城镇', sectors: ['office'], staff: [60, 80], description: '负责农业生产、乡村振兴和农技推广。' },
	{ name: '五台县文化和旅游局', kind: 'agency', township: '台城镇', sectors: ['office', 'culture'], staff: [25, 35], description: '负责文化、旅游和农家书屋工作。' },
	{ name: '五台县卫生健康局', kind: 'agency', township: '台城镇', sectors: ['office'], staff: [30, 40], description: '负责医疗卫生和医疗机构管理，审批盲人医疗按摩所。' },
	{ name: '五台山风景名胜区管理委员会', kind: 'agency', township: '台怀镇', sectors: ['office', 'township'], staff: [150, 220], description: '管理五台山风景名胜区，下辖台怀镇、石咀镇和金岗库乡。' },
	{ name: '东冶镇人民政府', kind: 'agency', township: '东冶镇', sectors: ['township', 'office'], staff: [50, 66], description: '东冶镇政府。' },
	{ name: '阳白乡人民政府', kind: 'agency', township: '阳白乡', sectors: ['township', 'office'], staff: [35, 50], description: '阳白乡政府，阳白现代农业循环园区所在地。' },
	{ name: '门限石乡人民政府', kind: 'agency', township: '门限石乡', sectors: ['township', 'office'], staff: [28, 40], description: '门限石乡政府，驼梁风景区所在地。' },
	{ name: '五台县豆村镇建华家电维修部', kind: 'individual_business', township: '豆村镇', sectors: ['retail'], pending: true, description: '家电维修和配件销售，新注册，资料正在审核。' },
	{ name: '五台县仁和盲人医疗按摩所', kind: 'individual_business', roles: [M], township: '豆村镇', sectors: ['massage'], description: '盲人医疗按摩所，有按摩床4张。' },
	{ name: '五台县光明盲人保健按摩中心', kind: 'private', roles: [H], township: '豆村镇', sectors: ['massage'], description: '盲人保健按摩店，盲人按摩师占三分之二。' },
	{ name: '五台县豆村镇康乐辅助性就业工场', kind: 'social_organization', usccPrefix: '52', roles: [A], township: '豆村镇', sectors: ['auxiliary', 'packaging'], description: '镇级辅助性就业机构，承接简单包装和串珠加工。' },
	{ name: '五台县金谷小米加工厂', kind: 'private', roles: [R], township: '茹村乡', sectors: ['grain', 'food', 'packaging'], description: '加工五台小米和杂粮，是残疾人就业帮扶基地。' },
	{ name: '五台县金岗库乡台蘑种植专业合作社', kind: 'private', usccPrefix: '93', roles: [R], township: '金岗库乡', sectors: ['mushroom'], description: '种植台蘑、香菇等食用菌，带动周边农户。' },
	{ name: '五台县陈家庄乡富民养殖专业合作社', kind: 'private', usccPrefix: '93', roles: [R], township: '陈家庄乡', sectors: ['livestock'], description: '养殖肉牛和肉羊。' },
	{ name: '五台县白家庄镇兴旺养殖专业合作社', kind: 'private', usccPrefix: '93', roles: [R], township: '白家庄镇', sectors: ['livestock'], description: '养殖蛋鸡，统一收购鸡蛋。' },
	{ name: '五台县沟南乡惠农小杂粮专业合作社', kind: 'private', usccPrefix: '93', roles: [R], township: '沟南乡', sectors: ['grain', 'greenhouse'], description: '种植谷子、莜麦和红芸豆，建有日光温室8座。' },
	{ name: '五台县就业服务中心', kind: 'institution', township: '台城镇', sectors: ['office'], staff: [15, 25], description: '县人社局所属事业单位，负责职业介绍和就业援助。' },
	{ name: '五台县疾病预防控制中心', kind: 'institution', township: '台城镇', sectors: ['medical', 'office'], staff: [40, 55], description: '负责疾病预防和公共卫生。' },
	{ name: '五台县高洪口乡卫生院', kind: 'institution', township: '高洪口乡', sectors: ['medical'], staff: [15, 25], description: '乡镇卫生院。' },
	{ name: '五台县蒋坊乡中心学校', kind: 'institution', township: '蒋坊乡', sectors: ['school'], staff: [40, 55], description: '乡中心学校。' },
	{ name: '五台县公共交通有限公司', kind: 'state_owned', township: '台城镇', sectors: ['transport', 'office'], description: '经营县城公交和城乡客运班线。' },
	{ name: '中国邮政集团有限公司五台县分公司', kind: 'state_owned', township: '台城镇', sectors: ['logistics', 'office'], description: '邮政寄递和农村电商服务站。' },
	{ name: '五台县巧手家政服务有限公司', kind: 'private', township: '台城镇', sectors: ['homecare'], description: '提供家政、保洁和居家养老服务。' },
	{ name: '东雷乡人民政府', kind: 'agency', township: '东雷乡', sectors: ['township', 'office'], staff: [30, 42], description: '东雷乡政府。' },
	{ name: '五台县石咀镇兴隆饭店', kind: 'individual_business', township: '石咀镇', sectors: ['hotel', 'food'], description: '景区沿线饭店，夏秋旺季用工多。' },
	{ name: '五台县慈善总会', kind: 'social_organization', usccPrefix: '51', township: '台城镇', sectors: ['office'], description: '社会团体，开展助残、助学和救灾募捐。' },
	{ name: '耿镇镇人民政府', kind: 'agency', township: '耿镇镇', sectors: ['township', 'office'], staff: [40, 52], description: '耿镇镇政府。' },
	{ name: '建安镇人民政府', kind: 'agency', township: '建安镇', sectors: ['township', 'office'], staff: [45, 58], description: '建安镇政府。' },
	{ name: '台怀镇人民政府', kind: 'agency', township: '台怀镇', sectors: ['township', 'office'], staff: [40, 55], description: '台怀镇政府，由五台山风景名胜区管理。' },
	{ name: '五台县粮食收储有限公司', kind: 'state_owned', township: '建安镇', sectors: ['warehouse', 'food'], description: '国有粮食收购和储备。' },
	{ name: '五台县晋味源餐饮有限公司', kind: 'private', township: '台城镇', sectors: ['hotel', 'food'], description: '经营面食馆和团餐配送。' },
];

export type PostingTemplate = {
	postType: PostType;
	title: string;
	occupationCode: string | null;
	/** The employer must have one of these sectors (any employer of the post type when none does). */
	sectors: readonly Sector[];
	workModes: readonly WorkMode[];
	categories: readonly number[];
	/** payMin is drawn from `pay`, payMax = payMin + a draw from `spread`; whole hundreds. */
	pay: readonly [number, number];
	spread: readonly [number, number];
	headcount: readonly [number, number];
	accommodations: readonly Accommodation[];
	/** 2–4 sentences: the first `fixed` (default 1) always, then some of the others in order. */
	sentences: readonly string[];
	fixed?: number;
};

const OFFICE: readonly Sector[] = ['office'];

/** Posting templates for every post type. Placeholders: {employer} {township} {village}. */
// prettier-ignore
export const POSTING_TEMPLATES: readonly PostingTemplate[] = [
	// 普通岗位（按比例安排）
	{ postType: 'quota', title: '文员', occupationCode: null, sectors: OFFICE, workModes: ['full_time'], categories: [2, 3, 4], pay: [1800, 2600], spread: [300, 800], headcount: [1, 2], accommodations: ['step_free_entrance', 'accessible_toilet', 'text_communication'], sentences: ['负责{employer}的文件整理、收发登记和资料归档。', '会用电脑打字，能使用Word和Excel就行，不要求工作经验。', '签订劳动合同，缴纳五险，周末双休。', '工作内容固定，有同事带着熟悉流程。'] },
	{ postType: 'quota', title: '数据录入员', occupationCode: null, sectors: ['office', 'medical', 'ecommerce', 'callcenter'], workModes: ['full_time', 'part_time'], categories: [2, 3, 4], pay: [1800, 2400], spread: [200, 600], headcount: [1, 3], accommodations: ['quiet_room', 'flexible_hours', 'adjustable_desks'], sentences: ['把纸质单据和表格里的信息录入电脑系统，并核对一遍。', '打字速度每分钟30字以上即可，岗前有培训。', '以坐着工作为主，不需要搬运重物。', '按月发工资，缴纳社会保险。'] },
	{ postType: 'quota', title: '会计助理', occupationCode: null, sectors: OFFICE, workModes: ['full_time'], categories: [2, 3, 4], pay: [2200, 3000], spread: [300, 800], headcount: [1, 1], accommodations: ['step_free_entrance', 'quiet_room'], sentences: ['协助会计整理票据、登记台账和核对报表。', '需要中专以上学历，会计相关专业优先。', '会用Excel，做事细心。', '签订劳动合同，缴纳五险。'] },
	{ postType: 'quota', title: '前台接待', occupationCode: null, sectors: ['hotel', 'medical', 'office'], workModes: ['full_time'], categories: [4], pay: [1900, 2500], spread: [200, 600], headcount: [1, 2], accommodations: ['step_free_entrance', 'lift', 'adjustable_desks'], sentences: ['在{employer}前台接待来访人员，登记信息并做好引导。', '需要普通话清楚，待人热情。', '前台为坐姿工作，轮椅可以进出。', '做六休一，提供午餐。'] },
	{ postType: 'quota', title: '仓库管理员', occupationCode: null, sectors: ['warehouse', 'logistics', 'utility'], workModes: ['full_time'], categories: [2, 3, 4], pay: [2000, 2800], spread: [300, 800], headcount: [1, 2], accommodations: ['picture_instructions', 'mentor'], sentences: ['负责货物的入库登记、出库核对和月底盘点。', '会用电脑做简单登记，有仓库经验的优先。', '搬运由叉车和装卸工完成，本岗位以记录和核对为主。', '缴纳五险，包午餐。'] },
	{ postType: 'quota', title: '质检员', occupationCode: null, sectors: ['food', 'garment', 'packaging'], workModes: ['full_time'], categories: [2, 3, 4], pay: [2000, 2800], spread: [200, 700], headcount: [1, 3], accommodations: ['picture_instructions', 'quiet_room', 'mentor'], sentences: ['在生产线末端检查产品的外观和包装，挑出不合格品并登记。', '视力正常、做事细心即可，岗前培训一周。', '车间有座位，可以坐着工作。', '签订劳动合同，缴纳五险。'] },
	{ postType: 'quota', title: '超市收银员', occupationCode: null, sectors: ['retail'], workModes: ['full_time', 'part_time'], categories: [2, 4], pay: [1800, 2300], spread: [200, 500], headcount: [1, 3], accommodations: ['adjustable_desks', 'rest_breaks'], sentences: ['负责收银、扫码和给顾客装袋。', '会用手机和简单的电脑操作即可，上岗前有人教。', '两班倒，每班7小时。', '缴纳社会保险，节假日有加班费。'] },
	{ postType: 'quota', title: '客房服务员', occupationCode: null, sectors: ['hotel'], workModes: ['full_time'], categories: [2, 3], pay: [2000, 2600], spread: [200, 600], headcount: [2, 4], accommodations: ['housing', 'meals', 'signing_staff'], sentences: ['负责客房的清扫、床品更换和物品补充。', '能吃苦、手脚麻利，不需要与客人多交流。', '旅游旺季5月到10月工作量较大。', '包吃住，缴纳社会保险。'] },
	{ postType: 'quota', title: '缝纫工', occupationCode: null, sectors: ['garment'], workModes: ['full_time'], categories: [2, 3, 4], pay: [2000, 3000], spread: [300, 1000], headcount: [2, 5], accommodations: ['signing_staff', 'picture_instructions', 'transport_support'], sentences: ['在车间用缝纫机缝制校服和工作服。', '有缝纫基础的优先，没有基础的可以带薪学徒一个月。', '计件工资，多劳多得。', '厂里有班车接送东冶镇周边的职工。'] },
	{ postType: 'quota', title: '分拣打包员', occupationCode: null, sectors: ['logistics', 'packaging', 'food'], workModes: ['full_time', 'part_time'], categories: [2, 3, 4, 5], pay: [1800, 2400], spread: [200, 600], headcount: [2, 6], accommodations: ['picture_instructions', 'rest_breaks', 'mentor'], sentences: ['按单子把货物分拣好，装箱、封箱、贴面单。', '动作简单，一天就能学会。', '每工作2小时休息15分钟。', '缴纳社会保险，提供午餐。'] },
	{ postType: 'quota', title: '家政服务员', occupationCode: '4-10-01-06', sectors: ['homecare'], workModes: ['full_time', 'part_time'], categories: [2, 3, 4], pay: [2000, 3000], spread: [300, 1000], headcount: [2, 5], accommodations: ['flexible_hours', 'text_communication'], sentences: ['上门为客户做家庭保洁、做饭和照看老人。', '公司统一培训，考取家政服务员证书后上岗。', '可以按钟点或按月工作，时间比较灵活。', '工资按月结算，公司代缴意外险。'] },
	{ postType: 'quota', title: '面点帮厨', occupationCode: null, sectors: ['hotel', 'food'], workModes: ['full_time'], categories: [2, 3], pay: [1900, 2500], spread: [200, 600], headcount: [1, 2], accommodations: ['signing_staff', 'meals'], sentences: ['协助面点师傅和面、擀面、蒸馒头和包子。', '会做家常面食的优先。', '早班6点上班，下午2点下班。', '包两餐，缴纳社会保险。'] },
	// 公益性岗位
	{ postType: 'public_welfare', title: '乡村保洁员', occupationCode: null, sectors: ['township'], workModes: ['part_time', 'full_time'], categories: [2, 3, 4, 5], pay: [1880, 1880], spread: [0, 100], headcount: [1, 3], accommodations: ['flexible_hours', 'rest_breaks'], fixed: 3, sentences: ['在{village}及周边负责村内道路和公共场所的日常保洁。', '这是乡村公益性岗位，岗位补贴由衔接推进乡村振兴补助资金支付。', '签订一年劳务协议，期满考核合格可以续签，累计期限不超过3年。', '优先安排在残联登记的本村残疾人及其家庭成员。'] },
	{ postType: 'public_welfare', title: '护路员', occupationCode: null, sectors: ['transport', 'township'], workModes: ['part_time'], categories: [2, 3, 4], pay: [1880, 1880], spread: [0, 100], headcount: [1, 2], accommodations: ['flexible_hours'], fixed: 3, sentences: ['负责{township}境内农村公路的日常巡查，清理路面落石和杂物。', '这是乡村公益性岗位，报酬由就业补助资金和乡村振兴衔接资金支付。', '每次签订一年协议，累计期限不超过3年。', '发现路面塌陷等情况用手机拍照上报即可。'] },
	{ postType: 'public_welfare', title: '生态护林员', occupationCode: null, sectors: ['forest', 'township'], workModes: ['part_time'], categories: [2, 3], pay: [1880, 1880], spread: [0, 100], headcount: [1, 3], accommodations: ['text_communication'], fixed: 3, sentences: ['负责{village}周边山林的日常巡护和防火宣传。', '这是乡村公益性岗位，资金来源为生态护林员补助资金。', '聘期一年，可以续聘，累计期限不超过3年。', '巡护路线固定，发现火情通过手机上报。'] },
	{ postType: 'public_welfare', title: '社区协理员', occupationCode: null, sectors: ['civil', 'township'], workModes: ['full_time'], categories: [2, 3, 4], pay: [1880, 1880], spread: [0, 200], headcount: [1, 2], accommodations: ['step_free_entrance', 'accessible_toilet', 'text_communication'], fixed: 3, sentences: ['在{township}的社区协助做好救助对象走访、信息登记和政策宣传。', '这是城镇公益性岗位，岗位补贴和社会保险补贴由就业补助资金支付。', '合同一年一签，期限不超过3年；距法定退休年龄不足5年的可以延长到退休。', '会用电脑和手机做简单登记即可。'] },
	{ postType: 'public_welfare', title: '农家书屋管理员', occupationCode: null, sectors: ['culture', 'township'], workModes: ['part_time'], categories: [1, 2, 3, 4], pay: [1880, 1880], spread: [0, 100], headcount: [1, 1], accommodations: ['flexible_hours', 'screen_reader_software'], fixed: 3, sentences: ['负责{village}农家书屋的开门、图书借还和登记。', '这是乡村公益性岗位，补贴由县财政统筹资金支付，期限不超过3年。', '每周开放5天，每天4小时，工作轻松。', '借还登记用手机小程序完成，支持读屏。'] },
	{ postType: 'public_welfare', title: '村残疾人专职委员', occupationCode: null, sectors: ['civil', 'township'], workModes: ['part_time'], categories: [1, 2, 3, 4], pay: [1880, 1880], spread: [0, 100], headcount: [1, 1], accommodations: ['flexible_hours', 'text_communication'], fixed: 3, sentences: ['协助乡镇残联做好本村残疾人的走访、证件办理和需求登记。', '这是乡村公益性岗位，补贴由就业补助资金支付。', '签订一年协议，累计期限不超过3年。', '熟悉本村情况、会用智能手机的优先。'] },
	{ postType: 'public_welfare', title: '光伏电站看护员', occupationCode: null, sectors: ['township'], workModes: ['part_time'], categories: [2, 3, 4], pay: [1880, 1880], spread: [0, 100], headcount: [1, 1], accommodations: ['flexible_hours'], fixed: 3, sentences: ['负责{village}村级光伏电站的日常看护，清理板面积雪和杂物。', '这是乡村公益性岗位，补贴从光伏收益和衔接资金中支付。', '协议一年一签，累计期限不超过3年。'] },
	// 盲人医疗按摩
	{ postType: 'blind_medical_massage', title: '盲人医疗按摩师', occupationCode: 'X-YLMA', sectors: ['massage'], workModes: ['full_time'], categories: [1], pay: [2500, 3200], spread: [500, 1300], headcount: [1, 2], accommodations: ['tactile_paths', 'screen_reader_software', 'housing'], fixed: 2, sentences: ['{employer}是经县卫生健康部门批准的盲人医疗按摩所，诊疗科目为推拿科（盲人医疗按摩）。', '应聘者须持有《盲人医疗按摩人员从事医疗按摩资格证书》，入职后由本所办理执业备案。', '收入为底薪加提成，缴纳社会保险。', '店内物品固定摆放，新员工有一周熟悉环境的时间。'] },
	{ postType: 'blind_medical_massage', title: '盲人医疗按摩师（颈肩腰腿痛方向）', occupationCode: 'X-YLMA', sectors: ['massage'], workModes: ['full_time'], categories: [1], pay: [2800, 3500], spread: [500, 1000], headcount: [1, 1], accommodations: ['tactile_paths', 'screen_reader_software'], fixed: 2, sentences: ['为颈肩腰腿痛患者做盲人医疗按摩治疗。', '须持有《盲人医疗按摩人员从事医疗按摩资格证书》，有两年以上临床经验的优先。', '按摩所已是医保定点，患者较稳定。', '底薪加提成，每年参加不少于20学时的继续教育。'] },
	// 盲人保健按摩
	{ postType: 'blind_health_massage', title: '保健按摩师', occupationCode: '4-10-04-02', sectors: ['massage'], workModes: ['full_time'], categories: [1], pay: [2000, 2800], spread: [500, 1200], headcount: [1, 3], accommodations: ['tactile_paths', 'housing', 'meals'], fixed: 2, sentences: ['在{employer}为顾客做保健按摩。', '需持有保健按摩师职业技能等级证书，或参加过残联组织的盲人保健按摩培训。', '收入为保底工资加提成。', '包吃住，店里有盲人师傅带教。'] },
	{ postType: 'blind_health_massage', title: '足部按摩师', occupationCode: '4-10-04-02', sectors: ['massage'], workModes: ['full_time', 'part_time'], categories: [1, 2, 3], pay: [1900, 2600], spread: [500, 1200], headcount: [1, 2], accommodations: ['tactile_paths', 'text_communication'], fixed: 2, sentences: ['为顾客做足部按摩和足浴。', '有足部按摩经验的优先，没有经验的店里免费培训。', '旅游旺季客人多，收入较高。'] },
	{ postType: 'blind_health_massage', title: '保健按摩学徒', occupationCode: '4-10-04-02', sectors: ['massage'], workModes: ['full_time'], categories: [1], pay: [1600, 1800], spread: [200, 600], headcount: [1, 2], accommodations: ['mentor', 'housing', 'screen_reader_software'], fixed: 2, sentences: ['跟着店里的盲人师傅学习保健按摩手法。', '没有经验也可以，学习三个月，期间每月有生活补贴。', '学成后可以留店工作，考取保健按摩师证书。'] },
	// 辅助性就业
	{ postType: 'auxiliary_employment', title: '手工编织（辅助性就业）', occupationCode: null, sectors: ['auxiliary'], workModes: ['part_time', 'flexible'], categories: [4, 5, 6, 7], pay: [1200, 1400], spread: [200, 400], headcount: [5, 10], accommodations: ['mentor', 'rest_breaks', 'picture_instructions', 'transport_support'], sentences: ['在{employer}用毛线和草绳编织坐垫、挂件等手工艺品，有老师手把手教。', '每天上午9点到下午3点，中间可以休息，按件计酬。', '欢迎智力、精神和重度肢体残疾朋友报名，家人可以先陪着来看看。', '签订辅助性就业协议，机构为每个人购买意外伤害保险。'] },
	{ postType: 'auxiliary_employment', title: '简单包装（辅助性就业）', occupationCode: null, sectors: ['auxiliary', 'packaging'], workModes: ['part_time', 'flexible'], categories: [4, 5, 6, 7], pay: [1200, 1400], spread: [200, 400], headcount: [5, 10], accommodations: ['mentor', 'rest_breaks', 'picture_instructions'], sentences: ['把小米、红枣等小包装产品装袋、封口、贴标签。', '动作简单，每一步都有图片说明。', '时间灵活，身体不舒服可以请假。', '签订辅助性就业协议，购买意外伤害保险，提供午餐。'] },
	{ postType: 'auxiliary_employment', title: '串珠手工（辅助性就业）', occupationCode: null, sectors: ['auxiliary'], workModes: ['part_time', 'flexible'], categories: [5, 6, 7], pay: [1100, 1300], spread: [200, 400], headcount: [5, 8], accommodations: ['mentor', 'rest_breaks', 'quiet_room'], sentences: ['用彩色珠子串手链、钥匙扣等文创小商品。', '工作环境安静，有辅导员全程陪伴。', '按件计酬，每月结算。', '家长可以来接送，也可以由机构车辆接送。'] },
	{ postType: 'auxiliary_employment', title: '纸盒折叠（辅助性就业）', occupationCode: null, sectors: ['auxiliary', 'packaging'], workModes: ['part_time', 'flexible'], categories: [4, 5, 6], pay: [1100, 1300], spread: [200, 400], headcount: [5, 10], accommodations: ['mentor', 'rest_breaks'], sentences: ['把印好的纸板折成包装盒，数量清点后装箱。', '坐着工作，动作简单重复。', '每天工作不超过5小时，按件计酬。'] },
	// 居家就业、网络就业
	{ postType: 'home_based', title: '电商客服（居家）', occupationCode: null, sectors: ['ecommerce', 'callcenter'], workModes: ['home_based'], categories: [1, 2, 3, 4], pay: [1600, 2200], spread: [300, 1000], headcount: [2, 5], accommodations: ['remote_work', 'flexible_hours', 'screen_reader_software'], sentences: ['在家通过电脑回复{employer}网店顾客的线上咨询，处理订单和售后问题。', '公司提供线上培训，培训合格后上岗。', '需要会打字，每天在线6小时，可以选上午班或下午班。', '居家办公，不用每天通勤，底薪加提成。'] },
	{ postType: 'home_based', title: '电话外呼专员（居家）', occupationCode: '4-04-05-03', sectors: ['callcenter'], workModes: ['home_based'], categories: [1, 4], pay: [1700, 2300], spread: [300, 1000], headcount: [2, 6], accommodations: ['remote_work', 'flexible_hours', 'screen_reader_software'], sentences: ['在家用电话做客户回访和满意度调查，按公司提供的话术沟通。', '需要普通话清楚，会用手机或电脑。', '公司提供耳机和线上培训，按通话量计酬。', '属于居家客服岗位，时间自己安排。'] },
	{ postType: 'home_based', title: '数据标注员（居家）', occupationCode: '4-04-05-05', sectors: ['ecommerce', 'callcenter', 'office'], workModes: ['home_based'], categories: [2, 3, 4], pay: [1600, 2200], spread: [400, 1200], headcount: [3, 8], accommodations: ['remote_work', 'flexible_hours', 'text_communication'], sentences: ['在家通过电脑给图片、语音和文字做分类标注。', '公司提供线上培训和标注规范，按完成量计酬。', '需要自备电脑和宽带，会基本电脑操作。', '有问题在线上群里用文字沟通，不需要打电话。'] },
	{ postType: 'home_based', title: '直播销售员（可居家）', occupationCode: '4-01-02-07', sectors: ['ecommerce'], workModes: ['home_based'], categories: [2, 4], pay: [1600, 2000], spread: [800, 2000], headcount: [1, 3], accommodations: ['remote_work', 'flexible_hours'], sentences: ['通过手机直播介绍五台小米、台蘑、黄花菜等本地土特产。', '公司提供货源、线上培训和补光灯等设备，可以在家开播。', '底薪加销售提成，卖得越多收入越高。'] },
	{ postType: 'home_based', title: '线上文字客服（居家）', occupationCode: '4-04-05-03', sectors: ['callcenter', 'ecommerce'], workModes: ['home_based'], categories: [2, 3, 4], pay: [1600, 2100], spread: [300, 900], headcount: [2, 6], accommodations: ['remote_work', 'text_communication', 'flexible_hours'], sentences: ['在家通过线上平台用文字回答客户的问题，不需要接电话。', '适合听力、言语残疾朋友，会打字即可。', '公司提供线上培训，每月结算工资。'] },
	// 就业帮扶基地、种养加
	{ postType: 'rural_support_base', title: '大棚蔬菜种植工', occupationCode: null, sectors: ['greenhouse'], workModes: ['full_time', 'flexible'], categories: [2, 3, 4, 5], pay: [1800, 2200], spread: [200, 600], headcount: [3, 10], accommodations: ['flexible_hours', 'mentor', 'meals'], sentences: ['在{township}的蔬菜大棚里做育苗、浇水、打杈和采摘。', '有种地经验就行，技术员会现场指导。', '按天计工，每月结算一次。', '离家近的可以早出晚归，农忙时多干多得。'] },
	{ postType: 'rural_support_base', title: '食用菌栽培工', occupationCode: null, sectors: ['mushroom'], workModes: ['full_time', 'flexible'], categories: [2, 3, 4, 5], pay: [1800, 2300], spread: [200, 600], headcount: [3, 8], accommodations: ['mentor', 'rest_breaks'], sentences: ['在菇棚里做装袋、接种、通风和采菇。', '不需要经验，合作社统一培训食用菌种植技术。', '按天计工，每月结算。', '可以优先参加合作社的分红。'] },
	{ postType: 'rural_support_base', title: '养殖工', occupationCode: null, sectors: ['livestock'], workModes: ['full_time'], categories: [2, 3, 4], pay: [2000, 2600], spread: [200, 600], headcount: [1, 3], accommodations: ['housing', 'meals'], sentences: ['负责牛羊或蛋鸡的喂料、饮水和圈舍清扫。', '养过牲畜的优先，能早起。', '包吃住，每月休息4天。'] },
	{ postType: 'rural_support_base', title: '农产品分拣员', occupationCode: null, sectors: ['greenhouse', 'mushroom', 'grain', 'food'], workModes: ['flexible', 'part_time'], categories: [2, 3, 4, 5, 6], pay: [1800, 2200], spread: [200, 500], headcount: [3, 10], accommodations: ['rest_breaks', 'picture_instructions', 'quiet_room'], sentences: ['把采收的蔬菜、菌菇或杂粮按大小和品相分拣装箱。', '坐着工作，活儿不重。', '按天或按件计酬，每月结算。'] },
	{ postType: 'rural_support_base', title: '小米加工工人', occupationCode: null, sectors: ['grain'], workModes: ['full_time', 'flexible'], categories: [2, 3, 4], pay: [1900, 2400], spread: [200, 600], headcount: [2, 5], accommodations: ['mentor', 'meals'], sentences: ['在加工车间操作脱壳、筛选和包装设备，加工五台小米。', '设备操作简单，上岗前有师傅带三天。', '秋收后10月到次年3月最忙。', '提供午餐，缴纳意外伤害保险。'] },
	{ postType: 'rural_support_base', title: '大棚种植技术员', occupationCode: '5-05-01-00', sectors: ['greenhouse'], workModes: ['full_time'], categories: [2, 3, 4], pay: [2600, 3200], spread: [300, 800], headcount: [1, 1], accommodations: ['flexible_hours', 'text_communication'], sentences: ['负责大棚作物的种植技术指导和病虫害防治。', '需要农学相关专业中专以上学历，或有三年以上大棚种植经验。', '合作社提供住宿，缴纳社会保险。'] },
];

export type CourseSeed = {
	title: string;
	provider: string;
	occupationCode: string | null;
	township: string;
	/** Start, relative to `now`, in days; negative for finished or running courses. */
	startOffset: number;
	days: number;
	seats: number;
	description: string;
	/** the certificate a completion gives (contracts' CERTIFICATE_KINDS), if any */
	certificateKind?: string;
	/** what the course offers for access (contracts' TRAINING_ACCESS) */
	access?: string[];
};

// prettier-ignore
export const COURSES: readonly CourseSeed[] = [
	{ title: '盲人保健按摩培训班', provider: '忻州市盲人按摩指导中心', occupationCode: '4-10-04-02', township: '台城镇', startOffset: -160, days: 30, seats: 20, description: '面向视力残疾人，教授保健按摩基本手法和经络知识，结业后可参加保健按摩师职业技能等级认定。', access: ['braille_large_print', 'step_free'] },
	{ title: '电商客服培训', provider: '五台县职业中学', occupationCode: '4-01-02-02', township: '台城镇', startOffset: -90, days: 10, seats: 40, description: '学习网店客服的沟通技巧、订单处理和售后流程，结业后推荐居家客服岗位。', certificateKind: 'ecommerce_service', access: ['online'] },
	{ title: '手工编织培训', provider: '五台县残疾人联合会', occupationCode: 'X-SGBZ', township: '东冶镇', startOffset: -60, days: 15, seats: 30, description: '学习毛线和草编坐垫、挂件的编织方法，作品可由辅助性就业机构统一收购。', certificateKind: 'handicraft', access: ['step_free'] },
	{ title: '食用菌种植技术培训', provider: '五台县残疾人联合会', occupationCode: 'X-NYG', township: '金岗库乡', startOffset: -40, days: 5, seats: 35, description: '讲解台蘑、香菇的栽培、管理和采收，在合作社菇棚现场教学。', certificateKind: 'agriculture' },
	{ title: '计算机基础培训', provider: '五台县职业中学', occupationCode: 'X-SJLR', township: '台城镇', startOffset: -20, days: 20, seats: 30, description: '从开机、打字学起，学会使用办公软件和手机办事，视力残疾学员配读屏软件。', certificateKind: 'computer_basics', access: ['braille_large_print', 'step_free'] },
	{ title: '盲人医疗按摩考前辅导班', provider: '忻州市盲人按摩指导中心', occupationCode: 'X-YLMA', township: '台城镇', startOffset: 15, days: 25, seats: 15, description: '为参加全国盲人医疗按摩人员考试的学员辅导理论和实操，提供盲文和大字教材。', access: ['braille_large_print'] },
	{ title: '大棚蔬菜种植技术培训', provider: '五台县残疾人联合会', occupationCode: '5-05-01-00', township: '阳白乡', startOffset: 10, days: 7, seats: 40, description: '在阳白现代农业循环园区现场学习育苗、水肥管理和病虫害防治。', certificateKind: 'agriculture' },
	{ title: '呼叫中心服务员培训', provider: '五台县职业中学', occupationCode: '4-04-05-03', township: '台城镇', startOffset: 20, days: 10, seats: 30, description: '学习电话客服和外呼的规范用语与系统操作，合格后推荐居家外呼岗位。' },
	{ title: '数据标注员培训', provider: '五台县残疾人联合会', occupationCode: '4-04-05-05', township: '台城镇', startOffset: 35, days: 10, seats: 30, description: '学习图片和文字的标注规范，线上授课为主，可在家参加。', access: ['online'] },
	{ title: '直播带货技能培训', provider: '五台县职业中学', occupationCode: '4-01-02-07', township: '台城镇', startOffset: 45, days: 8, seats: 25, description: '学习手机直播、短视频拍摄和本地土特产推介，结业后对接电商企业。' },
	{ title: '家政服务员培训', provider: '五台县残疾人联合会', occupationCode: '4-10-01-06', township: '豆村镇', startOffset: 60, days: 12, seats: 30, description: '学习家庭保洁、家常菜制作和老人照护，结业后推荐家政公司就业。', certificateKind: 'domestic_service' },
	{ title: '中式面点制作培训', provider: '五台县职业中学', occupationCode: 'X-MDS', township: '东冶镇', startOffset: 75, days: 15, seats: 25, description: '学习莜面、馒头、花卷等本地面食的制作，适合听力和言语残疾学员，课上配手语翻译。', access: ['sign_language'] },
];

export const FAIR_ORGANIZER = '五台县人力资源和社会保障局、五台县残疾人联合会';
