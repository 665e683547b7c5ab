CREATE TYPE "public"."enrolment_status" AS ENUM('enrolled', 'withdrawn', 'completed', 'not_completed');--> statement-breakpoint
CREATE TYPE "public"."enrolment_via" AS ENUM('self', 'staff');--> statement-breakpoint
CREATE TYPE "public"."training_length" AS ENUM('long', 'medium', 'short');--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"via" "enrolment_via" NOT NULL,
	"enrolled_by_user_id" uuid,
	"status" "enrolment_status" DEFAULT 'enrolled' NOT NULL,
	"attended" date[] DEFAULT '{}' NOT NULL,
	"result_at" timestamp with time zone,
	"result_by_user_id" uuid,
	"certificate_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"occupation_code" text,
	"what" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"recorded_by_user_id" uuid,
	"met_at" timestamp with time zone,
	"met_by_enrolment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_certificates" ADD COLUMN "occupation_code" text;--> statement-breakpoint
ALTER TABLE "training_courses" ADD COLUMN "length_class" "training_length" DEFAULT 'short' NOT NULL;--> statement-breakpoint
ALTER TABLE "training_courses" ADD COLUMN "cost" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "training_courses" ADD COLUMN "funding" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "training_courses" ADD COLUMN "access" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "training_courses" ADD COLUMN "certificate_kind" text;--> statement-breakpoint
ALTER TABLE "training_courses" ADD COLUMN "created_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_enrolled_by_user_id_users_id_fk" FOREIGN KEY ("enrolled_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_result_by_user_id_users_id_fk" FOREIGN KEY ("result_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_certificate_id_person_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."person_certificates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_needs" ADD CONSTRAINT "training_needs_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_needs" ADD CONSTRAINT "training_needs_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_needs" ADD CONSTRAINT "training_needs_met_by_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("met_by_enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrolments_course_person_idx" ON "training_enrolments" USING btree ("course_id","person_id");--> statement-breakpoint
CREATE INDEX "training_enrolments_person_id_idx" ON "training_enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_needs_person_id_idx" ON "training_needs" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;