import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import type { z } from 'zod';
import {
	ABILITY_ITEMS,
	ABILITY_SCALE,
	CATEGORY_LABELS,
	CONTACT_PREFERENCES,
	DISCLOSURE_LABELS,
	EDUCATION_LEVELS,
	EMPLOYMENT_FORM_LABELS,
	EMPLOYMENT_STATUS_LABELS,
	HOUSEHOLD_TYPE_LABELS,
	PASSPORT_NEEDS,
	PROFILE_STEP_LABELS,
	PROFILE_STEP_SCHEMAS,
	PROFILE_STEPS,
	UNEMPLOYED_REASONS,
	WORK_MODE_LABELS,
	type Problem,
	type Profile,
	type ProfileStep,
} from '@ronghe/contracts';
import type { FormValues, StepOptions } from '$lib/components/profile/types';
import { A11Y_COOKIE, parseA11yCookie, serializeA11yCookie, type A11ySettings } from '../a11y';
import type { ApiClient } from './api';
import { readForm } from './form-data';
import { redirectIfSignedOut } from './guard';
import { fieldErrors, problemMessage, type FieldErrors } from './problems';

export { PROFILE_STEPS };
export type { ProfileStep };

const options = (labels: Record<string | number, string>) =>
	Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Code lists with their labels, built here so the browser never loads the contracts. */
export const STEP_OPTIONS: StepOptions = {
	education: EDUCATION_LEVELS.map((e) => ({ value: e, label: e })),
	householdType: options(HOUSEHOLD_TYPE_LABELS),
	employmentStatus: options(EMPLOYMENT_STATUS_LABELS),
	employmentForm: options(EMPLOYMENT_FORM_LABELS),
	unemployedReason: options(UNEMPLOYED_REASONS),
	workModes: options(WORK_MODE_LABELS),
	abilityItems: options(ABILITY_ITEMS),
	abilityScale: options(ABILITY_SCALE),
	contact: options(CONTACT_PREFERENCES),
	needs: options(PASSPORT_NEEDS),
	disclosure: options(DISCLOSURE_LABELS),
};

/**
 * The step form's code lists; the wishes step also gets the occupations table (by name, in
 * pinyin order), read from the API.
 */
export async function stepOptions(api: ApiClient, step: ProfileStep): Promise<StepOptions> {
	if (step !== 'wishes') return STEP_OPTIONS;
	const res = await api.occupations.list();
	if (!res.ok) loadError(res.problem);
	const occupations = res.data.items
		.map((o) => ({ value: o.code, label: o.name, aliases: o.aliases }))
		.sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
	return { ...STEP_OPTIONS, occupations };
}

export function stepOf(param: string): ProfileStep {
	const step = PROFILE_STEPS.find((s) => s === param);
	if (!step) error(404, '没有这一步。');
	return step;
}

