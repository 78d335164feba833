import { Migration } from '@mikro-orm/migrations';

/** The `users` query pages by display name, then id: an index in that order serves every page. */
export class Migration20261125130000_UserDirectory extends Migration {
  override name = 'Migration20261125130000_UserDirectory';

  override up(): void | Promise<void> {
    this.addSql('create index users_display_name_id_index on users (display_name, id);');
  }

  override down(): void | Promise<void> {
    this.addSql('drop index users_display_name_id_index;');
  }
}
