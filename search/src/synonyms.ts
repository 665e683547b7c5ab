/**
 * Words that disabled users and staff type for the same thing. Each group is mutual: any word
 * finds postings that use any other word of its group. Add groups here; the index settings are
 * reconciled at start-up, so a change takes effect on the next start.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
	['盲人', '视障', '视力残疾', '低视力', '视障人士', '盲'],
	['聋人', '听障', '听力残疾', '聋哑', '听障人士'],
	['肢残', '肢体残疾', '轮椅', '肢体'],
	['智障', '智力残疾', '心智障碍'],
	['精神残疾', '精神障碍'],
	['居家', '在家', '远程', '线上', '网络就业', '居家就业'],
	['按摩', '推拿'],
	['客服', '接线员', '话务员'],
	['保洁', '清洁', '保洁员'],
	['电商', '电子商务', '网店', '直播带货'],
	['公益岗', '公益性岗位'],
	['残疾人', '残障人士', '残障'],
];

/** Meilisearch's `synonyms` setting: every word maps to the other words of its groups. */
export function synonymsSetting(
	groups: readonly (readonly string[])[] = SYNONYM_GROUPS,
): Record<string, string[]> {
	const map: Record<string, Set<string>> = {};
	for (const group of groups)
		for (const word of group) {
			const others = (map[word] ??= new Set());
			for (const other of group) if (other !== word) others.add(other);
		}
	return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, [...v]]));
}
