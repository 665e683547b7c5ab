import { error, fail, redirect } from '@sveltejs/kit';
import {
	EMPLOYERS,
	QuotaWhatIfBodySchema,
	SaveQuotaYearBodySchema,
	type Problem,
} from '@ronghe/contracts';
import { collectErrors, readQuotaFigures, readWhatIf } from '$lib/levy-form';
import { readForm } from '$lib/server/form-data';
import { requireRole } from '$lib/server/guard';
import { fieldErrors, issuesOf, problemMessage, type FormErrors } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';
import { hireWindow, recentYears, yearOf } from './quota-year';
import { answerWhatIf } from './what-if';

const HERE = '/employer/quota';
const WHAT_IF_FIELDS = ['certificate', 'level', 'fromMonth'] as const;
// both forms show a message about the whole form under the key `form`
const formError = (problem: Problem): Record<string, string[]> => ({
	form: [problemMessage(problem)],
});
const whatIfErrors = ({
	errors,
	message,
}: FormErrors<string>): { errors: Record<string, string[]> } => ({
	errors: message ? { ...errors, form: [message] } : (errors as Record<string, string[]>),
});

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, EMPLOYERS);
	const year = yearOf(url);
	const res = await locals.api.employerQuota.get(year);
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	// `?level=3` (from a candidate's page) fills in the what-if and answers it at once
	const level = Number(url.searchParams.get('level'));
	const hiring = hireWindow();
	const hire =
		Number.isInteger(level) && level >= 1 && level <= 4
			? { certificate: 'disability' as const, level, fromMonth: hiring.firstMonth }
			: undefined;
	const answer = hire ? await answerWhatIf(locals.api, year, hire) : undefined;
	return {
		quota: res.data,
		year,
		years: recentYears(),
		hireWindow: hiring,
		saved: url.searchParams.get('saved') === '1',
		hire: hire && {
			values: {
				certificate: hire.certificate,
				level: String(level),
				fromMonth: String(hire.fromMonth),
			},
			whatIf: answer?.res.ok
				? { ...answer.res.data, hireYear: answer.hireYear, figuresYear: answer.figuresYear }
				: undefined,
		},
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ request, locals, url }) => {
		requireRole(locals, HERE, EMPLOYERS);
		const year = yearOf(url);
		const { values, body } = readQuotaFigures((await readForm(request)) ?? new FormData());
		const parsed = SaveQuotaYearBodySchema.safeParse(body);
		const failed = { form: 'save' as const, values };
		if (!parsed.success)
			return fail(400, { ...failed, errors: collectErrors(values, [], issuesOf(parsed.error)) });
		const res = await locals.api.employerQuota.save(year, parsed.data);
		if (!res.ok) return fail(res.problem.status, { ...failed, errors: formError(res.problem) });
		redirect(303, `${HERE}?year=${year}&saved=1#figures`);
	},

	whatIf: async ({ request, locals, url }) => {
		requireRole(locals, HERE, EMPLOYERS);
		const year = yearOf(url);
		const { values, body } = readWhatIf((await readForm(request)) ?? new FormData());
		const parsed = QuotaWhatIfBodySchema.safeParse(body);
		const failed = { form: 'whatIf' as const, whatIfValues: values };
		if (!parsed.success)
			return fail(400, { ...failed, ...whatIfErrors(fieldErrors(parsed.error, WHAT_IF_FIELDS)) });
		const hiring = hireWindow();
		if (parsed.data.fromMonth < hiring.firstMonth)
			return fail(400, {
				...failed,
				errors: {
					fromMonth: [
						`${hiring.year} 年 ${parsed.data.fromMonth} 月已经过去了，请选 ${hiring.firstMonth} 月或以后。`,
					],
				},
			});
		const { res, hireYear, figuresYear } = await answerWhatIf(locals.api, year, parsed.data);
		if (!res.ok) return fail(res.problem.status, { ...failed, errors: formError(res.problem) });
		return { ...failed, whatIf: { ...res.data, hireYear, figuresYear } };
	},
} satisfies Actions;
