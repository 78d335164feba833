import { Migration } from '@mikro-orm/migrations';

const KEY = 'profile:update';

/**
 * `updateProfile` now needs the `profile:update` permission (so a token scoped to `user:read` cannot rename
 * its owner). Every built-in role could change its own profile before: give them the key explicitly.
 */
export class Migration20261125100000_ProfileUpdatePermission extends Migration {
  override name = 'Migration20261125100000_ProfileUpdatePermission';

  override async up(): Promise<void> {
    // Filtered here, not in SQL: SQLite stores the flag as 1 and PostgreSQL as a boolean.
    const roles = await this.execute('select id, permissions, built_in from roles');
    for (const role of roles.filter((r) => Boolean(r.built_in))) {
      const permissions = parse(role.permissions);
      if (permissions.includes(KEY)) continue;
      await this.execute('update roles set permissions = ? where id = ?', [JSON.stringify([...permissions, KEY]), role.id]);
    }
  }

  override async down(): Promise<void> {
    const roles = await this.execute('select id, permissions from roles');
    for (const role of roles) {
      const permissions = parse(role.permissions);
      if (!permissions.includes(KEY)) continue;
      await this.execute('update roles set permissions = ? where id = ?', [JSON.stringify(permissions.filter((p) => p !== KEY)), role.id]);
    }
  }
}

/** JSON columns come back as text from SQLite and as values from PostgreSQL. */
function parse(value: unknown): string[] {
  return (typeof value === 'string' ? JSON.parse(value) : value) as string[];
}
