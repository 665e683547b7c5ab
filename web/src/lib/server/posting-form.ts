import {
	ABILITY_ITEM_CODES,
	findingKey,
	PostingDraftBodySchema,
	type EmployerPosting,
	type PostingDraftBody,
	type Problem,
} from '@ronghe/contracts';
import { findingsOf, withoutPhrase, type EditorValues } from '../posting-findings';
import { issuesOf, problemMessage } from './problems';

export type { EditorValues };

export type EditorErrors = Record<string, string[]>;

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function emptyValues(townshipCode = ''): EditorValues {
	return {
		postType: 'quota',
		occupationCode: '',
		title: '',
		description: '',
		headcount: '1',
		payMin: '',
		payMax: '',
		socialInsurance: '',
		hours: '',
		workMode: 'full_time',
		townshipCode,
		address: '',
		latitude: '',
		longitude: '',
		publicWelfareKind: '',
		fundingSource: '',
		termStart: '',
		termEnd: '',
		closingDate: '',
		contactMode: 'federation',
		contactName: '',
		contactPhone: '',
		accommodationsNote: '',
		requiredCertificatesNote: '',
		acceptedCategories: [],
		acceptedLevels: [],
		accommodations: [],
		requiredCertificates: [],
		demands: {},
		familyPriority: false,
		decisions: [],
	};
}

export function valuesFromPosting(p: EmployerPosting): EditorValues {
	const v = emptyValues();
	for (const key of Object.keys(v) as (keyof EditorValues)[]) {
		const value = (p as Record<string, unknown>)[key];
		if (typeof v[key] === 'string') (v as Record<string, unknown>)[key] = str(value);
	}
	return {
		...v,
		acceptedCategories: p.acceptedCategories.map(String),
		acceptedLevels: p.acceptedLevels.map(String),
		accommodations: p.accommodations,
		requiredCertificates: p.requiredCertificates,
		demands: p.demands,
		familyPriority: p.familyPriority,
		decisions: p.inclusionFlags
			.filter((f) => f.decision)
			.map((f) => ({ code: f.code, phrase: f.phrase, decision: f.decision!, reason: f.reason })),
	};
}

/**
 * Reads the editor form; flag answers come as flag-N-* for the N-th finding the page showed, with
 * flag-N-key naming that finding.
 */
export function readEditorValues(form: FormData): EditorValues {
	const v = emptyValues();
	for (const key of Object.keys(v) as (keyof EditorValues)[]) {
		if (typeof v[key] === 'string') (v as Record<string, unknown>)[key] = str(form.get(key));
	}
	const all = (name: string) => form.getAll(name).map(String);
	const demands: Record<string, string> = {};
	for (const item of ABILITY_ITEM_CODES) {
		const d = str(form.get(`demand-${item}`));
		if (d) demands[item] = d;
	}
	// The answers are numbered as the page showed the findings; the text may have changed since
	// (a phrase deleted), so each answer is matched to its finding by the key sent beside it.
	const shown = new Map<string, number>();
	for (const [name, value] of form.entries()) {
		const n = /^flag-(\d+)-key$/.exec(name)?.[1];
		if (n !== undefined && typeof value === 'string') shown.set(value, Number(n));
	}
	const answerTo = new Map(
		findingsOf(v).map((f, i) => {
			const n = shown.size ? shown.get(findingKey(f)) : i;
			return [
				findingKey(f),
				{
					decision: n === undefined ? '' : str(form.get(`flag-${n}-decision`)),
					reason: n === undefined ? '' : str(form.get(`flag-${n}-reason`)),
				},
			];
		}),
	);
	// 删除这项要求 takes the phrase out of the title and description (the page does it at once
	// when it runs scripts); it is then one of the findings shown whose phrase is gone, below
	for (const [key, answer] of answerTo) {
		if (answer.decision !== 'removed') continue;
		const phrase = key.slice(key.indexOf('|') + 1);
		v.title = withoutPhrase(v.title, phrase);
		v.description = withoutPhrase(v.description, phrase);
		shown.set(key, shown.get(key) ?? -1);
	}
	const findings = findingsOf(v);
	const decisions = findings.map((f) => ({
		code: f.code,
		phrase: f.phrase,
		...(answerTo.get(findingKey(f)) ?? { decision: '', reason: '' }),
	}));
	// a finding the page showed whose phrase is gone from the text was removed; the API keeps it so
	// the reviewer sees what was taken out
	const current = new Set(findings.map(findingKey));
	for (const key of shown.keys()) {
		const at = key.indexOf('|');
		if (at > 0 && !current.has(key))
			decisions.push({
				code: key.slice(0, at),
				phrase: key.slice(at + 1),
				decision: 'removed',
				reason: '',
			});
	}
	return {
		...v,
		acceptedCategories: all('acceptedCategories'),
		acceptedLevels: all('acceptedLevels'),
		accommodations: all('accommodations'),
		requiredCertificates: all('requiredCertificates'),
		demands,
		familyPriority: form.get('familyPriority') === 'on',
		decisions: decisions.filter((d) => d.decision),
	};
}

