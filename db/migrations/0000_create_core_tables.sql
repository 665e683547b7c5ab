CREATE TYPE "public"."township_kind" AS ENUM('town', 'township');--> statement-breakpoint
CREATE TYPE "public"."outbox_op" AS ENUM('upsert', 'delete');--> statement-breakpoint
CREATE TYPE "public"."employer_kind" AS ENUM('agency', 'institution', 'state_owned', 'private', 'social_organization', 'individual_business');--> statement-breakpoint
CREATE TYPE "public"."employer_role" AS ENUM('blind_medical_massage', 'blind_health_massage', 'auxiliary_employment', 'rural_support_base', 'welfare_enterprise');--> statement-breakpoint
CREATE TYPE "public"."employer_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."employment_form" AS ENUM('quota', 'concentrated', 'self_employed', 'public_welfare', 'auxiliary', 'rural_farming', 'flexible');--> statement-breakpoint
CREATE TYPE "public"."employment_status" AS ENUM('employed', 'unemployed');--> statement-breakpoint
CREATE TYPE "public"."household_type" AS ENUM('agricultural', 'non_agricultural');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('male', 'female');--> statement-breakpoint
CREATE TYPE "public"."post_type" AS ENUM('quota', 'public_welfare', 'blind_medical_massage', 'blind_health_massage', 'auxiliary_employment', 'home_based', 'rural_support_base');--> statement-breakpoint
CREATE TYPE "public"."posting_status" AS ENUM('draft', 'submitted', 'returned', 'approved', 'published', 'closed', 'filled');--> statement-breakpoint
CREATE TYPE "public"."work_mode" AS ENUM('full_time', 'part_time', 'home_based', 'flexible');--> statement-breakpoint
CREATE TYPE "public"."fair_mode" AS ENUM('online', 'hybrid');--> statement-breakpoint
CREATE TABLE "townships" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "township_kind" NOT NULL,
	"county_code" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"coordinates_approximate" integer DEFAULT 1 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "townships_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "search_outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"op" "outbox_op" DEFAULT 'upsert' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"uscc" text NOT NULL,
	"kind" "employer_kind" NOT NULL,
	"roles" "employer_role"[] DEFAULT '{}' NOT NULL,
	"authorized_staff" integer,
	"township_code" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" "employer_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_uscc_unique" UNIQUE("uscc")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"sex" "sex" NOT NULL,
	"birth_date" date NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"certificate_number_enc" text,
	"certificate_valid_until" date,
	"category" smallint NOT NULL,
	"level" smallint NOT NULL,
	"township_code" text NOT NULL,
	"village" text DEFAULT '' NOT NULL,
	"education" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"household_type" "household_type" NOT NULL,
	"employment_status" "employment_status" DEFAULT 'unemployed' NOT NULL,
	"employment_form" "employment_form",
	"skills" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_idNumberHash_unique" UNIQUE("id_number_hash")
);
--> statement-breakpoint
CREATE TABLE "postings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"post_type" "post_type" NOT NULL,
	"occupation_code" text,
	"headcount" integer DEFAULT 1 NOT NULL,
	"pay_min" integer,
	"pay_max" integer,
	"work_mode" "work_mode" NOT NULL,
	"township_code" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"accepted_categories" smallint[] DEFAULT '{}' NOT NULL,
	"accommodations" text[] DEFAULT '{}' NOT NULL,
	"status" "posting_status" DEFAULT 'draft' NOT NULL,
	"closing_date" date,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"occupation_code" text,
	"township_code" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"seats" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"mode" "fair_mode" DEFAULT 'online' NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"organizer" text NOT NULL,
	"employer_count" integer,
	"posting_count" integer,
	"seeker_count" integer,
	"intention_count" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "postings" ADD CONSTRAINT "postings_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "search_outbox_entity_entity_id_key" ON "search_outbox" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "search_outbox_available_at_idx" ON "search_outbox" USING btree ("available_at");--> statement-breakpoint
CREATE INDEX "employers_township_code_idx" ON "employers" USING btree ("township_code");--> statement-breakpoint
CREATE INDEX "people_township_code_idx" ON "people" USING btree ("township_code");--> statement-breakpoint
CREATE INDEX "postings_status_published_at_idx" ON "postings" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "postings_employer_id_idx" ON "postings" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "postings_township_code_idx" ON "postings" USING btree ("township_code");