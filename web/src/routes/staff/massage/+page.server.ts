import { COUNTY_STAFF } from '@ronghe/contracts';
import { chinaToday } from '$lib/format';
import { loadFailed, requireRole } from '$lib/server/guard';
import { allClinics, allPractitioners } from '$lib/server/massage-form';
import type { PageServerLoad } from './$types';

const HERE = '/staff/massage';
const pageOf = (url: URL, name: string) =>
	Math.max(1, Number.parseInt(url.searchParams.get(name) ?? '1', 10) || 1);

/** 盲人按摩: practitioners (?pp=) and clinics (?cp=), each with what it still lacks. */
export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, COUNTY_STAFF);
	const pp = pageOf(url, 'pp');
	const cp = pageOf(url, 'cp');
	const [practitioners, clinics, everyone, everyClinic] = await Promise.all([
		locals.api.massage.practitioners(pp),
		locals.api.massage.clinics(cp),
		allPractitioners(locals.api),
		allClinics(locals.api),
	]);
	if (!practitioners.ok) loadFailed(practitioners.problem, HERE);
	if (!clinics.ok) loadFailed(clinics.problem, HERE);
	return {
		practitioners: practitioners.data,
		clinics: clinics.data,
		pp,
		cp,
		// continuing education counts by the county's calendar year, as the API counts it
		year: Number(chinaToday().slice(0, 4)),
		// the summary counts the whole county, not just this page
		certified: everyone.ok ? everyone.data.filter((p) => p.certified).length : null,
		clinicsMet: everyClinic.ok ? everyClinic.data.filter((c) => !c.shortfalls.length).length : null,
	};
}) satisfies PageServerLoad;