const num = (s: string) => {
	const t = s.trim();
	if (!t) return null;
	return Number.isFinite(Number(t)) ? Number(t) : t;
};
const opt = (s: string) => (s.trim() ? s.trim() : null);

/** The JSON body the API takes; values that are not numbers stay text so the schema says so. */
export function toBody(v: EditorValues): PostingDraftBody {
	return {
		postType: v.postType as PostingDraftBody['postType'],
		occupationCode: opt(v.occupationCode),
		title: v.title,
		description: v.description,
		headcount: (num(v.headcount) ?? 1) as number,
		payMin: num(v.payMin) as number | null,
		payMax: num(v.payMax) as number | null,
		socialInsurance: v.socialInsurance as PostingDraftBody['socialInsurance'],
		hours: v.hours,
		workMode: v.workMode as PostingDraftBody['workMode'],
		townshipCode: v.townshipCode,
		address: v.address,
		latitude: num(v.latitude) as number | null,
		longitude: num(v.longitude) as number | null,
		acceptedCategories: v.acceptedCategories.map(Number),
		acceptedLevels: v.acceptedLevels.map(Number),
		demands: v.demands as PostingDraftBody['demands'],
		accommodations: v.accommodations as PostingDraftBody['accommodations'],
		requiredCertificates: v.requiredCertificates as PostingDraftBody['requiredCertificates'],
		publicWelfareKind: (opt(v.publicWelfareKind) as 'urban' | 'rural' | null) ?? null,
		fundingSource: v.fundingSource,
		termStart: opt(v.termStart),
		termEnd: opt(v.termEnd),
		familyPriority: v.familyPriority,
		closingDate: opt(v.closingDate),
		contactMode: v.contactMode as PostingDraftBody['contactMode'],
		contactName: v.contactName,
		contactPhone: v.contactPhone,
		flagDecisions: v.decisions.map((d) => ({
			...d,
			decision: d.decision as 'essential' | 'removed',
		})),
	};
}

/** Where a pointer's message goes: a field name, or flag-N for the N-th finding. */
function fieldOf(path: (string | number)[], v: EditorValues): string {
	const [head, index] = path;
	if (head === 'flagDecisions' && typeof index === 'number') {
		const d = v.decisions[index];
		const at = d ? findingsOf(v).findIndex((f) => findingKey(f) === findingKey(d)) : -1;
		return `flag-${at >= 0 ? at : index}`;
	}
	return String(head ?? 'form');
}

/** Checks the values with the API's own schema; errors keyed by field. */
export function validate(v: EditorValues): { body: PostingDraftBody } | { errors: EditorErrors } {
	const parsed = PostingDraftBodySchema.safeParse(toBody(v));
	if (parsed.success) return { body: toBody(v) };
	const errors: EditorErrors = {};
	for (const { path, message } of issuesOf(parsed.error))
		(errors[fieldOf(path, v)] ??= []).push(message);
	return { errors };
}

/** An API problem as editor errors. The API numbers flag errors by finding already. */
export function problemErrors(problem: Problem): { errors: EditorErrors; message?: string } {
	const errors: EditorErrors = {};
	for (const { path, message } of issuesOf(problem)) {
		const [head, index] = path;
		const key = head === 'flagDecisions' ? `flag-${index}` : String(head ?? 'form');
		(errors[key] ??= []).push(message);
	}
	return Object.keys(errors).length
		? { errors, message: problemMessage(problem) }
		: { errors, message: problemMessage(problem) };
}
