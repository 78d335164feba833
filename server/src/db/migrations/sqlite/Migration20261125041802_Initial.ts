import { Migration } from '@mikro-orm/migrations';

export class Migration20261125041802_Initial extends Migration {

  override name = 'Migration20261125041802_Initial';

  override up(): void | Promise<void> {
    this.addSql(`create table \`roles\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`key\` text not null, \`name\` text not null, \`description\` text null, \`permissions\` json not null, \`built_in\` integer not null default false);`);
    this.addSql(`create unique index \`roles_key_unique\` on \`roles\` (\`key\`);`);

    this.addSql(`create table \`tags\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`colour\` text not null default '#9F7AEA', \`source\` text check (\`source\` in ('MANUAL', 'AI')) not null default 'MANUAL');`);
    this.addSql(`create unique index \`tags_name_unique\` on \`tags\` (\`name\`);`);

    this.addSql(`create table \`teams\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null);`);
    this.addSql(`create unique index \`teams_name_unique\` on \`teams\` (\`name\`);`);

    this.addSql(`create table \`users\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`display_name\` text not null, \`password_hash\` text not null, \`role_id\` text not null, \`session_version\` integer not null default 1, \`locale\` text not null default 'en', \`active\` integer not null default true, \`last_seen_at\` datetime null, \`capacity\` integer not null default 5, constraint \`users_role_id_foreign\` foreign key (\`role_id\`) references \`roles\` (\`id\`));`);
    this.addSql(`create unique index \`users_email_unique\` on \`users\` (\`email\`);`);
    this.addSql(`create index \`users_role_id_index\` on \`users\` (\`role_id\`);`);
    this.addSql(`create index \`users_role_id_active_index\` on \`users\` (\`role_id\`, \`active\`);`);

    this.addSql(`create table \`team_members\` (\`user_id\` text not null, \`team_id\` text not null, primary key (\`user_id\`, \`team_id\`), constraint \`team_members_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`) on update cascade on delete cascade, constraint \`team_members_team_id_foreign\` foreign key (\`team_id\`) references \`teams\` (\`id\`) on update cascade on delete cascade);`);
    this.addSql(`create index \`team_members_user_id_index\` on \`team_members\` (\`user_id\`);`);
    this.addSql(`create index \`team_members_team_id_index\` on \`team_members\` (\`team_id\`);`);

    this.addSql(`create table \`settings\` (\`key\` text not null primary key, \`value\` json not null, \`updated_by_id\` text null, \`updated_at\` datetime not null, constraint \`settings_updated_by_id_foreign\` foreign key (\`updated_by_id\`) references \`users\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`settings_updated_by_id_index\` on \`settings\` (\`updated_by_id\`);`);

    this.addSql(`create table \`reply_templates\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`title\` text not null, \`body\` text not null, \`shortcut\` text null, \`intent\` text null, \`locale\` text not null, \`usage_count\` integer not null default 0, \`created_by_id\` text null, constraint \`reply_templates_created_by_id_foreign\` foreign key (\`created_by_id\`) references \`users\` (\`id\`) on delete set null);`);
    this.addSql(`create unique index \`reply_templates_shortcut_unique\` on \`reply_templates\` (\`shortcut\`);`);
    this.addSql(`create index \`reply_templates_created_by_id_index\` on \`reply_templates\` (\`created_by_id\`);`);
    this.addSql(`create index \`reply_templates_usage_count_index\` on \`reply_templates\` (\`usage_count\`);`);
    this.addSql(`create index \`reply_templates_locale_intent_index\` on \`reply_templates\` (\`locale\`, \`intent\`);`);

