/**
 * A number as people type it (全角 digits, 千位 commas, a trailing 元 or 人); anything else is passed
 * on as text, so the shared schema answers with its "要填数字" message for that field.
 */
export function parseNumber(raw: string): number | string | undefined {
	const s = raw
		.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[．。]/g, '.')
		.replace(/[,，\s]|元|人$/g, '');
	if (s === '') return undefined;
	return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : raw;
}

/** A form field as trimmed text, '' when it is missing. */
export const formText = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The listed fields as text, '' for a missing one (or every one, when there is no form). */
export function formValues<K extends string>(
	form: FormData | null,
	fields: readonly K[],
	{ trim = true } = {},
): Record<K, string> {
	const text = (f: K) => String(form?.get(f) ?? '');
	return Object.fromEntries(fields.map((f) => [f, trim ? text(f).trim() : text(f)])) as Record<
		K,
		string
	>;
}
