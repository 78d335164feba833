import { Migration20261125000000_Initial } from './Migration20261125000000_Initial.js';
import { Migration20261125140000_Search } from './Migration20261125140000_Search.js';
import { Migration20261125150000_TwoFactor } from './Migration20261125150000_TwoFactor.js';
import { Migration20261125160000_DashboardIndexes } from './Migration20261125160000_DashboardIndexes.js';

/** PostgreSQL migrations in the order they run. Rewritten by `npm run db:migration:create`. */
export const migrationsList = [
  { name: 'Migration20261125000000_Initial', class: Migration20261125000000_Initial },
  { name: 'Migration20261125140000_Search', class: Migration20261125140000_Search },
  { name: 'Migration20261125150000_TwoFactor', class: Migration20261125150000_TwoFactor },
  { name: 'Migration20261125160000_DashboardIndexes', class: Migration20261125160000_DashboardIndexes },
];
