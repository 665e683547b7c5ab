ALTER TABLE "postings" ADD COLUMN "accommodations_note" text DEFAULT '' NOT NULL;
--> statement-breakpoint
-- Data migration (written by hand, appended to the generated statement): posting accommodations
-- were Chinese words; they become codes of the accessibility vocabulary
-- (contracts/src/accessibility.ts, LEGACY_ACCOMMODATION_CODES). Words no code matches are kept in
-- accommodations_note. Saved searches that filtered on the words get the codes too.
CREATE TEMPORARY TABLE "legacy_accommodation_codes" ("word" text PRIMARY KEY, "code" text NOT NULL);
--> statement-breakpoint
INSERT INTO "legacy_accommodation_codes" ("word", "code") VALUES
	('无障碍通道', 'step_free_entrance'),
	('无障碍卫生间', 'accessible_toilet'),
	('电梯', 'lift'),
	('读屏软件', 'screen_reader_software'),
	('手语同事', 'signing_staff'),
	('弹性工时', 'flexible_hours'),
	('工间休息', 'rest_breaks'),
	('可居家办公', 'remote_work'),
	('提供上下班接送', 'transport_support'),
	('安静工作区', 'quiet_room'),
	('盲道和语音提示', 'tactile_paths'),
	('工作流程图示', 'picture_instructions'),
	('专人带教', 'mentor'),
	('可调节高度的工作台', 'adjustable_desks'),
	('提供住宿', 'housing'),
	('提供午餐', 'meals'),
	('文字沟通（微信、短信）', 'text_communication');
--> statement-breakpoint
UPDATE "postings" p SET
	"accommodations_note" = coalesce((
		SELECT string_agg(a.w, '、' ORDER BY a.n) FROM unnest(p."accommodations") WITH ORDINALITY AS a(w, n)
		WHERE a.w NOT IN (SELECT "word" FROM "legacy_accommodation_codes") AND a.w NOT IN ('step_free_entrance', 'lift', 'accessible_toilet', 'accessible_parking', 'tactile_paths', 'screen_reader_software', 'large_print', 'signing_staff', 'text_communication', 'visual_alarms', 'adjustable_desks', 'quiet_room', 'picture_instructions', 'mentor', 'flexible_hours', 'rest_breaks', 'remote_work', 'transport_support', 'guide_dog_welcome', 'housing', 'meals')
	), ''),
	"accommodations" = coalesce(ARRAY(
		SELECT DISTINCT coalesce(m."code", a.w) FROM unnest(p."accommodations") AS a(w)
		LEFT JOIN "legacy_accommodation_codes" m ON m."word" = a.w
		WHERE m."code" IS NOT NULL OR a.w IN ('step_free_entrance', 'lift', 'accessible_toilet', 'accessible_parking', 'tactile_paths', 'screen_reader_software', 'large_print', 'signing_staff', 'text_communication', 'visual_alarms', 'adjustable_desks', 'quiet_room', 'picture_instructions', 'mentor', 'flexible_hours', 'rest_breaks', 'remote_work', 'transport_support', 'guide_dog_welcome', 'housing', 'meals')
	), '{}')
WHERE cardinality(p."accommodations") > 0;
--> statement-breakpoint
UPDATE "saved_searches" s SET "query" = jsonb_set(s."query", '{accommodations}', coalesce((
	SELECT jsonb_agg(DISTINCT coalesce(m."code", a.w)) FROM jsonb_array_elements_text(
		CASE jsonb_typeof(s."query"->'accommodations') WHEN 'array' THEN s."query"->'accommodations'
		ELSE jsonb_build_array(s."query"->'accommodations') END
	) AS a(w) LEFT JOIN "legacy_accommodation_codes" m ON m."word" = a.w
), '[]'::jsonb))
WHERE s."query" ? 'accommodations';
--> statement-breakpoint
DROP TABLE "legacy_accommodation_codes";
