import type { z } from 'zod';
import type { Problem } from '@ronghe/contracts';
import { summaryItems, type EmployerField, type EmployerFormValues } from './employer-form';
import { fieldErrors, type FieldErrors } from './problems';

// Conflicts and rule problems from the API that belong next to one field.
const FIELD_OF_CODE: Record<string, EmployerField> = {
	employer_exists: 'uscc',
	phone_taken: 'phone',
	unknown_township: 'townshipCode',
};

export type EmployerFailure = {
	values: EmployerFormValues;
	errors: FieldErrors<EmployerField>;
	summary: { href: string; text: string }[];
	message?: string | undefined;
};

/**
 * What a failed employer form sends back, whether the web's zod check or the employers API said
 * no: the typed values, messages by field and the summary that links to them.
 */
export function employerFailure(
	values: EmployerFormValues,
	source: z.ZodError | Problem,
	fields: readonly EmployerField[],
): EmployerFailure {
	const { errors, message } = fieldErrors(source, fields, FIELD_OF_CODE);
	return { values, errors, summary: summaryItems(errors), message };
}
