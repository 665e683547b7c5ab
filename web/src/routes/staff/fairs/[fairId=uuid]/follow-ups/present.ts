import type { FollowUp } from '@ronghe/contracts';
import { formatDate, formatDateTime } from '$lib/format';
import { chinaDay } from '$lib/server/fair-clock';

/** A visit as the page shows it: dates in the site's format, the last visit in words. */
export function presentFollowUp(v: FollowUp) {
	return {
		...v,
		due: formatDate(chinaDay(v.dueAt)),
		opens: formatDate(chinaDay(v.opensAt)),
		hired: v.hiredAt ? formatDate(chinaDay(v.hiredAt)) : null,
		recorded: v.doneAt ? formatDateTime(v.doneAt) : null,
		resultText:
			v.stillEmployed === null
				? null
				: [
						v.stillEmployed ? '还在岗' : '已经离岗',
						v.monthlyWage === null ? null : `每月工资 ${v.monthlyWage} 元`,
						v.problems ? `遇到的问题：${v.problems}` : null,
					]
						.filter(Boolean)
						.join('；'),
		previousText: v.previous
			? `${v.previous.day} 天回访时${v.previous.stillEmployed ? '在岗' : '已经离岗'}`
			: null,
	};
}
export type PresentedFollowUp = ReturnType<typeof presentFollowUp>;

/**
 * The short form as posted: 是/否 radios, a wage typed as people write it (“2,600”, “2600元”),
 * and the problems. What cannot be read as a number goes to the check as typed, which then
 * says so next to the field.
 */
export function readFollowUpForm(form: FormData) {
	const text = (k: string) => String(form.get(k) ?? '');
	const typed = {
		stillEmployed: text('stillEmployed'),
		monthlyWage: text('monthlyWage'),
		problems: text('problems'),
	};
	const wage = typed.monthlyWage.replace(/[,，\s]|元$/g, '');
	const body = {
		stillEmployed:
			typed.stillEmployed === 'yes' ? true : typed.stillEmployed === 'no' ? false : undefined,
		monthlyWage: wage === '' ? null : /^-?\d+(\.\d+)?$/.test(wage) ? Number(wage) : wage,
		problems: typed.problems,
	};
	return { followUpId: text('followUpId'), typed, body };
}
