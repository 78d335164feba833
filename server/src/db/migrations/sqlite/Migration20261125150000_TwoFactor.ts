import { Migration } from '@mikro-orm/migrations';

export class Migration20261125150000_TwoFactor extends Migration {

  override name = 'Migration20261125150000_TwoFactor';

  override up(): void | Promise<void> {
    this.addSql(`create table \`user_two_factor\` (\`id\` text not null primary key, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`secret_encrypted\` text not null, \`confirmed_at\` datetime null, \`last_used_step\` integer not null default 0, \`recovery_codes\` json not null, \`version\` integer not null default 1, constraint \`user_two_factor_user_id_foreign\` foreign key (\`user_id\`) references \`users\` (\`id\`) on delete cascade);`);
    this.addSql(`create index \`user_two_factor_user_id_index\` on \`user_two_factor\` (\`user_id\`);`);
    this.addSql(`create unique index \`user_two_factor_user_id_unique\` on \`user_two_factor\` (\`user_id\`);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists \`user_two_factor\`;`);
  }

}
