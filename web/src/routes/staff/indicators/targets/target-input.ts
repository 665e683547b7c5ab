import {
	INDICATOR_CODES,
	INDICATORS,
	IndicatorTargetInputSchema,
	type IndicatorCode,
	type IndicatorTargetInput,
} from '@ronghe/contracts';

/** What the person typed, given back with the errors. */
export type TargetValues = { target: string; manualActual: string; note: string };
type Read =
	| { ok: true; code: IndicatorCode; values: TargetValues; body: IndicatorTargetInput }
	| {
			ok: false;
			code: IndicatorCode | null;
			values: TargetValues;
			errors: Partial<Record<keyof TargetValues, string>>;
	  };

const text = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
};

/**
 * One indicator's form: 目标 (empty: no target; a percentage typed as 80 or 80%), and for the
 * figure staff enter by hand its 实际 and 说明. Checked with the API's own schema.
 */
export function readTargetForm(form: FormData): Read {
	const raw = text(form, 'code');
	const code = (INDICATOR_CODES as readonly string[]).includes(raw) ? (raw as IndicatorCode) : null;
	const values = {
		target: text(form, 'target'),
		manualActual: text(form, 'manualActual'),
		note: text(form, 'note'),
	};
	if (!code)
		return { ok: false, code, values, errors: { target: '没有这个指标，请回到列表再试。' } };
	const percent = INDICATORS[code].unit === '%';
	const typed = values.target.replace(/[%％,，\s]/g, '');
	const parsed = IndicatorTargetInputSchema.safeParse({
		target: typed === '' ? null : typed,
		manualActual: values.manualActual === '' ? null : values.manualActual,
		note: values.note,
	});
	const errors: Partial<Record<keyof TargetValues, string>> = {};
	if (!parsed.success)
		for (const issue of parsed.error.issues) {
			const field = String(issue.path[0]) as keyof TargetValues;
			errors[field] ??= issue.message;
		}
	else if (percent && parsed.data.target !== null && parsed.data.target > 100)
		errors.target = '比例不能超过 100%。';
	if (!parsed.success || Object.keys(errors).length) return { ok: false, code, values, errors };
	const target = parsed.data.target;
	return {
		ok: true,
		code,
		values,
		body: {
			...parsed.data,
			target: percent && target !== null ? Math.round(target * 100) / 10_000 : target,
		},
	};
}
