import { Migration } from '@mikro-orm/migrations';

export class Migration20261125000000_Initial extends Migration {

  override name = 'Migration20261125000000_Initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "roles" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(64) not null, "name" varchar(120) not null, "description" text null, "permissions" jsonb not null, "built_in" boolean not null default false, primary key ("id"));`);
    this.addSql(`alter table "roles" add constraint "roles_key_unique" unique ("key");`);

    this.addSql(`create table "tags" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(60) not null, "colour" varchar(9) not null default '#9F7AEA', "source" text not null default 'MANUAL', primary key ("id"));`);
    this.addSql(`alter table "tags" add constraint "tags_name_unique" unique ("name");`);
    this.addSql(`alter table "tags" add constraint "tags_source_check" check ("source" in ('MANUAL', 'AI'));`);

    this.addSql(`create table "teams" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(120) not null, primary key ("id"));`);
    this.addSql(`alter table "teams" add constraint "teams_name_unique" unique ("name");`);

    this.addSql(`create table "users" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "display_name" varchar(80) not null, "password_hash" varchar(255) not null, "role_id" varchar(36) not null, "session_version" int not null default 1, "locale" varchar(8) not null default 'en', "active" boolean not null default true, "last_seen_at" timestamptz null, "capacity" int not null default 5, primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_display_name_id_index" on "users" ("display_name", "id");`);
    this.addSql(`create index "users_role_id_active_index" on "users" ("role_id", "active");`);

    this.addSql(`create table "team_members" ("user_id" varchar(36) not null, "team_id" varchar(36) not null, primary key ("user_id", "team_id"));`);

    this.addSql(`create table "settings" ("key" varchar(80) not null, "value" jsonb not null, "updated_by_id" varchar(36) null, "updated_at" timestamptz not null, primary key ("key"));`);

    this.addSql(`create table "reply_templates" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(120) not null, "body" text not null, "shortcut" varchar(32) null, "intent" varchar(40) null, "locale" varchar(8) not null, "usage_count" int not null default 0, "created_by_id" varchar(36) null, primary key ("id"));`);
    this.addSql(`alter table "reply_templates" add constraint "reply_templates_shortcut_unique" unique ("shortcut");`);
    this.addSql(`create index "reply_templates_usage_count_index" on "reply_templates" ("usage_count");`);
    this.addSql(`create index "reply_templates_locale_intent_index" on "reply_templates" ("locale", "intent");`);

    this.addSql(`create table "refresh_tokens" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "family" varchar(36) not null, "user_id" varchar(36) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "replaced_by" varchar(36) null, primary key ("id"));`);
    this.addSql(`alter table "refresh_tokens" add constraint "refresh_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_tokens_user_id_index" on "refresh_tokens" ("user_id");`);
    this.addSql(`create index "refresh_tokens_family_index" on "refresh_tokens" ("family");`);

    this.addSql(`create table "password_reset_tokens" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "user_id" varchar(36) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "password_reset_tokens" add constraint "password_reset_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_reset_tokens_user_id_index" on "password_reset_tokens" ("user_id");`);

    this.addSql(`create table "conversations" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" int not null, "subject" varchar(200) not null, "customer_id" varchar(36) not null, "assignee_id" varchar(36) null, "team_id" varchar(36) null, "transfer_target_id" varchar(36) null, "status" text not null default 'PENDING', "priority" text not null default 'NORMAL', "channel" text not null default 'WEB', "intent" varchar(40) null, "sentiment" varchar(16) null, "language" varchar(8) null, "first_response_at" timestamptz null, "resolved_at" timestamptz null, "last_message_at" timestamptz null, "last_message_preview" varchar(200) null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "conversations" add constraint "conversations_number_unique" unique ("number");`);
    this.addSql(`create index "conversations_transfer_target_id_status_index" on "conversations" ("transfer_target_id", "status");`);
    this.addSql(`create index "conversations_last_message_at_id_index" on "conversations" ("last_message_at", "id");`);
    this.addSql(`create index "conversations_created_at_index" on "conversations" ("created_at");`);
    this.addSql(`create index "conversations_intent_index" on "conversations" ("intent");`);
    this.addSql(`create index "conversations_priority_index" on "conversations" ("priority");`);
    this.addSql(`create index "conversations_team_id_status_index" on "conversations" ("team_id", "status");`);
    this.addSql(`create index "conversations_customer_id_last_message_at_index" on "conversations" ("customer_id", "last_message_at");`);
    this.addSql(`create index "conversations_assignee_id_status_index" on "conversations" ("assignee_id", "status");`);
    this.addSql(`create index "conversations_status_last_message_at_index" on "conversations" ("status", "last_message_at");`);
    this.addSql(`alter table "conversations" add constraint "conversations_status_check" check ("status" in ('PENDING', 'IN_PROGRESS', 'TRANSFERRED', 'COMPLETED'));`);
    this.addSql(`alter table "conversations" add constraint "conversations_priority_check" check ("priority" in ('LOW', 'NORMAL', 'HIGH', 'URGENT'));`);
    this.addSql(`alter table "conversations" add constraint "conversations_channel_check" check ("channel" in ('WEB', 'API'));`);

