import { Migration } from '@mikro-orm/migrations';

/** Indexes of the dashboard's range queries: completions, replies per agent, ratings. */
export class Migration20261125160000_DashboardIndexes extends Migration {
  override name = 'Migration20261125160000_DashboardIndexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "conversations_created_at_first_response_at_index" on "conversations" ("created_at", "first_response_at");`);
    this.addSql(
      `create index "conversations_resolved_at_created_at_assignee_id_index" on "conversations" ("resolved_at", "created_at", "assignee_id");`,
    );
    this.addSql(`create index "messages_kind_internal_created_at_author_id_index" on "messages" ("kind", "internal", "created_at", "author_id");`);
    this.addSql(`create index "evaluations_created_at_index" on "evaluations" ("created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "conversations_created_at_first_response_at_index";`);
    this.addSql(`drop index if exists "conversations_resolved_at_created_at_assignee_id_index";`);
    this.addSql(`drop index if exists "messages_kind_internal_created_at_author_id_index";`);
    this.addSql(`drop index if exists "evaluations_created_at_index";`);
  }
}
