import { error, redirect } from '@sveltejs/kit';
import { ChatMessageInputSchema, type ChatMessage } from '@ronghe/contracts';
import { failWith, readForm } from './form-data';
import { loadFailed, redirectIfSignedOut } from './guard';

/*
 * The chat form of a booth's queue entry, the same for the seeker's booth page and the rep's
 * chat page: the page renders `$lib/components/fairs/fair-chat.svelte` with the messages read
 * here, and its `send` action calls sendChatMessage.
 */

export const CHAT_FIELDS = ['body'] as const;

// a chat that has not started or has ended: the sentence belongs next to the text field
const CODE_FIELDS = { chat_closed: 'body', chat_not_started: 'body' } as const;

/** The messages of a chat for a page's `load`; no chat (or not this person's) is a 404 page. */
export async function loadChatMessages(
	locals: App.Locals,
	fairId: string,
	entryId: string,
	here: string,
): Promise<ChatMessage[]> {
	const res = await locals.api.fairChat.messages(fairId, entryId);
	if (res.ok) return res.data.items;
	if (res.problem.status === 404) error(404, '没有找到这次交流。');
	return loadFailed(res.problem, here);
}

/**
 * The `send` action: checks the text, sends it and answers 303 to `back` (the same page, where
 * the message now shows); a problem comes back next to the text field with what was typed
 * (`form.values.body`, `form.errors.body` or `form.message` for the component's props).
 */
export async function sendChatMessage(
	{ request, locals }: { request: Request; locals: App.Locals },
	fairId: string,
	entryId: string,
	back: string,
) {
	const form = await readForm(request);
	const values = { body: String(form?.get('body') ?? '') };
	const parsed = ChatMessageInputSchema.safeParse(values);
	if (!parsed.success)
		return failWith(parsed.error, CHAT_FIELDS, { form: 'chat' as const, values });
	const res = await locals.api.fairChat.send(fairId, entryId, parsed.data.body);
	if (res.ok) redirect(303, `${back}#chat-body`);
	redirectIfSignedOut(res.problem, back);
	return failWith(res.problem, CHAT_FIELDS, { form: 'chat' as const, values }, CODE_FIELDS);
}
