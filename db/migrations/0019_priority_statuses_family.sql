CREATE TYPE "public"."family_relation" AS ENUM('spouse', 'child', 'parent', 'sibling', 'other');--> statement-breakpoint
CREATE TYPE "public"."priority_kind" AS ENUM('employment_difficulty', 'disabled_graduate', 'minimum_living', 'poverty_monitoring', 'zero_employment_family');--> statement-breakpoint
CREATE TYPE "public"."verification" AS ENUM('pending', 'confirmed', 'refused');--> statement-breakpoint
CREATE TABLE "person_family_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"relation" "family_relation" NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"wants_work" boolean DEFAULT false NOT NULL,
	"state" "verification" DEFAULT 'pending' NOT NULL,
	"entered_by_user_id" uuid,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"refusal_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_priority_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "priority_kind" NOT NULL,
	"graduation_year" smallint,
	"document_number" text DEFAULT '' NOT NULL,
	"document_date" date,
	"valid_until" date,
	"state" "verification" DEFAULT 'pending' NOT NULL,
	"entered_by_user_id" uuid,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"refusal_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_family_members" ADD CONSTRAINT "person_family_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_priority_statuses" ADD CONSTRAINT "person_priority_statuses_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_family_members_person_id_idx" ON "person_family_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_priority_statuses_person_id_idx" ON "person_priority_statuses" USING btree ("person_id");