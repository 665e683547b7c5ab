CREATE TYPE "public"."fair_state" AS ENUM('draft', 'published', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."fair_theme" AS ENUM('employment_aid_month', 'disability_day', 'shanxi_month', 'spring_breeze', 'custom');--> statement-breakpoint
CREATE TYPE "public"."fair_zone_kind" AS ENUM('zone', 'desk');--> statement-breakpoint
CREATE TYPE "public"."booth_rep_role" AS ENUM('owner', 'rep');--> statement-breakpoint
CREATE TYPE "public"."booth_status" AS ENUM('pending', 'approved', 'refused');--> statement-breakpoint
CREATE TYPE "public"."fair_booking_status" AS ENUM('booked', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."fair_contact_interest" AS ENUM('interested', 'not_interested');--> statement-breakpoint
CREATE TYPE "public"."fair_queue_status" AS ENUM('waiting', 'chatting', 'done', 'left');--> statement-breakpoint
ALTER TYPE "public"."fair_mode" ADD VALUE 'onsite';--> statement-breakpoint
CREATE TABLE "fair_interpreter_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interpreter_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_interpreters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_zones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"kind" "fair_zone_kind" DEFAULT 'zone' NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "fair_zones_fair_name_unique" UNIQUE("fair_id","name")
);
--> statement-breakpoint
CREATE TABLE "fair_booth_postings" (
	"booth_id" uuid NOT NULL,
	"posting_id" uuid NOT NULL,
	CONSTRAINT "fair_booth_postings_booth_id_posting_id_pk" PRIMARY KEY("booth_id","posting_id")
);
--> statement-breakpoint
CREATE TABLE "fair_booth_reps" (
	"booth_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "booth_rep_role" DEFAULT 'rep' NOT NULL,
	CONSTRAINT "fair_booth_reps_booth_id_user_id_pk" PRIMARY KEY("booth_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "fair_booths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"zone_id" uuid,
	"status" "booth_status" DEFAULT 'pending' NOT NULL,
	"reason" text,
	"introduction" text DEFAULT '' NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"slot_minutes" integer DEFAULT 15 NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_booths_fair_employer_unique" UNIQUE("fair_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "fair_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booth_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"booth_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"interpreter_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "fair_booking_status" DEFAULT 'booked' NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"source" text DEFAULT 'seeker' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_chat_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"from_rep" integer DEFAULT 0 NOT NULL,
	"user_id" uuid,
	"body" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booth_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"rating" integer,
	"interest" "fair_contact_interest",
	"intention_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_contacts_booth_person_unique" UNIQUE("booth_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "fair_queue_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booth_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" "fair_queue_status" DEFAULT 'waiting' NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rep_user_id" uuid,
	"accepted_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "fair_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"needs" text[] DEFAULT '{}' NOT NULL,
	"max_interviews" integer DEFAULT 3 NOT NULL,
	"last_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_registrations_fair_person_unique" UNIQUE("fair_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "fairs" ADD COLUMN "theme" "fair_theme" DEFAULT 'custom' NOT NULL;--> statement-breakpoint
ALTER TABLE "fairs" ADD COLUMN "state" "fair_state" DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "fairs" ADD COLUMN "venue_access" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "fairs" ADD COLUMN "opens_at_minute" integer DEFAULT 540 NOT NULL;--> statement-breakpoint
ALTER TABLE "fairs" ADD COLUMN "closes_at_minute" integer DEFAULT 1020 NOT NULL;--> statement-breakpoint
ALTER TABLE "fairs" ADD COLUMN "booth_deadline" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "fair_id" uuid;--> statement-breakpoint
ALTER TABLE "fair_interpreter_hours" ADD CONSTRAINT "fair_interpreter_hours_interpreter_id_fair_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."fair_interpreters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interpreters" ADD CONSTRAINT "fair_interpreters_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_zones" ADD CONSTRAINT "fair_zones_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_postings" ADD CONSTRAINT "fair_booth_postings_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_postings" ADD CONSTRAINT "fair_booth_postings_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_reps" ADD CONSTRAINT "fair_booth_reps_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_reps" ADD CONSTRAINT "fair_booth_reps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_zone_id_fair_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."fair_zones"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_slots" ADD CONSTRAINT "fair_slots_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_bookings" ADD CONSTRAINT "fair_bookings_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_bookings" ADD CONSTRAINT "fair_bookings_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_bookings" ADD CONSTRAINT "fair_bookings_slot_id_fair_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."fair_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_bookings" ADD CONSTRAINT "fair_bookings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_bookings" ADD CONSTRAINT "fair_bookings_interpreter_id_fair_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."fair_interpreters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_chat_messages" ADD CONSTRAINT "fair_chat_messages_entry_id_fair_queue_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."fair_queue_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_chat_messages" ADD CONSTRAINT "fair_chat_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_contacts" ADD CONSTRAINT "fair_contacts_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_contacts" ADD CONSTRAINT "fair_contacts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_queue_entries" ADD CONSTRAINT "fair_queue_entries_rep_user_id_users_id_fk" FOREIGN KEY ("rep_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fair_interpreter_hours_interpreter_idx" ON "fair_interpreter_hours" USING btree ("interpreter_id");--> statement-breakpoint
CREATE INDEX "fair_interpreters_fair_id_idx" ON "fair_interpreters" USING btree ("fair_id");--> statement-breakpoint
CREATE INDEX "fair_booth_reps_user_id_idx" ON "fair_booth_reps" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "fair_booths_employer_id_idx" ON "fair_booths" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "fair_slots_booth_starts_idx" ON "fair_slots" USING btree ("booth_id","starts_at");--> statement-breakpoint
CREATE INDEX "fair_bookings_person_idx" ON "fair_bookings" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "fair_bookings_booth_idx" ON "fair_bookings" USING btree ("booth_id");--> statement-breakpoint
CREATE INDEX "fair_chat_messages_entry_at_idx" ON "fair_chat_messages" USING btree ("entry_id","at");--> statement-breakpoint
CREATE INDEX "fair_queue_entries_booth_status_idx" ON "fair_queue_entries" USING btree ("booth_id","status","joined_at");--> statement-breakpoint
CREATE INDEX "fair_registrations_person_id_idx" ON "fair_registrations" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Fairs held before this migration: their state follows their dates.
UPDATE "fairs" SET "state" = CASE WHEN "ends_at" < now() THEN 'closed'::fair_state WHEN "starts_at" <= now() THEN 'open'::fair_state ELSE 'published'::fair_state END;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_dates_check" CHECK ("ends_at" >= "starts_at" AND "opens_at_minute" < "closes_at_minute");--> statement-breakpoint
-- Double bookings are refused by the database itself (docs/fairs.md): btree_gist lets one
-- exclusion constraint compare ids with = and time ranges with &&.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "fair_slots" ADD CONSTRAINT "fair_slots_times_check" CHECK ("ends_at" > "starts_at");--> statement-breakpoint
ALTER TABLE "fair_slots" ADD CONSTRAINT "fair_slots_no_overlap" EXCLUDE USING gist ("booth_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&);--> statement-breakpoint
ALTER TABLE "fair_interpreter_hours" ADD CONSTRAINT "fair_interpreter_hours_times_check" CHECK ("ends_at" > "starts_at");--> statement-breakpoint
ALTER TABLE "fair_interpreter_hours" ADD CONSTRAINT "fair_interpreter_hours_no_overlap" EXCLUDE USING gist ("interpreter_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&);--> statement-breakpoint
CREATE UNIQUE INDEX "fair_bookings_one_per_slot" ON "fair_bookings" ("slot_id") WHERE "status" = 'booked';--> statement-breakpoint
ALTER TABLE "fair_bookings" ADD CONSTRAINT "fair_bookings_seeker_no_overlap" EXCLUDE USING gist ("person_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" = 'booked');--> statement-breakpoint
ALTER TABLE "fair_bookings" ADD CONSTRAINT "fair_bookings_interpreter_no_overlap" EXCLUDE USING gist ("interpreter_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" = 'booked' AND "interpreter_id" IS NOT NULL);--> statement-breakpoint
CREATE UNIQUE INDEX "fair_queue_entries_one_open" ON "fair_queue_entries" ("booth_id", "person_id") WHERE "status" IN ('waiting', 'chatting');--> statement-breakpoint
-- A booking takes its times and booth from its slot, and names only an interpreter of the same
-- fair who is free for the whole slot: code cannot get these wrong.
CREATE FUNCTION fair_bookings_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s record;
BEGIN
	SELECT fs.starts_at, fs.ends_at, fs.booth_id, b.fair_id INTO s
		FROM fair_slots fs JOIN fair_booths b ON b.id = fs.booth_id WHERE fs.id = NEW.slot_id;
	NEW.starts_at := s.starts_at;
	NEW.ends_at := s.ends_at;
	NEW.booth_id := s.booth_id;
	NEW.fair_id := s.fair_id;
	IF NEW.interpreter_id IS NOT NULL AND NEW.status = 'booked' AND NOT EXISTS (
		SELECT 1 FROM fair_interpreter_hours h JOIN fair_interpreters i ON i.id = h.interpreter_id
		WHERE h.interpreter_id = NEW.interpreter_id AND i.fair_id = s.fair_id
			AND h.starts_at <= s.starts_at AND h.ends_at >= s.ends_at
	) THEN
		RAISE EXCEPTION 'interpreter % is not free for this slot', NEW.interpreter_id
			USING ERRCODE = '23P01', CONSTRAINT = 'fair_bookings_interpreter_hours';
	END IF;
	RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER fair_bookings_check BEFORE INSERT OR UPDATE ON "fair_bookings"
	FOR EACH ROW EXECUTE FUNCTION fair_bookings_check();
