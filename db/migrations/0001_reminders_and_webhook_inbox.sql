CREATE TABLE "webhook_inbox" (
	"update_id" bigint PRIMARY KEY NOT NULL,
	"chat_id" bigint,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "canvases" ADD COLUMN "last_reminder_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "time_zone" text;--> statement-breakpoint
CREATE INDEX "webhook_inbox_chat_idx" ON "webhook_inbox" USING btree ("chat_id","update_id");--> statement-breakpoint
CREATE INDEX "canvases_unfinished_activity_idx" ON "canvases" USING btree ("last_activity_at") WHERE "canvases"."completed_at" is null;