import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
	CERTIFICATE_KINDS,
	CertificateBodySchema,
	FAMILY_RELATIONS,
	FamilyMemberBodySchema,
	PRIORITY_KINDS,
	PriorityStatusBodySchema,
	VerificationDecisionBodySchema,
	type RoleGroup,
} from '@ronghe/contracts';
import { formValues, parseNumber } from '$lib/form-values';
import type { PriorityEntry } from './api/priority';
import { failWith, readForm, UNREADABLE_FORM } from './form-data';
import { redirectIfSignedOut, requireRole } from './guard';
import { problemMessage } from './problems';

/*
 * The form actions of the priority-status and certificate pages, shared by the seeker's own
 * pages (/me/profile/…) and staff acting for a person (/staff/registry/:id/…): the same fields,
 * the same checks, a 303 back to the page after each success.
 */

export const STATUS_FIELDS = [
	'kind',
	'graduationYear',
	'documentNumber',
	'documentDate',
	'validUntil',
] as const;
export const FAMILY_FIELDS = ['fullName', 'relation', 'idNumber', 'wantsWork'] as const;
export const DECISION_FIELDS = ['decision', 'reason'] as const;
export const CERTIFICATE_FIELDS = ['kind', 'number', 'issuedOn', 'validUntil'] as const;

const options = (labels: Record<string, string>) =>
	Object.entries(labels).map(([value, label]) => ({ value, label }));
export const PRIORITY_OPTIONS = {
	kinds: options(PRIORITY_KINDS),
	relations: options(FAMILY_RELATIONS),
	certificates: options(CERTIFICATE_KINDS),
};

type Event = Pick<RequestEvent, 'request' | 'locals'>;
type Where = { page: string; personId?: string | undefined; roles: RoleGroup };

const entryOf = (v: FormDataEntryValue | null): PriorityEntry | null =>
	v === 'statuses' || v === 'family' ? v : null;

async function formOf(e: Event, where: Where) {
	requireRole(e.locals, where.page, where.roles);
	return readForm(e.request);
}

export function priorityActions(where: Where) {
	const { page, personId } = where;
	return {
		addStatus: async (e: Event) => {
			const form = await formOf(e, where);
			if (!form) return fail(400, { form: 'status', message: UNREADABLE_FORM, errors: {} });
			const values = formValues(form, STATUS_FIELDS);
			const extra = { form: 'status' as const, values };
			const parsed = PriorityStatusBodySchema.safeParse({
				...values,
				graduationYear: values.graduationYear ? parseNumber(values.graduationYear) : null,
				kind: values.kind || undefined,
			});
			if (!parsed.success) return failWith(parsed.error, STATUS_FIELDS, extra);
			const res = await e.locals.api.priority.addStatus(parsed.data, personId);
			if (res.ok) redirect(303, `${page}?done=status`);
			redirectIfSignedOut(res.problem, page);
			return failWith(res.problem, STATUS_FIELDS, extra);
		},
		addFamily: async (e: Event) => {
			const form = await formOf(e, where);
			if (!form) return fail(400, { form: 'family', message: UNREADABLE_FORM, errors: {} });
			const values = formValues(form, FAMILY_FIELDS);
			// the ID number is never sent back to the page
			const extra = { form: 'family' as const, values: { ...values, idNumber: '' } };
			const parsed = FamilyMemberBodySchema.safeParse({
				...values,
				relation: values.relation || undefined,
				wantsWork: values.wantsWork === 'yes',
			});
			if (!parsed.success) return failWith(parsed.error, FAMILY_FIELDS, extra);
			const res = await e.locals.api.priority.addFamily(parsed.data, personId);
			if (res.ok) redirect(303, `${page}?done=family`);
			redirectIfSignedOut(res.problem, page);
			return failWith(res.problem, FAMILY_FIELDS, extra);
		},
		remove: async (e: Event) => {
			const form = await formOf(e, where);
			const entry = entryOf(form?.get('entry') ?? null);
			const id = String(form?.get('id') ?? '');
			if (!entry || !id) return fail(400, { form: 'remove', message: UNREADABLE_FORM, errors: {} });
			const res = await e.locals.api.priority.remove(entry, id, personId);
			if (res.ok) redirect(303, `${page}?done=removed`);
			redirectIfSignedOut(res.problem, page);
			return fail(res.problem.status, {
				form: 'remove',
				message: problemMessage(res.problem),
				errors: {},
			});
		},
	};
}

/** Staff only: confirm or refuse a seeker's own entry, and see a family member's whole number. */
export function verificationActions(where: Where & { personId: string }) {
	const { page, personId } = where;
	return {
		decide: async (e: Event) => {
			const form = await formOf(e, where);
			const entry = entryOf(form?.get('entry') ?? null);
			const id = String(form?.get('id') ?? '');
			if (!form || !entry || !id)
				return fail(400, { form: 'decide', message: UNREADABLE_FORM, errors: {} });
			const values = formValues(form, DECISION_FIELDS);
			const extra = { form: 'decide' as const, id, values };
			const parsed = VerificationDecisionBodySchema.safeParse({
				...values,
				decision: values.decision || undefined,
			});
			if (!parsed.success) return failWith(parsed.error, DECISION_FIELDS, extra);
			const res = await e.locals.api.priority.decide(personId, entry, id, parsed.data);
			if (res.ok) redirect(303, `${page}?done=${parsed.data.decision}`);
			redirectIfSignedOut(res.problem, page);
			return failWith(res.problem, DECISION_FIELDS, extra);
		},
		unmask: async (e: Event) => {
			const form = await formOf(e, where);
			const id = String(form?.get('id') ?? '');
			const res = await e.locals.api.priority.unmaskFamily(personId, id);
			if (res.ok) return { form: 'unmask' as const, unmasked: { id, idNumber: res.data.idNumber } };
			redirectIfSignedOut(res.problem, page);
			return fail(res.problem.status, {
				form: 'unmask',
				message: problemMessage(res.problem),
				errors: {},
			});
		},
	};
}

export function certificateActions(where: Where) {
	const { page, personId } = where;
	return {
		add: async (e: Event) => {
			const form = await formOf(e, where);
			if (!form) return fail(400, { form: 'add', message: UNREADABLE_FORM, errors: {} });
			const values = formValues(form, CERTIFICATE_FIELDS);
			const extra = { form: 'add' as const, values };
			const parsed = CertificateBodySchema.safeParse({ ...values, kind: values.kind || undefined });
			if (!parsed.success) return failWith(parsed.error, CERTIFICATE_FIELDS, extra);
			const res = await e.locals.api.certificates.add(parsed.data, personId);
			if (res.ok) redirect(303, `${page}?done=added`);
			redirectIfSignedOut(res.problem, page);
			return failWith(res.problem, CERTIFICATE_FIELDS, extra);
		},
		remove: async (e: Event) => {
			const form = await formOf(e, where);
			const id = String(form?.get('id') ?? '');
			if (!id) return fail(400, { form: 'remove', message: UNREADABLE_FORM, errors: {} });
			const res = await e.locals.api.certificates.remove(id, personId);
			if (res.ok) redirect(303, `${page}?done=removed`);
			redirectIfSignedOut(res.problem, page);
			return fail(res.problem.status, {
				form: 'remove',
				message: problemMessage(res.problem),
				errors: {},
			});
		},
	};
}
