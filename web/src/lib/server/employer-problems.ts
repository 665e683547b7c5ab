import type { Problem } from '@ronghe/contracts';
import type { EmployerField } from './employer-form';
import { problemFormErrors, problemMessage, type FormErrors } from './problems';

// Conflicts and rule problems from the API that belong next to one field.
const FIELD_OF_CODE: Record<string, EmployerField> = {
	employer_exists: 'uscc',
	phone_taken: 'phone',
	unknown_township: 'townshipCode',
};

/** A problem from the employers API as the employer forms show it. */
export function employerProblemErrors<K extends EmployerField>(
	problem: Problem,
	fields: readonly K[],
): FormErrors<K> {
	const field = FIELD_OF_CODE[problem.code] as K | undefined;
	if (field && fields.includes(field))
		return { errors: { [field]: [problemMessage(problem)] } as FormErrors<K>['errors'] };
	return problemFormErrors(problem, fields);
}
