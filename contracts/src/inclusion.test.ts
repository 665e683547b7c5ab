import { describe, expect, it } from 'vitest';
import { checkInclusion, findingKey, INCLUSION_RULES } from './inclusion.js';

const codes = (description: string, extra: Parameters<typeof checkInclusion>[0] = {}) =>
	checkInclusion({ title: '仓库管理员', description, ...extra }).map((f) => f.code);
const phrases = (description: string) =>
	checkInclusion({ title: '普工', description }).map((f) => f.phrase);

describe('checkInclusion', () => {
	it.each([
		['no_disability', '要求无残疾，能独立完成工作。', '无残疾'],
		['no_disability', '肢体健全，手脚灵活。', '肢体健全'],
		['no_illness', '无传染病，无精神病史。', '无传染病'],
		['good_health', '身体健康，能适应倒班。', '身体健康'],
		['appearance', '五官端正，形象气质佳。', '五官端正'],
		['appearance', '形象气质佳，善于沟通。', '形象气质佳'],
		['height', '身高160以上。', '身高160以上'],
		['height', '女性身高 1.6 米以上优先。', '身高 1.6 米以上'],
		['hearing', '听力正常，能接听电话。', '听力正常'],
		['vision', '视力良好，能看清小字。', '视力良好'],
		['vision', '矫正视力1.0以上，无色盲。', '无色盲'],
		['speech', '口齿清晰，性格开朗。', '口齿清晰'],
		['mandarin', '普通话流利。', '普通话流利'],
		['mandarin', '普通话标准者优先。', '普通话标准'],
		['age', '年龄 18-35 岁。', '年龄 18-35 岁'],
		['age', '35岁以下，有经验者优先。', '35岁以下'],
		['age', '年龄不超过45周岁。', '年龄不超过45周岁'],
		['sex', '限男性，能上夜班。', '限男性'],
		['sex', '女性优先。', '女性优先'],
		['hardship', '能吃苦耐劳，服从安排。', '能吃苦耐劳'],
		['overtime', '能适应加班。', '能适应加班'],
		['lifting_if_needed', '必要时搬运重物。', '必要时搬运重物'],
	])('flags %s in “%s”', (code, description, phrase) => {
		const found = checkInclusion({ title: '普工', description });
		expect(found).toContainEqual(expect.objectContaining({ code, phrase }));
	});

	it.each([
		['a health certificate the law requires', '需办理健康证，持健康证上岗。'],
		['words about looking after health', '单位每年组织免费体检，关注员工健康。'],
		[
			'disability categories the post welcomes',
			'欢迎视力残疾、听力残疾人士报名，低视力可用放大软件。',
		],
		['a negated requirement', '不要求身体健康证明以外的条件，不需要搬运重物，无需驾照。'],
		['男女不限', '男女不限，年龄不限。'],
		['the age of majority', '年满18周岁，18岁以上即可。'],
		['a workstation that adjusts to your height', '配有可调节身高的工作台。'],
		['lifting done by machines', '搬运由叉车完成，本岗位以记录为主。'],
		['plain overtime pay facts', '节假日有加班费。'],
	])('does not flag %s', (_what, description) => {
		expect(codes(description)).toEqual([]);
	});

	it('flags a driving licence for a desk job only', () => {
		const text = '有C1驾照，熟练使用电脑。';
		expect(codes(text, { title: '电话客服' })).toEqual(['driving_licence']);
		expect(codes(text, { title: '录入', postType: 'home_based' })).toEqual(['driving_licence']);
		expect(codes(text, { title: '助理', occupationCode: '4-04-05-03' })).toEqual([
			'driving_licence',
		]);
		expect(codes(text, { title: '配送司机', postType: 'quota' })).toEqual([]);
	});

	it('reads the title and the requirements too, and reports each phrase once', () => {
		const found = checkInclusion({
			title: '前台（限女性）',
			description: '身体健康。身体健康，限女性。',
			requirements: '普通话标准',
		});
		expect(found.map(findingKey)).toEqual([
			'good_health|身体健康',
			'mandarin|普通话标准',
			'sex|限女性',
		]);
	});

	it('finds several requirements in one sentence', () => {
		expect(phrases('身体健康，年龄 18-35 岁，五官端正，能吃苦。')).toEqual([
			'身体健康',
			'五官端正',
			'年龄 18-35 岁',
			'能吃苦',
		]);
	});

	it('explains every rule in Chinese and says what to write instead', () => {
		for (const rule of INCLUSION_RULES) {
			expect(rule.explanation).toMatch(/\p{Script=Han}/u);
			expect(rule.explanation).toMatch(/请/);
		}
	});

	it('finds nothing in an empty posting', () => {
		expect(checkInclusion({})).toEqual([]);
	});
});
