ALTER TABLE "people" ADD COLUMN "ability_saved_at" timestamp with time zone;--> statement-breakpoint
-- people who answered anything before the marker existed have saved the step
UPDATE "people" SET "ability_saved_at" = "updated_at" WHERE "ability" <> '{}'::jsonb;
