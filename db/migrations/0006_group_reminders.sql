CREATE TABLE "group_reminders" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"user_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"deadline" timestamp with time zone,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "course_groups" ADD COLUMN "last_group_reminder_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "group_reminders" ADD CONSTRAINT "group_reminders_group_id_course_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."course_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_reminders" ADD CONSTRAINT "group_reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "group_reminders_once_idx" ON "group_reminders" USING btree ("group_id","user_id","kind","deadline");--> statement-breakpoint
CREATE INDEX "group_reminders_due_idx" ON "group_reminders" USING btree ("due_at") WHERE "group_reminders"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "group_reminders_user_idx" ON "group_reminders" USING btree ("user_id");