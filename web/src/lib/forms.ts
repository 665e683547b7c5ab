import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance` for forms with passwords. The server never sends a password back, so after a
 * failed try the password fields are emptied here too: the page behaves the same with and
 * without JavaScript. Focus then goes to the first field with an error, or the first password
 * field, whose description includes the message.
 */
export function passwordFormSubmit(setPending: (pending: boolean) => void): SubmitFunction {
	let busy = false;
	return ({ formElement, cancel }) => {
		// A second press while the first is on its way would only count as another try.
		if (busy) return cancel();
		busy = true;
		setPending(true);
		return async ({ result, update }) => {
			try {
				await update({ reset: false });
			} finally {
				busy = false;
				setPending(false);
			}
			if (result.type !== 'failure') return;
			const secrets = formElement.querySelectorAll<HTMLInputElement>('input[data-secret]');
			for (const input of secrets) input.value = '';
			const invalid = formElement.querySelector<HTMLElement>('[aria-invalid="true"]');
			(invalid ?? secrets[0])?.focus();
		};
	};
}

/** The `aria-describedby` value for a field: its hint and whichever messages are shown. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
	const list = ids.filter((id): id is string => Boolean(id));
	return list.length ? list.join(' ') : undefined;
}

/**
 * Error summary items for the fields that have a message, in the order of `labels`: the label
 * and the first message, linking to the field (or to `anchors[name]`, for a radio group).
 */
export function labelledItems(
	errors: Partial<Record<string, string[]>>,
	labels: Record<string, string>,
	anchors: Record<string, string> = {},
): { href: string; text: string }[] {
	return Object.keys(labels).flatMap((name) => {
		const first = errors[name]?.[0];
		return first ? [{ href: `#${anchors[name] ?? name}`, text: `${labels[name]}：${first}` }] : [];
	});
}

/**
 * `use:enhance` for forms with an error summary: keeps what was typed and, after a failed try,
 * moves focus to the summary as a page load without JavaScript does (autofocus).
 */
export function summaryFormSubmit(setPending: (pending: boolean) => void): SubmitFunction {
	let busy = false;
	return ({ cancel }) => {
		if (busy) return cancel();
		busy = true;
		setPending(true);
		return async ({ result, update }) => {
			try {
				await update({ reset: false });
			} finally {
				busy = false;
				setPending(false);
			}
			if (result.type === 'failure')
				document.querySelector<HTMLElement>('[data-error-summary]')?.focus();
		};
	};
}
