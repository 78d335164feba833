import { Migration20261125041802_Initial } from './Migration20261125041802_Initial.js';
import { Migration20261125100000_ProfileUpdatePermission } from './Migration20261125100000_ProfileUpdatePermission.js';

/** Migrations in the order they run. Rewritten by `npm run db:migration:create`. */
export const migrationsList = [
  { name: 'Migration20261125041802_Initial', class: Migration20261125041802_Initial },
  { name: 'Migration20261125100000_ProfileUpdatePermission', class: Migration20261125100000_ProfileUpdatePermission },
];