    this.addSql(`create table \`refresh_tokens\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`family\` text not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`replaced_by\` text null, constraint \`refresh_tokens_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`) on delete cascade);`);
    this.addSql(`create unique index \`refresh_tokens_token_hash_unique\` on \`refresh_tokens\` (\`token_hash\`);`);
    this.addSql(`create index \`refresh_tokens_user_id_index\` on \`refresh_tokens\` (\`user_id\`);`);
    this.addSql(`create index \`refresh_tokens_family_index\` on \`refresh_tokens\` (\`family\`);`);

    this.addSql(`create table \`password_reset_tokens\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`password_reset_tokens_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`) on delete cascade);`);
    this.addSql(`create unique index \`password_reset_tokens_token_hash_unique\` on \`password_reset_tokens\` (\`token_hash\`);`);
    this.addSql(`create index \`password_reset_tokens_user_id_index\` on \`password_reset_tokens\` (\`user_id\`);`);

    this.addSql(`create table \`conversations\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`number\` integer not null, \`subject\` text not null, \`customer_id\` text not null, \`assignee_id\` text null, \`team_id\` text null, \`status\` text check (\`status\` in ('PENDING', 'IN_PROGRESS', 'TRANSFERRED', 'COMPLETED')) not null default 'PENDING', \`priority\` text check (\`priority\` in ('LOW', 'NORMAL', 'HIGH', 'URGENT')) not null default 'NORMAL', \`channel\` text check (\`channel\` in ('WEB', 'API')) not null default 'WEB', \`intent\` text null, \`sentiment\` text null, \`language\` text null, \`first_response_at\` datetime null, \`resolved_at\` datetime null, \`last_message_at\` datetime null, \`version\` integer not null default 1, constraint \`conversations_customer_id_foreign\` foreign key (\`customer_id\`) references \`users\` (\`id\`), constraint \`conversations_assignee_id_foreign\` foreign key (\`assignee_id\`) references \`users\` (\`id\`) on delete set null, constraint \`conversations_team_id_foreign\` foreign key (\`team_id\`) references \`teams\` (\`id\`) on delete set null);`);
    this.addSql(`create unique index \`conversations_number_unique\` on \`conversations\` (\`number\`);`);
    this.addSql(`create index \`conversations_customer_id_index\` on \`conversations\` (\`customer_id\`);`);
    this.addSql(`create index \`conversations_assignee_id_index\` on \`conversations\` (\`assignee_id\`);`);
    this.addSql(`create index \`conversations_team_id_index\` on \`conversations\` (\`team_id\`);`);
    this.addSql(`create index \`conversations_created_at_index\` on \`conversations\` (\`created_at\`);`);
    this.addSql(`create index \`conversations_intent_index\` on \`conversations\` (\`intent\`);`);
    this.addSql(`create index \`conversations_priority_index\` on \`conversations\` (\`priority\`);`);
    this.addSql(`create index \`conversations_team_id_status_index\` on \`conversations\` (\`team_id\`, \`status\`);`);
    this.addSql(`create index \`conversations_customer_id_last_message_at_index\` on \`conversations\` (\`customer_id\`, \`last_message_at\`);`);
    this.addSql(`create index \`conversations_assignee_id_status_index\` on \`conversations\` (\`assignee_id\`, \`status\`);`);
    this.addSql(`create index \`conversations_status_last_message_at_index\` on \`conversations\` (\`status\`, \`last_message_at\`);`);

    this.addSql(`create table \`messages\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`conversation_id\` text not null, \`author_id\` text null, \`kind\` text check (\`kind\` in ('CUSTOMER', 'AGENT', 'ASSISTANT', 'SYSTEM')) not null, \`body\` text not null, \`internal\` integer not null default false, \`client_message_id\` text null, constraint \`messages_conversation_id_foreign\` foreign key (\`conversation_id\`) references \`conversations\` (\`id\`) on delete cascade, constraint \`messages_author_id_foreign\` foreign key (\`author_id\`) references \`users\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`messages_conversation_id_index\` on \`messages\` (\`conversation_id\`);`);
    this.addSql(`create index \`messages_author_id_index\` on \`messages\` (\`author_id\`);`);
    this.addSql(`create index \`messages_conversation_id_created_at_index\` on \`messages\` (\`conversation_id\`, \`created_at\`);`);
    this.addSql(`create unique index \`messages_author_id_client_message_id_unique\` on \`messages\` (\`author_id\`, \`client_message_id\`);`);

    this.addSql(`create table \`evaluations\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`conversation_id\` text not null, \`rating\` integer not null, \`comment\` text null, constraint \`evaluations_conversation_id_foreign\` foreign key (\`conversation_id\`) references \`conversations\` (\`id\`) on delete cascade);`);
    this.addSql(`create unique index \`evaluations_conversation_id_unique\` on \`evaluations\` (\`conversation_id\`);`);

    this.addSql(`create table \`conversation_events\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`conversation_id\` text not null, \`actor_id\` text null, \`type\` text not null, \`from\` text null, \`to\` text null, \`reason\` text null, \`detail\` json null, constraint \`conversation_events_conversation_id_foreign\` foreign key (\`conversation_id\`) references \`conversations\` (\`id\`) on delete cascade, constraint \`conversation_events_actor_id_foreign\` foreign key (\`actor_id\`) references \`users\` (\`id\`) on delete set null);`);
    this.addSql(`create index \`conversation_events_conversation_id_index\` on \`conversation_events\` (\`conversation_id\`);`);
    this.addSql(`create index \`conversation_events_actor_id_index\` on \`conversation_events\` (\`actor_id\`);`);
    this.addSql(`create index \`conversation_events_type_created_at_index\` on \`conversation_events\` (\`type\`, \`created_at\`);`);
    this.addSql(`create index \`conversation_events_conversation_id_created_at_index\` on \`conversation_events\` (\`conversation_id\`, \`created_at\`);`);

    this.addSql(`create table \`conversation_tags\` (\`conversation_id\` text not null, \`tag_id\` text not null, primary key (\`conversation_id\`, \`tag_id\`), constraint \`conversation_tags_conversation_id_foreign\` foreign key (\`conversation_id\`) references \`conversations\` (\`id\`) on update cascade on delete cascade, constraint \`conversation_tags_tag_id_foreign\` foreign key (\`tag_id\`) references \`tags\` (\`id\`) on update cascade on delete cascade);`);
    this.addSql(`create index \`conversation_tags_conversation_id_index\` on \`conversation_tags\` (\`conversation_id\`);`);
    this.addSql(`create index \`conversation_tags_tag_id_index\` on \`conversation_tags\` (\`tag_id\`);`);

    this.addSql(`create table \`audit_logs\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`seq\` integer not null, \`actor_id\` text null, \`action\` text not null, \`target_type\` text null, \`target_id\` text null, \`ip\` text null, \`user_agent\` text null, \`detail\` json null, \`prev_hash\` text not null, \`hash\` text not null, constraint \`audit_logs_actor_id_foreign\` foreign key (\`actor_id\`) references \`users\` (\`id\`) on delete set null);`);
    this.addSql(`create unique index \`audit_logs_seq_unique\` on \`audit_logs\` (\`seq\`);`);
    this.addSql(`create index \`audit_logs_actor_id_index\` on \`audit_logs\` (\`actor_id\`);`);
    this.addSql(`create unique index \`audit_logs_hash_unique\` on \`audit_logs\` (\`hash\`);`);
    this.addSql(`create index \`audit_logs_target_type_target_id_index\` on \`audit_logs\` (\`target_type\`, \`target_id\`);`);
    this.addSql(`create index \`audit_logs_action_created_at_index\` on \`audit_logs\` (\`action\`, \`created_at\`);`);
    this.addSql(`create index \`audit_logs_actor_id_created_at_index\` on \`audit_logs\` (\`actor_id\`, \`created_at\`);`);
    this.addSql(`create index \`audit_logs_created_at_index\` on \`audit_logs\` (\`created_at\`);`);

    this.addSql(`create table \`api_tokens\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`prefix\` text not null default '', \`token_hash\` text not null, \`scopes\` json not null, \`user_id\` text not null, \`last_used_at\` datetime null, \`expires_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_tokens_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`) on delete cascade);`);
    this.addSql(`create unique index \`api_tokens_token_hash_unique\` on \`api_tokens\` (\`token_hash\`);`);
    this.addSql(`create index \`api_tokens_user_id_index\` on \`api_tokens\` (\`user_id\`);`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop table if exists \`roles\`;`);
    this.addSql(`drop table if exists \`tags\`;`);
    this.addSql(`drop table if exists \`teams\`;`);
    this.addSql(`drop table if exists \`users\`;`);
    this.addSql(`drop table if exists \`team_members\`;`);
    this.addSql(`drop table if exists \`settings\`;`);
    this.addSql(`drop table if exists \`reply_templates\`;`);
    this.addSql(`drop table if exists \`refresh_tokens\`;`);
    this.addSql(`drop table if exists \`password_reset_tokens\`;`);
    this.addSql(`drop table if exists \`conversations\`;`);
    this.addSql(`drop table if exists \`messages\`;`);
    this.addSql(`drop table if exists \`evaluations\`;`);
    this.addSql(`drop table if exists \`conversation_events\`;`);
    this.addSql(`drop table if exists \`conversation_tags\`;`);
    this.addSql(`drop table if exists \`audit_logs\`;`);
    this.addSql(`drop table if exists \`api_tokens\`;`);
  }

}
