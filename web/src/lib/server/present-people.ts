import {
	CATEGORY_LABELS,
	CONTACT_PREFERENCES,
	DISCLOSURE_LABELS,
	EMPLOYMENT_FORM_LABELS,
	EMPLOYMENT_STATUS_LABELS,
	HOUSEHOLD_TYPE_LABELS,
	LEVEL_LABELS,
	PASSPORT_NEEDS,
	PERSON_SOURCE_LABELS,
	WORK_MODE_LABELS,
	type Person,
	type PersonSummary,
} from '@ronghe/contracts';
import { categoryLabel } from './present';

// Labels are added on the server so the browser never downloads the zod contracts.

const REVIEW_FLAG_LABELS: Record<string, string> = {
	certificate_long_form: '残疾人证号超过 20 位（换证或补证），请核对原件',
};

const label = (labels: Record<string, string>, code: string) => labels[code] ?? code;

export const levelLabel = (level: number) =>
	LEVEL_LABELS[level as keyof typeof LEVEL_LABELS] ?? `${level}级`;
export const contactLabels = (codes: string[]) => codes.map((c) => label(CONTACT_PREFERENCES, c));
export const needLabels = (codes: string[]) => codes.map((c) => label(PASSPORT_NEEDS, c));
export const workModeLabels = (codes: string[]) => codes.map((c) => label(WORK_MODE_LABELS, c));

export function presentPersonSummary<T extends PersonSummary>(p: T) {
	return {
		...p,
		sexLabel: p.sex === 'male' ? '男' : '女',
		disabilityLabel: `${categoryLabel(p.category)}${levelLabel(p.level)}`,
		employmentLabel: EMPLOYMENT_STATUS_LABELS[p.employmentStatus],
		sourceLabel: PERSON_SOURCE_LABELS[p.source],
		reviewLabels: p.reviewFlags.map((f) => label(REVIEW_FLAG_LABELS, f)),
	};
}

export function presentPerson(p: Person) {
	return {
		...presentPersonSummary(p),
		householdLabel: HOUSEHOLD_TYPE_LABELS[p.householdType],
		employmentFormLabel: p.employmentForm ? EMPLOYMENT_FORM_LABELS[p.employmentForm] : null,
		disclosureLabel: DISCLOSURE_LABELS[p.disclosure],
		contactLabels: contactLabels(p.preferredContact),
		needLabels: needLabels(p.passportNeeds),
		componentLabels: p.categoryComponents.map(categoryLabel),
	};
}

const option = ([value, text]: [string, string]) => ({ value, label: text });
export const categoryOptions = Object.entries(CATEGORY_LABELS).map(option);
export const levelOptions = Object.entries(LEVEL_LABELS).map(option);
export const sourceOptions = Object.entries(PERSON_SOURCE_LABELS).map(option);
