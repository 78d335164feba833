import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search (PostgreSQL): a jieba-segmented copy of message bodies and conversation subjects in a `tsvector`
 * built with the `simple` configuration (GIN index), and the folded text under a `pg_trgm` GIN index for
 * substrings inside words (see modules/search/pg-search.ts). `seq` follows indexing order (message age), for the
 * ranking window. Foreign keys are checked at commit, so indexing may precede the flush, and drop the rows with
 * their owner. Not entities: the schema generator skips `search_` tables.
 */
export class Migration20261125140000_Search extends Migration {
  override name = 'Migration20261125140000_Search';

  override up(): void | Promise<void> {
    this.addSql('create extension if not exists pg_trgm;');
    this.dropAll();
    this.addSql(`create table "search_conversations" ("conversation_id" varchar(36) not null primary key, "seq" bigserial not null, "words" tsvector not null, "plain" text not null, constraint "search_conversations_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on delete cascade deferrable initially deferred);`);
    this.addSql('create index "search_conversations_words_index" on "search_conversations" using gin ("words");');
    this.addSql('create index "search_conversations_plain_trgm_index" on "search_conversations" using gin ("plain" gin_trgm_ops);');
    this.addSql('create index "search_conversations_seq_index" on "search_conversations" ("seq");');

    this.addSql(`create table "search_messages" ("message_id" varchar(36) not null primary key, "seq" bigserial not null, "conversation_id" varchar(36) not null, "internal" boolean not null default false, "words" tsvector not null, "plain" text not null, constraint "search_messages_message_id_foreign" foreign key ("message_id") references "messages" ("id") on delete cascade deferrable initially deferred);`);
    this.addSql('create index "search_messages_words_index" on "search_messages" using gin ("words");');
    this.addSql('create index "search_messages_plain_trgm_index" on "search_messages" using gin ("plain" gin_trgm_ops);');
    this.addSql('create index "search_messages_seq_index" on "search_messages" ("seq");');
    this.addSql('create index "search_messages_conversation_id_seq_index" on "search_messages" ("conversation_id", "seq");');
  }

  override down(): void | Promise<void> {
    this.dropAll();
  }

  private dropAll(): void {
    this.addSql('drop table if exists "search_messages";');
    this.addSql('drop table if exists "search_conversations";');
  }
}
