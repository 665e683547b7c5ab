import { SupportInputSchema, type SupportInput } from '@ronghe/contracts';
import { formValues, parseNumber } from '$lib/form-values';

/** The support form's fields, named as SupportInputSchema names them, so errors land on them. */
export const SUPPORT_FIELDS = ['kind', 'amount', 'grantedOn', 'provider', 'note'] as const;
export type SupportValues = Record<(typeof SUPPORT_FIELDS)[number], string>;

export const readSupportValues = (form: FormData | null): SupportValues =>
	formValues(form, SUPPORT_FIELDS);

/** The form as the API takes it: an empty amount is support that is not money. */
export function parseSupport(v: SupportValues) {
	const parsed = SupportInputSchema.safeParse({
		...v,
		amount: v.amount === '' ? null : (parseNumber(v.amount) ?? null),
	});
	return parsed.success
		? { success: true as const, data: parsed.data as SupportInput }
		: { success: false as const, error: parsed.error };
}
