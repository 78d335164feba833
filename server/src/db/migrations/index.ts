import { Migration20261125030023_Initial } from './Migration20261125030023_Initial.js';

/** Migrations in the order they run. Rewritten by `npm run db:migration:create`. */
export const migrationsList = [{ name: 'Migration20261125030023_Initial', class: Migration20261125030023_Initial }];
