import { Migration20261125041802_Initial } from './Migration20261125041802_Initial.js';
import { Migration20261125100000_ProfileUpdatePermission } from './Migration20261125100000_ProfileUpdatePermission.js';
import { Migration20261125100529_Conversations } from './Migration20261125100529_Conversations.js';
import { Migration20261125110000_Search } from './Migration20261125110000_Search.js';
import { Migration20261125130000_UserDirectory } from './Migration20261125130000_UserDirectory.js';
import { Migration20261125150000_TwoFactor } from './Migration20261125150000_TwoFactor.js';
import { Migration20261125160000_DashboardIndexes } from './Migration20261125160000_DashboardIndexes.js';

/** SQLite migrations in the order they run. Rewritten by `npm run db:migration:create`. */
export const migrationsList = [
  { name: 'Migration20261125041802_Initial', class: Migration20261125041802_Initial },
  { name: 'Migration20261125100000_ProfileUpdatePermission', class: Migration20261125100000_ProfileUpdatePermission },
  { name: 'Migration20261125100529_Conversations', class: Migration20261125100529_Conversations },
  { name: 'Migration20261125110000_Search', class: Migration20261125110000_Search },
  { name: 'Migration20261125130000_UserDirectory', class: Migration20261125130000_UserDirectory },
  { name: 'Migration20261125150000_TwoFactor', class: Migration20261125150000_TwoFactor },
  { name: 'Migration20261125160000_DashboardIndexes', class: Migration20261125160000_DashboardIndexes },
];
