/** A form's values as typed: one string per field, a list for checkbox groups. */
export type FormValues = Record<string, string | string[]>;
export type Option = { value: string; label: string };
/** An occupation of the occupations table, with the other words people use for it. */
export type OccupationOption = Option & { aliases: string[] };
export type FieldErrorMap = Partial<Record<string, string[]>>;

/** Code lists with labels for the step forms, sent by the server. */
export type StepOptions = {
	education: Option[];
	householdType: Option[];
	employmentStatus: Option[];
	employmentForm: Option[];
	unemployedReason: Option[];
	workModes: Option[];
	abilityItems: Option[];
	abilityScale: Option[];
	contact: Option[];
	needs: Option[];
	disclosure: Option[];
	/** Only on the wishes step: the occupations table, by name. */
	occupations?: OccupationOption[];
};

export const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');
export const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
