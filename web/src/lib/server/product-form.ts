import { ProductInputSchema, type Product, type ProductInput } from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import type { SessionUser } from '$lib/user';
import type { ApiClient } from './api';

/** The product form's fields, named as ProductInputSchema names them, so errors land on them. */
export const PRODUCT_FIELDS = [
	'name',
	'category',
	'makerKind',
	'makerName',
	'townshipCode',
	'price',
	'contactPhone',
	'howToBuy',
	'description',
] as const;
export type ProductValues = Record<(typeof PRODUCT_FIELDS)[number], string>;

export const readProductValues = (form: FormData | null): ProductValues =>
	formValues(form, PRODUCT_FIELDS);

/** A saved product as its form shows it; a new one starts in the staff member's township. */
export function productValues(p?: Product, user?: SessionUser | null): ProductValues {
	if (!p) return { ...readProductValues(null), townshipCode: user?.townshipCode ?? '' };
	return Object.fromEntries(PRODUCT_FIELDS.map((f) => [f, p[f]])) as ProductValues;
}

/**
 * The form as the API takes it, checked with the API's own schema. The employer or person a
 * product is linked to is not on the form: left out, the API keeps them as they are.
 */
export function parseProduct(v: ProductValues) {
	const parsed = ProductInputSchema.safeParse(v);
	return parsed.success
		? { success: true as const, data: parsed.data as ProductInput }
		: { success: false as const, error: parsed.error };
}

/** The townships a staff member may choose: their own, or every one for county staff. */
export async function townshipOptions(api: ApiClient, user: SessionUser) {
	const res = await api.townships();
	const all = res.ok ? res.data.items.map((t) => ({ value: t.code, label: t.name })) : [];
	return user.role === 'township' ? all.filter((t) => t.value === user.townshipCode) : all;
}
