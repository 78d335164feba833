import { Migration20261125024827_Initial } from './Migration20261125024827_Initial.js';
/** Migrations in the order they run. New files are added here by `npm run db:migration:create`. */
export const migrationsList = [{ name: 'Migration20261125024827_Initial', class: Migration20261125024827_Initial }];
