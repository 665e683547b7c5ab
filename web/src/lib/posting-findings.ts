import { checkInclusion } from '@ronghe/contracts';

/** The inclusion findings of what the editor holds; the API numbers them the same way. */
export const findingsOf = (v: {
	title: string;
	description: string;
	postType: string;
	occupationCode: string;
}) => checkInclusion({ ...v, occupationCode: v.occupationCode || null });

/** The editor's fields as the form holds them: text as typed, so a failed save keeps it. */
export type EditorValues = {
	[
		K in
			| 'postType'
			| 'occupationCode'
			| 'title'
			| 'description'
			| 'headcount'
			| 'payMin'
			| 'payMax'
			| 'socialInsurance'
			| 'hours'
			| 'workMode'
			| 'townshipCode'
			| 'address'
			| 'latitude'
			| 'longitude'
			| 'publicWelfareKind'
			| 'fundingSource'
			| 'termStart'
			| 'termEnd'
			| 'closingDate'
			| 'contactMode'
			| 'contactName'
			| 'contactPhone'
			| 'accommodationsNote'
			| 'requiredCertificatesNote'
	]: string;
} & {
	acceptedCategories: string[];
	acceptedLevels: string[];
	accommodations: string[];
	requiredCertificates: string[];
	demands: Record<string, string>;
	familyPriority: boolean;
	decisions: { code: string; phrase: string; decision: string; reason: string }[];
};

const PAUSE = '[，、；,;]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text with `phrase` taken out, as 删除这项要求 does: with the comma after it, or else the
 * one before it, so what is left still reads as a sentence ("要求身体健康，能吃苦" → "要求能吃苦").
 */
export function withoutPhrase(text: string, phrase: string): string {
	if (!phrase) return text;
	const p = escape(phrase);
	return text.replace(new RegExp(`${p}${PAUSE}\\s*|${PAUSE}?\\s*${p}`, 'g'), '');
}
