ALTER TABLE "canvases" RENAME COLUMN "revision" TO "step_version";--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "message_id" bigint;