import { EMPLOYERS } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { editorChoices, handleEditor } from '$lib/server/posting-editor';
import { emptyValues } from '$lib/server/posting-form';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/employer/postings/new';

export const load = (async ({ locals }) => {
	requireRole(locals, HERE, EMPLOYERS);
	return { ...(await editorChoices(locals.api)), values: emptyValues(), posting: null };
}) satisfies PageServerLoad;

export const actions = {
	save: ({ request, locals }) => handleEditor(request, locals, HERE, undefined, 'save'),
	check: ({ request, locals }) => handleEditor(request, locals, HERE, undefined, 'check'),
	submit: ({ request, locals }) => handleEditor(request, locals, HERE, undefined, 'submit'),
} satisfies Actions;
