CREATE TYPE "public"."massage_qualification" AS ENUM('medical', 'health');--> statement-breakpoint
CREATE TYPE "public"."massage_title" AS ENUM('none', 'assistant', 'physician', 'attending', 'associate_chief', 'chief');--> statement-breakpoint
CREATE TABLE "massage_ce_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"hours" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "massage_clinics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "massage_qualification" NOT NULL,
	"employer_id" uuid,
	"township_code" text NOT NULL,
	"operator_person_id" uuid,
	"area_m_2" integer NOT NULL,
	"beds" integer NOT NULL,
	"sterilisation" boolean DEFAULT false NOT NULL,
	"licence_number" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "massage_practitioners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"qualification" "massage_qualification" NOT NULL,
	"exam_year" smallint,
	"practice_since" date,
	"title" "massage_title" DEFAULT 'none' NOT NULL,
	"registered_clinic_id" uuid,
	"registered_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "massage_ce_hours" ADD CONSTRAINT "massage_ce_hours_practitioner_id_massage_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."massage_practitioners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "massage_clinics" ADD CONSTRAINT "massage_clinics_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "massage_clinics" ADD CONSTRAINT "massage_clinics_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "massage_clinics" ADD CONSTRAINT "massage_clinics_operator_person_id_people_id_fk" FOREIGN KEY ("operator_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "massage_practitioners" ADD CONSTRAINT "massage_practitioners_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "massage_practitioners" ADD CONSTRAINT "massage_practitioners_registered_clinic_id_massage_clinics_id_fk" FOREIGN KEY ("registered_clinic_id") REFERENCES "public"."massage_clinics"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "massage_ce_hours_year_idx" ON "massage_ce_hours" USING btree ("practitioner_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "massage_practitioners_person_idx" ON "massage_practitioners" USING btree ("person_id");