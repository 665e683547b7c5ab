CREATE TABLE "fair_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"day" integer NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"still_employed" boolean,
	"monthly_wage" integer,
	"problems" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_follow_ups_application_day_unique" UNIQUE("application_id","day")
);
--> statement-breakpoint
ALTER TABLE "fair_follow_ups" ADD CONSTRAINT "fair_follow_ups_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_follow_ups" ADD CONSTRAINT "fair_follow_ups_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- The fair doorbell (docs/fairs.md, live lobby): every change a fair's counters or chats read
-- rings `ronghe_fair` with the fair's id, and a chat message also rings `ronghe_fair_chat` with
-- its queue entry. A listener reads what changed back from the tables; NOTIFY carries no data
-- and folds repeats within one transaction into one.
CREATE FUNCTION fair_doorbell() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record; f uuid;
BEGIN
	IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
	IF TG_TABLE_NAME IN ('fair_registrations', 'fair_booths', 'fair_bookings', 'applications') THEN
		f := r.fair_id;
	ELSIF TG_TABLE_NAME IN ('fair_queue_entries', 'fair_contacts') THEN
		SELECT b.fair_id INTO f FROM fair_booths b WHERE b.id = r.booth_id;
	ELSIF TG_TABLE_NAME = 'fair_chat_messages' THEN
		SELECT b.fair_id INTO f FROM fair_queue_entries q JOIN fair_booths b ON b.id = q.booth_id
			WHERE q.id = r.entry_id;
		PERFORM pg_notify('ronghe_fair_chat', r.entry_id::text);
	END IF;
	IF f IS NOT NULL THEN PERFORM pg_notify('ronghe_fair', f::text); END IF;
	RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER fair_doorbell AFTER INSERT OR UPDATE OR DELETE ON "fair_registrations" FOR EACH ROW EXECUTE FUNCTION fair_doorbell();--> statement-breakpoint
CREATE TRIGGER fair_doorbell AFTER INSERT OR UPDATE OR DELETE ON "fair_booths" FOR EACH ROW EXECUTE FUNCTION fair_doorbell();--> statement-breakpoint
CREATE TRIGGER fair_doorbell AFTER INSERT OR UPDATE OR DELETE ON "fair_bookings" FOR EACH ROW EXECUTE FUNCTION fair_doorbell();--> statement-breakpoint
CREATE TRIGGER fair_doorbell AFTER INSERT OR UPDATE OF status, fair_id ON "applications" FOR EACH ROW WHEN (NEW.fair_id IS NOT NULL) EXECUTE FUNCTION fair_doorbell();--> statement-breakpoint
CREATE TRIGGER fair_doorbell AFTER INSERT OR UPDATE OR DELETE ON "fair_queue_entries" FOR EACH ROW EXECUTE FUNCTION fair_doorbell();--> statement-breakpoint
CREATE TRIGGER fair_doorbell AFTER INSERT OR UPDATE OR DELETE ON "fair_contacts" FOR EACH ROW EXECUTE FUNCTION fair_doorbell();--> statement-breakpoint
CREATE TRIGGER fair_doorbell AFTER INSERT ON "fair_chat_messages" FOR EACH ROW EXECUTE FUNCTION fair_doorbell();
