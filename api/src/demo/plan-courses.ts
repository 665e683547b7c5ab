import type { CertificateKind, TrainingCourseData } from '@ronghe/contracts';

/** One demo course of the plan's training record (docs/demo-data.md). */
export type PlanCourse = {
	title: string;
	provider: string;
	occupationCode: string;
	certificateKind: CertificateKind | null;
	township: string;
	days: number;
	/** how many people finish it */
	trainees: number;
	/** the course's accessibility (the course form's 无障碍 field) */
	venue?: TrainingCourseData['access'];
	description: string;
};

const COUNTY_TRAINING = '五台县残疾人联合会';
const VOCATIONAL_SCHOOL = '五台县职业中学';

const course = {
	weaving: {
		title: '手工编织培训',
		provider: COUNTY_TRAINING,
		occupationCode: 'X-SGBZ',
		certificateKind: 'handicraft',
		township: '140922105',
		days: 15,
		venue: ['step_free'],
		description: '学习毛线和草编坐垫、挂件的编织方法，作品由辅助性就业机构统一收购。',
	},
	mushrooms: {
		title: '食用菌种植技术培训',
		provider: COUNTY_TRAINING,
		occupationCode: 'X-NYG',
		certificateKind: 'agriculture',
		township: '140971200',
		days: 5,
		description: '讲解台蘑、香菇的栽培、管理和采收，在合作社菇棚现场教学。',
	},
	ecommerce: {
		title: '电商客服培训',
		provider: VOCATIONAL_SCHOOL,
		occupationCode: '4-01-02-02',
		certificateKind: 'ecommerce_service',
		township: '140922100',
		days: 10,
		venue: ['online'],
		description: '学习网店客服的沟通技巧、订单处理和售后流程，结业后推荐居家客服岗位。',
	},
	homecare: {
		title: '家政服务员培训',
		provider: '五台县就业服务中心',
		occupationCode: '4-10-01-06',
		certificateKind: 'domestic_service',
		township: '140922100',
		days: 12,
		description: '学习家庭保洁、烹饪和照护老人的方法，考核合格发家政服务员证书。',
	},
	computer: {
		title: '计算机基础培训',
		provider: VOCATIONAL_SCHOOL,
		occupationCode: 'X-SJLR',
		certificateKind: 'computer_basics',
		township: '140922100',
		days: 20,
		venue: ['braille_large_print', 'step_free'],
		description: '从开机、打字学起，学会使用办公软件和手机办事，视力残疾学员配读屏软件。',
	},
	greenhouse: {
		title: '大棚蔬菜种植技术培训',
		provider: COUNTY_TRAINING,
		occupationCode: '5-05-01-00',
		certificateKind: 'agriculture',
		township: '140922209',
		days: 7,
		description: '在现代农业园区现场学习育苗、水肥管理和病虫害防治。',
	},
	massage: {
		title: '盲人保健按摩培训班',
		provider: '忻州市盲人按摩指导中心',
		occupationCode: '4-10-04-02',
		certificateKind: 'health_massage_junior',
		township: '140922100',
		days: 30,
		venue: ['braille_large_print', 'step_free'],
		description:
			'面向视力残疾人，教授保健按摩基本手法和经络知识，考核合格发保健按摩师（初级）证书。',
	},
} satisfies Record<string, Omit<PlanCourse, 'trainees'>>;

/**
 * The courses of each past year since 2021 (18, 22, 25, 28, 30 people: 123 by the end of 2025,
 * behind the plan's 200), started in spring and autumn.
 */
export const PAST_YEARS: readonly (readonly PlanCourse[])[] = [
	[
		{ ...course.weaving, trainees: 10 },
		{ ...course.mushrooms, trainees: 8 },
	],
	[
		{ ...course.ecommerce, trainees: 12 },
		{ ...course.homecare, trainees: 10 },
	],
	[
		{ ...course.computer, trainees: 13 },
		{ ...course.greenhouse, trainees: 12 },
	],
	[
		{ ...course.massage, trainees: 10 },
		{ ...course.weaving, trainees: 18 },
	],
	[
		{ ...course.ecommerce, trainees: 15 },
		{ ...course.mushrooms, trainees: 15 },
	],
];

/** This year: two finished courses (18 people, two short of the 20 a year) … */
export const THIS_YEAR: readonly PlanCourse[] = [
	{ ...course.greenhouse, trainees: 14 },
	{ ...course.computer, trainees: 4 },
];
/** … and one running now with 6 people: recording their 结业 meets the year's target. */
export const RUNNING: PlanCourse = { ...course.ecommerce, trainees: 6 };
/** People with a training need not met yet (besides those of the running course). */
export const UNMET_NEEDS = 28;
