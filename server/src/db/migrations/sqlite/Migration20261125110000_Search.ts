import { Migration } from '@mikro-orm/migrations';

/**
 * Full-text search (SQLite FTS5): a jieba-segmented copy of message bodies and conversation subjects, indexed with
 * unicode61 (see modules/search/sqlite-search.ts). The FTS tables are contentless (the text lives in `messages` and
 * `conversations`). `search_conversations` and `search_messages` give each conversation and message a stable
 * integer (the FTS rowid; a message also keeps its conversation's, so hits group without reading `messages`).
 * Their foreign keys are checked at commit, so indexing may precede the flush, and drop the rows with their owner.
 */
export class Migration20261125110000_Search extends Migration {

  override name = 'Migration20261125110000_Search';

  override up(): void | Promise<void> {
    // The index is derived data: start clean, also after `db:reset` (schema.drop leaves tables it has no entity for).
    this.dropAll();
    this.addSql(`create table \`search_conversations\` (\`id\` integer not null primary key, \`conversation_id\` text not null, constraint \`search_conversations_conversation_id_foreign\` foreign key (\`conversation_id\`) references \`conversations\` (\`id\`) on delete cascade deferrable initially deferred);`);
    this.addSql(`create unique index \`search_conversations_conversation_id_unique\` on \`search_conversations\` (\`conversation_id\`);`);
    this.addSql(`create virtual table \`search_subjects_fts\` using fts5(\`segmented\`, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');`);
    this.addSql(`create trigger \`search_conversations_delete\` after delete on \`search_conversations\` begin delete from \`search_subjects_fts\` where rowid = old.\`id\`; end;`);

    this.addSql(`create table \`search_messages\` (\`id\` integer not null primary key, \`message_id\` text not null, \`conversation\` integer not null, constraint \`search_messages_message_id_foreign\` foreign key (\`message_id\`) references \`messages\` (\`id\`) on delete cascade deferrable initially deferred);`);
    this.addSql(`create unique index \`search_messages_message_id_unique\` on \`search_messages\` (\`message_id\`);`);
    // `scope` holds filter tokens (the conversation, `internal` for private notes), kept out of the words by a column filter.
    this.addSql(`create virtual table \`search_messages_fts\` using fts5(\`segmented\`, \`scope\`, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');`);
    this.addSql(`create trigger \`search_messages_delete\` after delete on \`search_messages\` begin delete from \`search_messages_fts\` where rowid = old.\`id\`; end;`);
  }

  override down(): void | Promise<void> {
    this.dropAll();
  }

  private dropAll(): void {
    this.addSql(`drop table if exists \`search_messages_fts\`;`);
    this.addSql(`drop table if exists \`search_messages\`;`);
    this.addSql(`drop table if exists \`search_subjects_fts\`;`);
    this.addSql(`drop table if exists \`search_conversations\`;`);
  }

}
