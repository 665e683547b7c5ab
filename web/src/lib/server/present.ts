import {
	CATEGORY_LABELS,
	FAIR_STATUS_LABELS,
	POST_TYPE_LABELS,
	WORK_MODE_LABELS,
	type Fair,
	type PostingSummary,
} from '@ronghe/api/contracts';

// Labels are added on the server so the browser never downloads the zod contracts.

export function categoryLabel(code: number): string {
	return CATEGORY_LABELS[code as keyof typeof CATEGORY_LABELS] ?? `其他类别（${code}）`;
}

export function presentPosting<T extends PostingSummary>(posting: T) {
	return {
		...posting,
		postTypeLabel: POST_TYPE_LABELS[posting.postType],
		workModeLabel: WORK_MODE_LABELS[posting.workMode],
		categoryLabels: posting.acceptedCategories.map(categoryLabel),
	};
}

export type PostingView = ReturnType<typeof presentPosting<PostingSummary>>;

const FAIR_MODE_LABELS: Record<Fair['mode'], string> = {
	online: '线上（用手机或电脑参加）',
	hybrid: '线上和现场都可以参加',
};

export function presentFair(fair: Fair) {
	return {
		...fair,
		statusLabel: FAIR_STATUS_LABELS[fair.status],
		modeLabel: FAIR_MODE_LABELS[fair.mode],
	};
}

export const postTypeOptions = Object.entries(POST_TYPE_LABELS).map(([value, label]) => ({
	value,
	label,
}));
