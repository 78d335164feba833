import { Migration } from '@mikro-orm/migrations';

export class Migration20261125100529_Conversations extends Migration {

  override name = 'Migration20261125100529_Conversations';

  override up(): void | Promise<void> {
    this.addSql(`create table \`conversation_reads\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`conversation_id\` text not null, \`last_read_at\` datetime not null, constraint \`conversation_reads_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`) on delete cascade, constraint \`conversation_reads_conversation_id_foreign\` foreign key (\`conversation_id\`) references \`conversations\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`conversation_reads_user_id_index\` on \`conversation_reads\` (\`user_id\`);`);
    this.addSql(`create index \`conversation_reads_conversation_id_index\` on \`conversation_reads\` (\`conversation_id\`);`);
    this.addSql(`create unique index \`conversation_reads_user_id_conversation_id_unique\` on \`conversation_reads\` (\`user_id\`, \`conversation_id\`);`);

    this.addSql(`alter table \`conversations\` add column \`transfer_target_id\` text null constraint \`conversations_transfer_target_id_foreign\` references \`users\` (\`id\`) on delete set null;`);
    this.addSql(`alter table \`conversations\` add column \`last_message_preview\` text null;`);
    this.addSql(`create index \`conversations_transfer_target_id_index\` on \`conversations\` (\`transfer_target_id\`);`);
    this.addSql(`create index \`conversations_transfer_target_id_status_index\` on \`conversations\` (\`transfer_target_id\`, \`status\`);`);
    this.addSql(`create index \`conversations_last_message_at_id_index\` on \`conversations\` (\`last_message_at\`, \`id\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`conversation_reads\`;`);

    this.addSql(`drop index \`conversations_transfer_target_id_index\`;`);
    this.addSql(`drop index \`conversations_transfer_target_id_status_index\`;`);
    this.addSql(`drop index \`conversations_last_message_at_id_index\`;`);
    this.addSql(`alter table \`conversations\` drop column \`transfer_target_id\`;`);
    this.addSql(`alter table \`conversations\` drop column \`last_message_preview\`;`);
  }

}
