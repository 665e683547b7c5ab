CREATE TABLE "anonymised_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"township_code" text NOT NULL,
	"sex" "sex" NOT NULL,
	"birth_year" smallint NOT NULL,
	"category" smallint NOT NULL,
	"level" smallint NOT NULL,
	"household_type" "household_type" NOT NULL,
	"employment_status" "employment_status" NOT NULL,
	"employment_form" "employment_form",
	"unemployed_reason" smallint,
	"source" "person_source" NOT NULL,
	"registered_year" smallint NOT NULL,
	"deleted_year" smallint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "anonymised_people" ADD CONSTRAINT "anonymised_people_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "anonymised_people_township_code_idx" ON "anonymised_people" USING btree ("township_code");