import {
	EMPLOYER_KIND_LABELS,
	EMPLOYER_ROLE_LABELS,
	EMPLOYER_STATUS_LABELS,
	KINDS_WITH_AUTHORIZED_STAFF,
	REVIEW_FLAG_LABELS,
	WORKPLACE_ACCESSIBILITY,
	type Employer,
	type EmployerSummary,
} from '@ronghe/contracts';
import type { ApiClient } from './api';
import type { FieldErrors } from './problems';

export const PROFILE_FIELDS = [
	'name',
	'uscc',
	'kind',
	'roles',
	'authorizedStaff',
	'schoolOrKindergarten',
	'townshipCode',
	'address',
	'contactName',
	'contactPhone',
	'description',
	'accessibility',
	'accessibilityNote',
	'licenceNumber',
	'licenceValidUntil',
] as const;
export const ACCOUNT_FIELDS = ['displayName', 'phone', 'password'] as const;
export type EmployerField = (typeof PROFILE_FIELDS)[number] | (typeof ACCOUNT_FIELDS)[number];

/** What the person typed, sent back after a failed try (never the password). */
export type EmployerFormValues = Record<
	Exclude<EmployerField, 'password' | 'roles' | 'accessibility'>,
	string
> & { roles: string[]; accessibility: string[] };

const str = (form: FormData, key: string) => String(form.get(key) ?? '');
const halfWidth = (v: string) =>
	v.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();

export function readEmployerForm(form: FormData) {
	const values: EmployerFormValues = {
		name: str(form, 'name'),
		uscc: str(form, 'uscc'),
		kind: str(form, 'kind'),
		roles: form.getAll('roles').map(String),
		authorizedStaff: str(form, 'authorizedStaff'),
		schoolOrKindergarten: str(form, 'schoolOrKindergarten'),
		townshipCode: str(form, 'townshipCode'),
		address: str(form, 'address'),
		contactName: str(form, 'contactName'),
		contactPhone: str(form, 'contactPhone'),
		description: str(form, 'description'),
		accessibility: form.getAll('accessibility').map(String),
		accessibilityNote: str(form, 'accessibilityNote'),
		licenceNumber: str(form, 'licenceNumber'),
		licenceValidUntil: str(form, 'licenceValidUntil'),
		displayName: str(form, 'displayName'),
		phone: str(form, 'phone'),
	};
	const staff = halfWidth(values.authorizedStaff);
	const body = {
		...values,
		kind: values.kind || undefined,
		// "12.5" or "十" stay a value the schema refuses with a message, never a silent 0
		authorizedStaff: staff === '' ? null : /^\d+$/.test(staff) ? Number(staff) : Number.NaN,
		schoolOrKindergarten: values.schoolOrKindergarten === 'true',
		licenceValidUntil: values.licenceValidUntil.trim() || null,
		password: str(form, 'password'),
	};
	return { values, body };
}

/** Values for the form from a saved profile. */
export function valuesOf(e: Employer): EmployerFormValues {
	return {
		name: e.name,
		uscc: e.uscc,
		kind: e.kind,
		roles: e.roles,
		authorizedStaff: e.authorizedStaff === null ? '' : String(e.authorizedStaff),
		schoolOrKindergarten: e.schoolOrKindergarten ? 'true' : '',
		townshipCode: e.townshipCode,
		address: e.address,
		contactName: e.contactName,
		contactPhone: e.contactPhone,
		description: e.description,
		accessibility: e.accessibility,
		accessibilityNote: e.accessibilityNote,
		licenceNumber: e.licenceNumber,
		licenceValidUntil: e.licenceValidUntil ?? '',
		displayName: '',
		phone: '',
	};
}

const options = (labels: Record<string, string>) =>
	Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Choices for the employer forms; labels come from the server so the browser skips zod. */
export async function employerFormOptions(api: Pick<ApiClient, 'townships'>) {
	const townships = await api.townships();
	return {
		kinds: options(EMPLOYER_KIND_LABELS),
		kindsWithStaff: [...KINDS_WITH_AUTHORIZED_STAFF] as string[],
		roles: options(EMPLOYER_ROLE_LABELS),
		accessibility: options(WORKPLACE_ACCESSIBILITY),
		townships: townships.ok
			? townships.data.items.map((t) => ({ value: t.code, label: t.name }))
			: [],
	};
}
export type EmployerFormOptions = Awaited<ReturnType<typeof employerFormOptions>>;

/** An employer as lists show it, with Chinese labels. */
export function presentSummary<T extends EmployerSummary>(e: T) {
	return {
		...e,
		kindLabel: EMPLOYER_KIND_LABELS[e.kind],
		roleLabels: e.roles.map((r) => EMPLOYER_ROLE_LABELS[r]),
		statusLabel: EMPLOYER_STATUS_LABELS[e.status],
		flagLabels: e.reviewFlags.map((f) => REVIEW_FLAG_LABELS[f] ?? f),
	};
}

/** An employer as its own page shows it. */
export function presentEmployer<T extends Employer>(e: T) {
	return {
		...presentSummary(e),
		accessibilityLabels: e.accessibility.map(
			(a) => WORKPLACE_ACCESSIBILITY[a as keyof typeof WORKPLACE_ACCESSIBILITY] ?? a,
		),
	};
}

const SUMMARY_ORDER: [EmployerField, string, string?][] = [
	['name', '单位名称'],
	['uscc', '统一社会信用代码'],
	['kind', '单位类型', 'kind-agency'],
	['authorizedStaff', '编制数'],
	['schoolOrKindergarten', '中小学、幼儿园'],
	['roles', '单位性质', 'roles-blind_medical_massage'],
	['licenceNumber', '执业许可证号码'],
	['licenceValidUntil', '执业许可证有效期'],
	['townshipCode', '所在乡镇'],
	['address', '地址'],
	['contactName', '联系人'],
	['contactPhone', '联系电话'],
	['description', '单位简介'],
	['accessibility', '无障碍设施', 'accessibility-step_free_entrance'],
	['accessibilityNote', '无障碍情况说明'],
	['displayName', '您的姓名'],
	['phone', '您的手机号'],
	['password', '密码'],
];

/** Error-summary links in the order the fields appear on the page. */
export function summaryItems(errors: FieldErrors<EmployerField>) {
	return SUMMARY_ORDER.flatMap(([field, label, anchor]) =>
		(errors[field] ?? []).map((text) => ({
			href: `#${anchor ?? field}`,
			text: `${label}：${text}`,
		})),
	);
}
