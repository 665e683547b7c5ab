CREATE TYPE "public"."employment_contract" AS ENUM('labour', 'service', 'none');--> statement-breakpoint
CREATE TYPE "public"."employment_source" AS ENUM('seeker', 'staff', 'hire', 'roster', 'import');--> statement-breakpoint
CREATE TABLE "employment_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"status" "employment_status" NOT NULL,
	"form" "employment_form",
	"employer_id" uuid,
	"employer_name" text DEFAULT '' NOT NULL,
	"started_on" date,
	"contract" "employment_contract",
	"social_insurance" boolean,
	"unemployed_reason" smallint,
	"income_source" smallint,
	"note" text DEFAULT '' NOT NULL,
	"source" "employment_source" NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employment_records" ADD CONSTRAINT "employment_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_records" ADD CONSTRAINT "employment_records_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_records" ADD CONSTRAINT "employment_records_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employment_records_person_id_idx" ON "employment_records" USING btree ("person_id","created_at");--> statement-breakpoint
-- The history is kept: a record is never changed, a correction is a new row (docs/employment.md).
-- Deleting stays possible only through the person's erasure (ON DELETE CASCADE).
CREATE OR REPLACE FUNCTION employment_records_refuse_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
	-- only the links a deleted employer or account leaves behind may be cleared (ON DELETE SET NULL)
	IF row(NEW.id, NEW.person_id, NEW.status, NEW.form, NEW.employer_name, NEW.started_on,
		NEW.contract, NEW.social_insurance, NEW.unemployed_reason, NEW.income_source, NEW.note,
		NEW.source, NEW.created_at)
		IS DISTINCT FROM row(OLD.id, OLD.person_id, OLD.status, OLD.form, OLD.employer_name,
		OLD.started_on, OLD.contract, OLD.social_insurance, OLD.unemployed_reason, OLD.income_source,
		OLD.note, OLD.source, OLD.created_at)
		OR (NEW.employer_id IS NOT NULL AND NEW.employer_id IS DISTINCT FROM OLD.employer_id)
		OR (NEW.recorded_by_user_id IS NOT NULL
			AND NEW.recorded_by_user_id IS DISTINCT FROM OLD.recorded_by_user_id) THEN
		RAISE EXCEPTION 'employment_records keeps its history: a record is never changed'
			USING ERRCODE = 'insufficient_privilege';
	END IF;
	RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER employment_records_no_update
	BEFORE UPDATE ON employment_records
	FOR EACH ROW EXECUTE FUNCTION employment_records_refuse_update();--> statement-breakpoint
-- everyone registered so far starts their history with the situation the registry holds
INSERT INTO "employment_records" ("person_id", "status", "form", "started_on", "unemployed_reason", "source", "created_at")
SELECT "id", "employment_status", "employment_form", "employed_since", "unemployed_reason", 'import', "created_at" FROM "people";
