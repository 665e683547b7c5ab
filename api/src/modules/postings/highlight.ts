import type { Highlighted } from '@ronghe/contracts';

/** Marks every occurrence of the words (case-insensitive), merging overlaps. */
export function markWords(text: string, words: readonly string[]): Highlighted {
	const lower = text.toLowerCase();
	const ranges: [number, number][] = [];
	for (const word of new Set(words.map((w) => w.toLowerCase()).filter(Boolean))) {
		for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + word.length))
			ranges.push([i, i + word.length]);
	}
	ranges.sort((a, b) => a[0] - b[0]);
	const marks: [number, number][] = [];
	for (const r of ranges) {
		const last = marks.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else marks.push([r[0], r[1]]);
	}
	return { text, marks };
}

/**
 * About `length` characters of the text around its first match (the start when nothing
 * matches), with "…" where text was cut, and the matches marked.
 */
export function cropAround(text: string, words: readonly string[], length = 60): Highlighted {
	const chars = [...text];
	if (chars.length <= length) return markWords(text, words);
	const first = markWords(text, words).marks[0];
	const at = first ? [...text.slice(0, first[0])].length : 0;
	const start = Math.max(0, Math.min(at - Math.floor(length / 4), chars.length - length));
	const end = start + length;
	const cut =
		(start > 0 ? '…' : '') + chars.slice(start, end).join('') + (end < chars.length ? '…' : '');
	return markWords(cut, words);
}
