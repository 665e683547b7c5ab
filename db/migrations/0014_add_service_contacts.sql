CREATE TYPE "public"."posting_contact_mode" AS ENUM('federation', 'direct');--> statement-breakpoint
CREATE TYPE "public"."service_contact_kind" AS ENUM('federation', 'bureau', 'township');--> statement-breakpoint
CREATE TABLE "service_contacts" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" "service_contact_kind" NOT NULL,
	"township_code" text,
	"office" text DEFAULT '' NOT NULL,
	"person" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"hours" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_contacts_townshipCode_unique" UNIQUE("township_code")
);
--> statement-breakpoint
ALTER TABLE "postings" ADD COLUMN "contact_mode" "posting_contact_mode" DEFAULT 'federation' NOT NULL;--> statement-breakpoint
ALTER TABLE "postings" ADD COLUMN "contact_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "postings" ADD COLUMN "contact_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_contacts" ADD CONSTRAINT "service_contacts_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE no action ON UPDATE no action;