    this.addSql(`create table "messages" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "conversation_id" varchar(36) not null, "author_id" varchar(36) null, "kind" text not null, "body" text not null, "internal" boolean not null default false, "client_message_id" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "messages_conversation_id_created_at_index" on "messages" ("conversation_id", "created_at");`);
    this.addSql(`alter table "messages" add constraint "messages_author_id_client_message_id_unique" unique ("author_id", "client_message_id");`);
    this.addSql(`alter table "messages" add constraint "messages_kind_check" check ("kind" in ('CUSTOMER', 'AGENT', 'ASSISTANT', 'SYSTEM'));`);

    this.addSql(`create table "evaluations" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "conversation_id" varchar(36) not null, "rating" int not null, "comment" text null, primary key ("id"));`);
    this.addSql(`alter table "evaluations" add constraint "evaluations_conversation_id_unique" unique ("conversation_id");`);

    this.addSql(`create table "conversation_reads" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" varchar(36) not null, "conversation_id" varchar(36) not null, "last_read_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "conversation_reads" add constraint "conversation_reads_user_id_conversation_id_unique" unique ("user_id", "conversation_id");`);

    this.addSql(`create table "conversation_events" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "conversation_id" varchar(36) not null, "actor_id" varchar(36) null, "type" varchar(32) not null, "from" varchar(120) null, "to" varchar(120) null, "reason" text null, "detail" jsonb null, primary key ("id"));`);
    this.addSql(`create index "conversation_events_type_created_at_index" on "conversation_events" ("type", "created_at");`);
    this.addSql(`create index "conversation_events_conversation_id_created_at_index" on "conversation_events" ("conversation_id", "created_at");`);

    this.addSql(`create table "conversation_tags" ("conversation_id" varchar(36) not null, "tag_id" varchar(36) not null, primary key ("conversation_id", "tag_id"));`);

    this.addSql(`create table "audit_logs" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "seq" int not null, "actor_id" varchar(36) null, "action" varchar(64) not null, "target_type" varchar(40) null, "target_id" varchar(64) null, "ip" varchar(64) null, "user_agent" varchar(400) null, "detail" jsonb null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, primary key ("id"));`);
    this.addSql(`alter table "audit_logs" add constraint "audit_logs_seq_unique" unique ("seq");`);
    this.addSql(`alter table "audit_logs" add constraint "audit_logs_hash_unique" unique ("hash");`);
    this.addSql(`create index "audit_logs_target_type_target_id_index" on "audit_logs" ("target_type", "target_id");`);
    this.addSql(`create index "audit_logs_action_created_at_index" on "audit_logs" ("action", "created_at");`);
    this.addSql(`create index "audit_logs_actor_id_created_at_index" on "audit_logs" ("actor_id", "created_at");`);
    this.addSql(`create index "audit_logs_created_at_index" on "audit_logs" ("created_at");`);

    this.addSql(`create table "api_tokens" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(80) not null, "prefix" varchar(16) not null default '', "token_hash" varchar(64) not null, "scopes" jsonb not null, "user_id" varchar(36) not null, "last_used_at" timestamptz null, "expires_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_tokens_user_id_index" on "api_tokens" ("user_id");`);

    this.addSql(`alter table "users" add constraint "users_role_id_foreign" foreign key ("role_id") references "roles" ("id");`);

    this.addSql(`alter table "team_members" add constraint "team_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team_members" add constraint "team_members_team_id_foreign" foreign key ("team_id") references "teams" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "settings" add constraint "settings_updated_by_id_foreign" foreign key ("updated_by_id") references "users" ("id") on delete set null;`);

    this.addSql(`alter table "reply_templates" add constraint "reply_templates_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on delete set null;`);

    this.addSql(`alter table "refresh_tokens" add constraint "refresh_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);

    this.addSql(`alter table "password_reset_tokens" add constraint "password_reset_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);

    this.addSql(`alter table "conversations" add constraint "conversations_customer_id_foreign" foreign key ("customer_id") references "users" ("id");`);
    this.addSql(`alter table "conversations" add constraint "conversations_assignee_id_foreign" foreign key ("assignee_id") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "conversations" add constraint "conversations_team_id_foreign" foreign key ("team_id") references "teams" ("id") on delete set null;`);
    this.addSql(`alter table "conversations" add constraint "conversations_transfer_target_id_foreign" foreign key ("transfer_target_id") references "users" ("id") on delete set null;`);

    this.addSql(`alter table "messages" add constraint "messages_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on delete cascade;`);
    this.addSql(`alter table "messages" add constraint "messages_author_id_foreign" foreign key ("author_id") references "users" ("id") on delete set null;`);

    this.addSql(`alter table "evaluations" add constraint "evaluations_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on delete cascade;`);

    this.addSql(`alter table "conversation_reads" add constraint "conversation_reads_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "conversation_reads" add constraint "conversation_reads_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on delete cascade;`);

    this.addSql(`alter table "conversation_events" add constraint "conversation_events_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on delete cascade;`);
    this.addSql(`alter table "conversation_events" add constraint "conversation_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on delete set null;`);

    this.addSql(`alter table "conversation_tags" add constraint "conversation_tags_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "conversation_tags" add constraint "conversation_tags_tag_id_foreign" foreign key ("tag_id") references "tags" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_logs" add constraint "audit_logs_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on delete set null;`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

}
