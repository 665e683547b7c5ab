/**
 * What a failed workspace action gives back: which form (`accept`, `note`…) about whom (the
 * queue entry or person in `target`), what was typed and the problems, so the page shows them
 * next to that one form.
 */
export type WorkspaceForm =
	| {
			form?: string;
			target?: string;
			values?: Partial<Record<string, string>>;
			errors?: Partial<Record<string, string[]>>;
			message?: string | undefined;
	  }
	| null
	| undefined;

/** The first problem of `field` in the failed form about `target`; without `field`, its message. */
export function problemFor(
	form: WorkspaceForm,
	kind: string,
	target: string,
	field?: string,
): string | undefined {
	if (form?.form !== kind || form.target !== target) return undefined;
	return field ? form.errors?.[field]?.[0] : form.message;
}

/** What was typed into `field` of the failed form about `target`, else `saved`. */
export function typed(
	form: WorkspaceForm,
	kind: string,
	target: string,
	field: string,
	saved: string,
): string {
	if (form?.form !== kind || form.target !== target) return saved;
	return form.values?.[field] ?? saved;
}

// the control each field's problem links to, by the person or queue entry the form is about
const FIELD_IDS: Record<string, [string, (target: string) => string]> = {
	note: ['备注', (t) => `note-${t}`],
	rating: ['评分', (t) => `rating-${t}-1`],
	interest: ['合适吗', (t) => `interest-${t}-interested`],
	postingId: ['达成意向的岗位', (t) => `intention-${t}`],
	slotId: ['面试时段', (t) => `slot-${t}`],
	toUserId: ['转给哪位同事', (t) => `to-${t}`],
	link: ['电话或视频会议', (t) => `link-${t}`],
};

/** The failed form's problems for the page's error summary, each linking to its control. */
export function summaryOf(form: WorkspaceForm): { href: string; text: string }[] {
	const target = form?.target ?? '';
	return Object.entries(form?.errors ?? {}).flatMap(([field, messages]) => {
		const known = FIELD_IDS[field];
		const text = messages?.[0];
		return known && text ? [{ href: `#${known[1](target)}`, text: `${known[0]}：${text}` }] : [];
	});
}
