import type { Placement } from '@ronghe/contracts';
import { formatDate } from '$lib/format';

export const KIND_LABELS = { urban: '城镇公益性岗位', rural: '乡村公益性岗位' } as const;

/** How much of the term is left, in words; for an ended placement, when and why it ended. */
export function daysLeftText(p: Placement): string {
	if (p.endedOn) return `${formatDate(p.endedOn)}${p.endReason ? `，${p.endReason}` : ''}`;
	if (p.daysLeft === null) return '';
	if (p.daysLeft < 0) return `已经过了期满日期 ${-p.daysLeft} 天，请登记离岗`;
	if (p.daysLeft === 0) return '今天期满';
	return `${p.daysLeft} 天`;
}
