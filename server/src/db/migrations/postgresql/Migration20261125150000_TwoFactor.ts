import { Migration } from '@mikro-orm/migrations';

export class Migration20261125150000_TwoFactor extends Migration {

  override name = 'Migration20261125150000_TwoFactor';

  override up(): void | Promise<void> {
    this.addSql(`create table "user_two_factor" ("id" varchar(36) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" varchar(36) not null, "secret_encrypted" text not null, "confirmed_at" timestamptz null, "last_used_step" int not null default 0, "recovery_codes" jsonb not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "user_two_factor" add constraint "user_two_factor_user_id_unique" unique ("user_id");`);

    this.addSql(`alter table "user_two_factor" add constraint "user_two_factor_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "user_two_factor" cascade;`);
  }

}
