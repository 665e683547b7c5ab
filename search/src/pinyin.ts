import { pinyin } from 'pinyin-pro';

const HAN_RUN = /\p{Script=Han}+/gu;
/** Longest run of characters whose pinyin is indexed as one word (e.g. 盲人按摩 → mangrenanmo). */
const MAX_GRAM = 4;

/**
 * Pinyin search terms for Chinese text: Meilisearch's own pinyin support is not in its release
 * builds, so documents carry these as extra searchable words. Every run of Han characters gives
 * the full pinyin and the initials of each 2- to 4-character window (word boundaries of Chinese
 * text are not reliable, and a window covers every real word), plus the single syllable when the
 * run is one character. So 按摩 is found by `anmo`, by `an mo` (Meilisearch joins adjacent query
 * words) and by `am`; 客服 by `kefu` and `kf`. Tones are dropped; pinyin-pro picks the reading of
 * polyphonic characters from context (银行 → yinhang, 重庆 → chongqing).
 */
export function pinyinTerms(text: string): { full: string; initials: string } {
	const full = new Set<string>();
	const initials = new Set<string>();
	for (const [run] of text.matchAll(HAN_RUN)) {
		const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true }).map((s) =>
			s.toLowerCase(),
		);
		if (syllables.length === 1) {
			full.add(syllables[0]!);
			continue;
		}
		for (let size = 2; size <= Math.min(MAX_GRAM, syllables.length); size++) {
			for (let start = 0; start + size <= syllables.length; start++) {
				const window = syllables.slice(start, start + size);
				full.add(window.join(''));
				initials.add(window.map((s) => s[0]).join(''));
			}
		}
	}
	return { full: [...full].join(' '), initials: [...initials].join(' ') };
}

/** Query words written in Latin letters: pinyin or its initials (`anmo`, `an mo`, `am`). */
export const LATIN_WORD = /^[a-z]+$/i;

/**
 * Whether pinyin typed as `latinWords` finds `text`, as the index does: the words joined (a
 * person types `an mo` or `anmo`) begin a full-pinyin term or an initials term of the text.
 * Used where the index is not asked, e.g. matching saved searches against new postings.
 */
export function pinyinMatches(latinWords: readonly string[], text: string): boolean {
	const typed = latinWords.join('').toLowerCase();
	if (!typed) return true;
	const { full, initials } = pinyinTerms(text);
	const terms = `${full} ${initials}`.split(' ');
	return terms.some((term) => term.startsWith(typed));
}
