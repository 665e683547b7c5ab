CREATE TABLE "fair_interview_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"booth_id" uuid NOT NULL,
	"preference" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_interview_requests_unique" UNIQUE("fair_id","person_id","booth_id")
);
--> statement-breakpoint
ALTER TABLE "fair_interview_requests" ADD CONSTRAINT "fair_interview_requests_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interview_requests" ADD CONSTRAINT "fair_interview_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interview_requests" ADD CONSTRAINT "fair_interview_requests_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;