CREATE TYPE "public"."annual_review_status" AS ENUM('draft', 'submitted', 'returned', 'approved');--> statement-breakpoint
CREATE TYPE "public"."objection_status" AS ENUM('open', 'answered');--> statement-breakpoint
CREATE TYPE "public"."review_decision" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "annual_reviews" (
	"employer_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" "annual_review_status" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by_user_id" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_user_id" uuid,
	"return_reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_reviews_employer_id_year_pk" PRIMARY KEY("employer_id","year")
);
--> statement-breakpoint
CREATE TABLE "quota_disclosures" (
	"year" integer PRIMARY KEY NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"objection_days" smallint NOT NULL,
	"rows" jsonb NOT NULL,
	"published_by_user_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quota_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"employer_id" uuid,
	"submitter_name" text NOT NULL,
	"contact" text NOT NULL,
	"body" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" "objection_status" DEFAULT 'open' NOT NULL,
	"response" text DEFAULT '' NOT NULL,
	"handled_by_user_id" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quota_objections_idempotencyKey_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "school_or_kindergarten" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "employer_disabled_employees" ADD COLUMN "certificate_number_enc" text;--> statement-breakpoint
ALTER TABLE "employer_disabled_employees" ADD COLUMN "id_number_hash" text;--> statement-breakpoint
ALTER TABLE "employer_disabled_employees" ADD COLUMN "id_number_masked" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "employer_disabled_employees" ADD COLUMN "review_decision" "review_decision" DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "employer_disabled_employees" ADD COLUMN "review_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "annual_reviews" ADD CONSTRAINT "annual_reviews_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_objections" ADD CONSTRAINT "quota_objections_year_quota_disclosures_year_fk" FOREIGN KEY ("year") REFERENCES "public"."quota_disclosures"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_objections" ADD CONSTRAINT "quota_objections_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annual_reviews_year_status_idx" ON "annual_reviews" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "quota_objections_year_status_idx" ON "quota_objections" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "employer_disabled_employees_id_number_hash_year_idx" ON "employer_disabled_employees" USING btree ("id_number_hash","year");