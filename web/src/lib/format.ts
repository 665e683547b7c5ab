// Dates are shown in China Standard Time on the server and in the browser alike, so the
// text never changes during hydration and never depends on the phone's time zone setting.
const TIME_ZONE = 'Asia/Shanghai';

const dateTimeParts = new Intl.DateTimeFormat('zh-CN', {
	timeZone: TIME_ZONE,
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	weekday: 'short',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
});

// Calendar dates (`2027-01-08`) carry no time zone; read and print them as UTC.
const dateParts = new Intl.DateTimeFormat('zh-CN', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	weekday: 'short',
});

function partsOf(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
	const parts: Record<string, string> = {};
	for (const part of format.formatToParts(date)) parts[part.type] = part.value;
	return parts;
}

/** `2027-01-08T01:00:00Z` → `2027年1月8日 周五 09:00` */
export function formatDateTime(iso: string): string {
	const p = partsOf(dateTimeParts, new Date(iso));
	return `${p.year}年${p.month}月${p.day}日 ${p.weekday} ${p.hour}:${p.minute}`;
}

/** `2027-01-08` → `2027年1月8日 周五` */
export function formatDate(isoDate: string): string {
	const p = partsOf(dateParts, new Date(`${isoDate}T00:00:00Z`));
	return `${p.year}年${p.month}月${p.day}日 ${p.weekday}`;
}

/** `2027-01-08`, `2027-01-20` → `2027年1月8日 周五 至 2027年1月20日 周三` */
export function formatDateRange(startDate: string, endDate: string): string {
	return startDate === endDate
		? formatDate(startDate)
		: `${formatDate(startDate)} 至 ${formatDate(endDate)}`;
}

/** Monthly pay in words a screen reader reads well (no dashes or slashes). */
export function formatPay(payMin: number | null, payMax: number | null): string {
	if (payMin !== null && payMax !== null) {
		return payMin === payMax ? `每月 ${payMin} 元` : `每月 ${payMin} 至 ${payMax} 元`;
	}
	if (payMin !== null) return `每月 ${payMin} 元起`;
	if (payMax !== null) return `每月最多 ${payMax} 元`;
	return '面议（面试时商量）';
}

/** A count from the API, or a plain note when it was not recorded. */
export function formatCount(value: number | null, unit: string): string {
	return value === null ? '暂无数据' : `${value} ${unit}`;
}

/** How long something has waited since `iso`, in plain words: `3 天`, `5 小时`, `不到 1 小时`. */
export function formatWaited(iso: string, now: Date): string {
	const hours = Math.floor((now.getTime() - new Date(iso).getTime()) / 3_600_000);
	if (hours < 1) return '不到 1 小时';
	if (hours < 24) return `${hours} 小时`;
	return `${Math.floor(hours / 24)} 天`;
}

// Numbers: one way each across the site, grouped in thousands (1,234.5), so a figure reads the
// same in the levy calculator, the employer's home, the staff tables and the disclosure.

/** A count or share of people as a number alone: `1,234`, `1.5` (up to 4 decimals, as computed). */
export function formatNumber(n: number): string {
	return n.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}

/** `1.5` → `1.5 人` */
export function formatPeople(n: number): string {
	return `${formatNumber(n)} 人`;
}

/** An amount of money with its cents and no unit: `360,000.00`. */
export function formatAmount(n: number): string {
	return n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** `360000` → `360,000.00 元`; a missing figure says so. */
export function formatYuan(n: number | null, missing = '没有填'): string {
	return n === null ? missing : `${formatAmount(n)} 元`;
}

/** A ratio as a percentage: `0.015` → `1.5%` (up to `digits` decimals). */
export function formatPercent(ratio: number, digits = 2): string {
	return `${(ratio * 100).toLocaleString('zh-CN', { maximumFractionDigits: digits })}%`;
}

/** The county's calendar day (China time) as YYYY-MM-DD: for defaults and "this year", not display. */
export function chinaToday(now = new Date()): string {
	return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A month `2026-03` as `2026年3月`. */
export function formatMonth(month: string): string {
	const [y, m] = month.split('-');
	return `${y}年${Number(m)}月`;
}
