CREATE TYPE "public"."degree_level" AS ENUM('junior_college', 'bachelor', 'master', 'doctor');--> statement-breakpoint
CREATE TYPE "public"."referral_from" AS ENUM('special_school', 'training_provider', 'service_agency', 'federation', 'other');--> statement-breakpoint
CREATE TYPE "public"."referral_status" AS ENUM('open', 'in_progress', 'succeeded', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."referral_to" AS ENUM('employer', 'course', 'service');--> statement-breakpoint
CREATE TYPE "public"."maker_kind" AS ENUM('welfare_enterprise', 'auxiliary_workshop', 'support_base', 'entrepreneur');--> statement-breakpoint
CREATE TYPE "public"."support_kind" AS ENUM('loan', 'subsidy', 'incubator', 'equipment', 'training', 'other');--> statement-breakpoint
CREATE TABLE "disabled_graduates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"school" text NOT NULL,
	"major" text DEFAULT '' NOT NULL,
	"degree" "degree_level" NOT NULL,
	"graduation_year" smallint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"status" "referral_status" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"from_kind" "referral_from" NOT NULL,
	"from_name" text NOT NULL,
	"to_kind" "referral_to" NOT NULL,
	"employer_id" uuid,
	"course_id" uuid,
	"to_name" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"status" "referral_status" DEFAULT 'open' NOT NULL,
	"outcome_note" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"price" text DEFAULT '' NOT NULL,
	"maker_kind" "maker_kind" NOT NULL,
	"maker_name" text NOT NULL,
	"employer_id" uuid,
	"person_id" uuid,
	"township_code" text NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"how_to_buy" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_employment_support" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"employment_record_id" uuid,
	"kind" "support_kind" NOT NULL,
	"amount" integer,
	"granted_on" date NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "disabled_graduates" ADD CONSTRAINT "disabled_graduates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disabled_graduates" ADD CONSTRAINT "disabled_graduates_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_updates" ADD CONSTRAINT "referral_updates_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_updates" ADD CONSTRAINT "referral_updates_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_employment_support" ADD CONSTRAINT "self_employment_support_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_employment_support" ADD CONSTRAINT "self_employment_support_employment_record_id_employment_records_id_fk" FOREIGN KEY ("employment_record_id") REFERENCES "public"."employment_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_employment_support" ADD CONSTRAINT "self_employment_support_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "disabled_graduates_person_idx" ON "disabled_graduates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referral_updates_referral_id_idx" ON "referral_updates" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "referrals_person_id_idx" ON "referrals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referrals_status_idx" ON "referrals" USING btree ("status");--> statement-breakpoint
CREATE INDEX "products_township_idx" ON "products" USING btree ("township_code");--> statement-breakpoint
CREATE INDEX "self_employment_support_person_idx" ON "self_employment_support" USING btree ("person_id");