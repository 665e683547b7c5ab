import {
	CATEGORY_LABELS,
	FAIR_STATUS_LABELS,
	LEVEL_LABELS,
	POST_TYPE_LABELS,
	WORK_MODE_LABELS,
	WORKPLACE_ACCESSIBILITY,
	type AccessibilityFeature,
	type Fair,
	type Posting,
	type PostingSummary,
} from '@ronghe/contracts';

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
	onsite: '到现场参加',
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

export const workModeOptions = Object.entries(WORK_MODE_LABELS).map(([value, label]) => ({
	value,
	label,
}));

export const categoryOptions = Object.entries(CATEGORY_LABELS).map(([value, label]) => ({
	value: Number(value),
	label,
}));

/** Shown as accommodation filters when few matching postings list any. */
export const ACCOMMODATION_SUGGESTIONS: readonly AccessibilityFeature[] = [
	'step_free_entrance',
	'accessible_toilet',
	'flexible_hours',
	'signing_staff',
	'mentor',
	'remote_work',
];

/** A posting's detail page: labels for levels and the employer's workplace checklist. */
export function presentPostingDetail(posting: Posting) {
	return {
		...presentPosting(posting),
		levelLabels: posting.acceptedLevels.map(
			(l) => LEVEL_LABELS[l as keyof typeof LEVEL_LABELS] ?? `${l}级`,
		),
		workplaceAccessLabels: posting.workplaceAccess.map(
			(c) => WORKPLACE_ACCESSIBILITY[c as keyof typeof WORKPLACE_ACCESSIBILITY] ?? c,
		),
	};
}
