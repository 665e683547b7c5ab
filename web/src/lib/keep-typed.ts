type Typed = { value: string; checked: boolean };
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

declare global {
	interface Window {
		__rongheTyped?: { typed: Map<Field, Typed>; stop(): void };
	}
}

/**
 * Puts back what a person typed or ticked before the page's scripts started: starting them
 * (hydration) writes the server's values into fields with a `value` or `checked` attribute, which
 * would silently empty a phone number typed on a slow phone. The inline script in `app.html`
 * records the typing; this runs once, after the first page has started, and then stops the
 * recording.
 */
export function restoreTypedFields(doc: Document = document): number {
	const recorder = window.__rongheTyped;
	if (!recorder) return 0;
	recorder.stop();
	delete window.__rongheTyped;
	let restored = 0;
	for (const [recorded, was] of recorder.typed) {
		// a field the page built anew is found again by its id
		const field = recorded.isConnected
			? recorded
			: (doc.getElementById(recorded.id) as Field | null);
		if (!field || field.nodeName !== recorded.nodeName) continue;
		const toggle = field instanceof HTMLInputElement && /^(checkbox|radio)$/.test(field.type);
		if (toggle) {
			if (field.checked === was.checked) continue;
			field.checked = was.checked;
			field.dispatchEvent(new Event('change', { bubbles: true }));
		} else {
			if (field.value === was.value) continue;
			field.value = was.value;
			field.dispatchEvent(new Event('input', { bubbles: true }));
			if (field instanceof HTMLSelectElement)
				field.dispatchEvent(new Event('change', { bubbles: true }));
		}
		restored += 1;
	}
	return restored;
}
