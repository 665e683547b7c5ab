import type { occupations } from '../schema/postings.js';

type Row = Pick<
	typeof occupations.$inferInsert,
	'code' | 'name' | 'aliases' | 'digital' | 'green' | 'confirmed'
>;

/**
 * 《中华人民共和国职业分类大典》 occupations that postings on this platform use most
 * (docs/domain.md#occupations).
 * Codes are those cited by the national skill standards (2015 edition numbering); `confirmed: false`
 * marks codes not verified in any source. Staff can edit and add rows; the full 2022 list can be
 * imported into the same table.
 */
// prettier-ignore
export const OCCUPATIONS: readonly Row[] = [
	{ code: '4-10-04-02', name: '保健按摩师', aliases: ['按摩', '推拿', '足疗', '盲人按摩'], confirmed: true },
	{ code: '4-04-05-03', name: '呼叫中心服务员', aliases: ['客服', '电话客服', '外呼', '话务员', '电话销售'], confirmed: true },
	{ code: '4-04-05-05', name: '人工智能训练师', aliases: ['数据标注', '数据标注员'], digital: true, confirmed: true },
	{ code: '4-01-02-07', name: '互联网营销师', aliases: ['直播', '直播带货', '主播'], digital: true, confirmed: true },
	{ code: '4-10-01-06', name: '家政服务员', aliases: ['家政', '保姆', '育婴', '育婴员'], confirmed: true },
	{ code: '5-05-01-00', name: '农业技术员', aliases: ['农技'], confirmed: true },
	{ code: '4-01-02-02', name: '电子商务师', aliases: ['电商', '网店运营', '电商客服', '电商美工'], digital: true, confirmed: false },
	{ code: '4-02-06-01', name: '仓储管理员', aliases: ['仓库管理员', '库管', '仓管'], confirmed: false },
	{ code: 'X-BJY', name: '保洁员', aliases: ['保洁', '清洁工', '打扫卫生'], confirmed: false },
	{ code: 'X-SGBZ', name: '手工编织工', aliases: ['编织', '手工', '草编', '布艺'], confirmed: false },
	{ code: 'X-NYG', name: '农艺工', aliases: ['种植', '大棚', '蔬菜种植'], green: true, confirmed: false },
	{ code: 'X-JCSY', name: '家畜饲养员', aliases: ['养殖', '养羊', '养牛'], confirmed: false },
	{ code: 'X-SYY', name: '收银员', aliases: ['收银'], confirmed: false },
	{ code: 'X-BZG', name: '包装工', aliases: ['包装', '分拣'], confirmed: false },
	{ code: 'X-SJLR', name: '数据录入员', aliases: ['录入', '数据录入', '打字员', '文员'], digital: true, confirmed: false },
	{ code: 'X-MDS', name: '中式面点师', aliases: ['面点', '面点师', '面食'], confirmed: false },
	{ code: 'X-BA', name: '保安员', aliases: ['保安', '门卫'], confirmed: false },
	{ code: 'X-GYXG', name: '公益性岗位（保洁、护路、护林等）', aliases: ['公益岗', '护林员', '护路员', '乡村保洁'], green: true, confirmed: false },
	{ code: 'X-YLMA', name: '盲人医疗按摩人员', aliases: ['医疗按摩', '盲人医疗按摩', '盲人按摩'], confirmed: false },
	{ code: 'X-FZXJY', name: '辅助性就业（手工、简单加工）', aliases: ['辅助性就业', '辅助性就业（手工）', '庇护工场'], confirmed: false },
];
