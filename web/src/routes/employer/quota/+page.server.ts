import { error, fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS, QuotaWhatIfBodySchema, SaveQuotaYearBodySchema } from '@ronghe/contracts';
import { readForm } from '$lib/server/form-data';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { collectErrors, parseNumber } from '../../levy/levy-form';
import type { Actions, PageServerLoad } from './$types';
import { recentYears, yearOf } from './quota-year';

const HERE = '/employer/quota';
const issues = (e: { issues: { path: PropertyKey[]; message: string }[] }) =>
	e.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }));

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, EMPLOYERS);
	const year = yearOf(url);
	const res = await locals.api.employerQuota.get(year);
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	// `?level=3` (from a candidate's page) fills in the what-if and answers it at once
	const level = Number(url.searchParams.get('level'));
	const hire =
		Number.isInteger(level) && level >= 1 && level <= 4
			? { certificate: 'disability' as const, level, fromMonth: 7 }
			: undefined;
	const whatIf = hire ? await locals.api.employerQuota.whatIf(year, hire) : undefined;
	return {
		quota: res.data,
		year,
		years: recentYears(),
		saved: url.searchParams.get('saved') === '1',
		hire: hire && {
			values: { certificate: hire.certificate, level: String(level), fromMonth: '7' },
			whatIf: whatIf?.ok ? whatIf.data : undefined,
		},
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ request, locals, url }) => {
		requireRole(locals, HERE, EMPLOYERS);
		const year = yearOf(url);
		const form = (await readForm(request)) ?? new FormData();
		const monthly = Array.from({ length: 12 }, (_, i) =>
			String(form.get(`monthlyStaff.${i}`) ?? '').trim(),
		);
		const values = {
			averageStaff: String(form.get('averageStaff') ?? '').trim(),
			monthlyStaff: monthly,
			wageBill: String(form.get('wageBill') ?? '').trim(),
		};
		const body = {
			monthlyStaff: monthly.some((m) => m) ? monthly.map((m) => parseNumber(m) ?? '') : undefined,
			averageStaff: parseNumber(values.averageStaff),
			wageBill: parseNumber(values.wageBill),
		};
		const parsed = SaveQuotaYearBodySchema.safeParse(body);
		const formValues = {
			...values,
			collectionYear: '',
			employerKind: '',
			localAverageWage: '',
			rows: [],
		};
		if (!parsed.success)
			return fail(400, {
				form: 'save' as const,
				values,
				errors: collectErrors(formValues, [], issues(parsed.error)),
			});
		const res = await locals.api.employerQuota.save(year, parsed.data);
		if (!res.ok)
			return fail(res.problem.status, {
				form: 'save' as const,
				values,
				errors: { form: [problemMessage(res.problem)] },
			});
		redirect(303, `${HERE}?year=${year}&saved=1#figures`);
	},

	whatIf: async ({ request, locals, url }) => {
		requireRole(locals, HERE, EMPLOYERS);
		const year = yearOf(url);
		const form = (await readForm(request)) ?? new FormData();
		const values = {
			certificate: String(form.get('certificate') ?? 'disability'),
			level: String(form.get('level') ?? '').trim(),
			fromMonth: String(form.get('fromMonth') ?? '').trim(),
		};
		const parsed = QuotaWhatIfBodySchema.safeParse({
			certificate: values.certificate,
			level: parseNumber(values.level),
			fromMonth: parseNumber(values.fromMonth),
		});
		if (!parsed.success) {
			const errors: Record<string, string[]> = {};
			for (const i of parsed.error.issues)
				(errors[String(i.path[0] ?? 'form')] ??= []).push(i.message);
			return fail(400, { form: 'whatIf' as const, whatIfValues: values, errors });
		}
		const res = await locals.api.employerQuota.whatIf(year, parsed.data);
		if (!res.ok)
			return fail(res.problem.status, {
				form: 'whatIf' as const,
				whatIfValues: values,
				errors: { form: [problemMessage(res.problem)] },
			});
		return { form: 'whatIf' as const, whatIfValues: values, whatIf: res.data };
	},
} satisfies Actions;
