import { INDICATORS, type Indicator } from '@ronghe/contracts';
import { formatNumber, formatPercent } from '$lib/format';

export { currentYear, yearChoices, yearOf } from '$lib/plan-years';

/** The address of one of the indicators pages (or the download) for a year and township. */
export function scopeHref(path: string, year: number, township?: string | null) {
	const p = new URLSearchParams({ year: String(year) });
	if (township) p.set('township', township);
	return `${path}?${p.toString()}`;
}

/** Where each indicator's people or units are listed, as the link names them. */
export const LINK_NAMES: Record<string, string> = {
	'/staff/training': '培训管理',
	'/staff/registry': '残疾人登记',
	'/staff/quota/agencies': '还没安排残疾人的机关和事业单位',
	'/staff/public-welfare': '公益性岗位安置',
	'/staff/massage': '盲人按摩人员和按摩所',
	'/staff/fairs': '招聘会管理',
};
// county staff's pages: township staff would only meet a 403 there
const COUNTY_PAGES = ['/staff/quota/agencies', '/staff/massage', '/staff/fairs'];

export const linkFor = (link: string | null, isTownship: boolean) =>
	link && !(isTownship && COUNTY_PAGES.includes(link)) ? link : null;

type Figure = Pick<Indicator, 'code' | 'unit'>;

/** A figure in words: `3 人`, `50%`, `有（1）` for the yes/no one. */
export function figure(item: Figure, v: number): string {
	if (item.unit === '%') return formatPercent(v, 1);
	if (item.code === 'federation_cadre') return v >= 1 ? '有（1）' : '没有（0）';
	return `${formatNumber(v)}${item.unit ? ` ${item.unit}` : ''}`;
}

export const actualText = (item: Figure & Pick<Indicator, 'actual'>) =>
	item.actual === null ? '还没有数据' : figure(item, item.actual);

/** `不少于 20 人`, `不超过 0 家`, or that there is none. */
export function targetText(item: Figure & Pick<Indicator, 'target'>): string {
	if (item.target === null) return '没有设目标';
	if (item.code === 'federation_cadre') return item.target >= 1 ? '要有（1）' : '不要求（0）';
	const way = INDICATORS[item.code].direction === 'at_least' ? '不少于' : '不超过';
	return `${way} ${figure(item, item.target)}`;
}