export function stepNav(step: ProfileStep) {
	const index = PROFILE_STEPS.indexOf(step);
	return {
		step,
		label: PROFILE_STEP_LABELS[step],
		number: index + 1,
		total: PROFILE_STEPS.length,
		next: PROFILE_STEPS[index + 1] ?? null,
	};
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The stored values of a step, as the form fields show them. */
export function formValuesOf(step: ProfileStep, p: Profile): FormValues {
	switch (step) {
		case 'basic':
			return {
				...p.basic,
				phone: '',
				certificateValidFrom: str(p.basic.certificateValidFrom),
				certificateValidUntil: str(p.basic.certificateValidUntil),
			};
		case 'employment':
			return Object.fromEntries(Object.entries(p.employment).map(([k, v]) => [k, str(v)]));
		case 'wishes':
			return {
				...p.wishes,
				skills: p.wishes.skills.join('\n'),
				trainingCertificates: p.wishes.trainingCertificates.join('\n'),
				expectedPayMin: str(p.wishes.expectedPayMin),
				maxTravelKm: str(p.wishes.maxTravelKm),
			};
		case 'ability':
			return Object.fromEntries(
				Object.keys(ABILITY_ITEMS).map((k) => [k, str(p.ability[k as keyof typeof ABILITY_ITEMS])]),
			);
		case 'passport':
			return {
				...p.passport,
				largeText: p.passport.largeText ? 'on' : '',
				highContrast: p.passport.highContrast ? 'on' : '',
			};
	}
}

const LISTS = ['skills', 'trainingCertificates'];
const MULTI = ['desiredOccupations', 'desiredWorkModes', 'preferredContact', 'needs'];
const CHECKBOXES = ['largeText', 'highContrast'];
const NUMBERS = [
	'expectedPayMin',
	'maxTravelKm',
	'unemployedReason',
	...Object.keys(ABILITY_ITEMS),
];

const halfWidth = (v: string) =>
	v.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();

/** What was typed, to show again, and the API body built from it. */
export function readStepForm(step: ProfileStep, form: FormData) {
	const names = Object.keys(PROFILE_STEP_SCHEMAS[step].shape);
	const values: FormValues = {};
	const body: Record<string, unknown> = {};
	for (const name of names) {
		if (MULTI.includes(name)) {
			const all = form.getAll(name).map(String);
			values[name] = all;
			body[name] = all;
		} else if (CHECKBOXES.includes(name)) {
			values[name] = form.get(name) ? 'on' : '';
			body[name] = values[name] === 'on';
		} else {
			const raw = String(form.get(name) ?? '');
			values[name] = raw;
			if (LISTS.includes(name)) {
				body[name] = raw
					.split(/[\n,，、;；]+/)
					.map((s) => s.trim())
					.filter(Boolean);
			} else if (NUMBERS.includes(name)) {
				const n = halfWidth(raw);
				// a number that is not one goes on as typed, so the message says what is wrong
				body[name] = n === '' ? null : /^\d+$/.test(n) ? Number(n) : n;
			} else if (name !== 'employmentForm' || raw !== '') {
				body[name] = raw;
			}
		}
	}
	return { values, body };
}

/** Sets the display cookie (large text, high contrast), as the settings page does. */
export function setA11yCookie(cookies: Cookies, url: URL, settings: A11ySettings) {
	cookies.set(A11Y_COOKIE, serializeA11yCookie(settings), {
		path: '/',
		maxAge: 60 * 60 * 24 * 365,
		sameSite: 'lax',
		httpOnly: true,
		secure: url.protocol === 'https:',
	});
}

/**
 * At sign-in a seeker's passport defaults switch large text / high contrast on; what this
 * device already has switched on stays on.
 */
export function applyUiDefaults(cookies: Cookies, url: URL, ui: A11ySettings | null | undefined) {
	if (!ui || (!ui.largeText && !ui.highContrast)) return;
	const current = parseA11yCookie(cookies.get(A11Y_COOKIE));
	setA11yCookie(cookies, url, {
		largeText: current.largeText || ui.largeText,
		highContrast: current.highContrast || ui.highContrast,
	});
}

/** A load failure as the error page shows it. */
export function loadError(problem: Problem): never {
	error(problem.status === 400 ? 404 : problem.status, problemMessage(problem));
}

type StepFailure = { values: FormValues; errors: FieldErrors<string>; message?: string };

/**
 * One save of a step, for the seeker (`personId` undefined) or staff acting for them. Redirects
 * 303 to the next step ("保存并继续") or back to this one ("保存").
 */
export async function saveStep(opts: {
	api: ApiClient;
	request: Request;
	cookies: Cookies;
	url: URL;
	step: ProfileStep;
	base: string;
	personId?: string;
}) {
	const { step, base } = opts;
	const form = (await readForm(opts.request)) ?? new FormData();
	const { values, body } = readStepForm(step, form);
	const fields = Object.keys(values);
	const schema: z.ZodType = PROFILE_STEP_SCHEMAS[step];
	const parsed = schema.safeParse(body);
	if (!parsed.success)
		return fail(400, { values, ...fieldErrors(parsed.error, fields) } satisfies StepFailure);
	const res = await opts.api.profile.save(step, body, opts.personId);
	if (!res.ok) {
		redirectIfSignedOut(res.problem, opts.url.pathname);
		return fail(res.problem.status, {
			values,
			...fieldErrors(res.problem, fields),
		} satisfies StepFailure);
	}
	if (step === 'passport' && !opts.personId) {
		const { largeText, highContrast } = res.data.passport;
		setA11yCookie(opts.cookies, opts.url, { largeText, highContrast });
	}
	const next = stepNav(step).next;
	const goOn = form.get('then') === 'next';
	redirect(303, goOn ? (next ? `${base}/${next}` : `${base}?done=all`) : `${base}/${step}?saved=1`);
}

/** How many ability items are answered and how many were left as 先不回答. */
function abilityNote(p: Profile): string | undefined {
	const total = Object.keys(ABILITY_ITEMS).length;
	const answered = Object.keys(ABILITY_ITEMS).filter(
		(k) => typeof p.ability[k as keyof typeof ABILITY_ITEMS] === 'number',
	).length;
	if (answered === 0) return p.complete.ability ? `${total} 项都先不回答` : undefined;
	return answered === total
		? `${total} 项都回答了`
		: `回答了 ${answered} 项，${total - answered} 项先不回答`;
}

/** What the overview shows: labels, and what employers can see. */
export function overviewOf(p: Profile) {
	return {
		identity: {
			...p.identity,
			categoryLabel: CATEGORY_LABELS[p.identity.category as keyof typeof CATEGORY_LABELS] ?? '',
		},
		steps: PROFILE_STEPS.map((s) => ({
			step: s,
			label: PROFILE_STEP_LABELS[s],
			done: p.complete[s],
			note: s === 'ability' ? abilityNote(p) : undefined,
		})),
		doneCount: PROFILE_STEPS.filter((s) => p.complete[s]).length,
		phoneMasked: p.basic.phoneMasked,
		textOnlyContact: p.textOnlyContact,
		contactLabels: p.passport.preferredContact.map((c) => CONTACT_PREFERENCES[c]),
		needLabels: p.passport.needs.map((n) => PASSPORT_NEEDS[n]),
		otherNeeds: p.passport.otherNeeds,
		employersSee: p.sharingConsented
			? DISCLOSURE_LABELS[p.passport.disclosure]
			: '您还没有同意把资料提供给用人单位，所以用人单位现在看不到您的资料。',
		sharingConsented: p.sharingConsented,
		reviewFlags: p.reviewFlags,
	};
}
export type ProfileOverview = ReturnType<typeof overviewOf>;
