import { z } from 'zod';

/**
 * How a booked interview takes place, set by the booth's reps: a phone number or a video
 * meeting (its link or number), optional. Shown to the seeker as text; only an http(s) address
 * becomes a link.
 */
export const BOOKING_LINK_MAX = 200;
const HIDDEN_CHAR = (n: number) =>
	n < 0x20 ||
	(n >= 0x7f && n <= 0x9f) ||
	n === 0x2028 ||
	n === 0x2029 ||
	(n >= 0x202a && n <= 0x202e) ||
	(n >= 0x2066 && n <= 0x2069);
export const BookingLinkInputSchema = z.object({
	link: z
		.string({ error: '请填写电话号码或视频会议的链接。' })
		.trim()
		.max(BOOKING_LINK_MAX, `最多填 ${BOOKING_LINK_MAX} 个字。`)
		// a line of text: no line breaks, control characters or characters that turn the text
		// around (which could make the link look like another one)
		.refine((s) => ![...s].some((c) => HIDDEN_CHAR(c.codePointAt(0)!)), '请写在一行里，不要换行。')
		.refine(
			(s) => !/^\s*(javascript|data|vbscript|file):/i.test(s),
			'链接请以 https:// 开头；电话直接写号码。',
		),
});
export const BookingLinkSchema = z.object({ id: z.uuid(), link: z.string() });
