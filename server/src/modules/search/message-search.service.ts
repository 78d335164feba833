import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { ConnectionShape } from '../../graphql/connection.js';
import { pageSize } from '../../graphql/connection.js';
import { badInput } from '../../graphql/errors.js';
import type { Viewer } from '../../graphql/viewer.js';
import { Conversation } from '../conversations/conversation.entity.js';
import type { ConversationFinder, ConversationQuery } from '../conversations/conversation.finder.js';
import { maySeeInternalNotes } from '../conversations/conversation.policy.js';
import { Message } from '../messages/message.entity.js';
import type { SearchHit } from './search.types.js';
import type { SearchIndex } from './search-index.js';

/** Ranked results are paged by position (ranks are not a keyset); deep pages stop here. */
const MAX_OFFSET = 1000;
/** A filter narrows the search to at most this many conversations. */
const MAX_FILTERED_CONVERSATIONS = 5000;

/**
 * `searchMessages`: ranked message hits with snippets, never outside the viewer's scope. Customers search only
 * their own conversations and never private notes; a filter narrows to the conversations it selects, through
 * the same finder as the inbox.
 */
export class MessageSearchService {
  constructor(
    private readonly index: SearchIndex,
    private readonly finder: ConversationFinder,
  ) {}

  async search(
    em: EntityManager,
    viewer: Viewer,
    query: string,
    filter: ConversationQuery | null,
    page: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<SearchHit>> {
    if (query.trim().length === 0) throw badInput([{ field: 'query', message: 'Type something to search for.', code: 'blank' }]);
    const size = pageSize(page.first);
    const offset = page.after ? offsetOf(page.after) : 0;
    const conversationIds = await this.conversationsToSearch(em, viewer, filter);
    const rows = await this.index.searchMessages(em, query, {
      includeInternal: maySeeInternalNotes(viewer),
      limit: size + 1,
      offset,
      conversationIds,
    });
    const shown = rows.slice(0, size);
    // Two queries for the whole page, whatever its size.
    const [messages, conversations] = await Promise.all([
      em.find(Message, { id: { $in: shown.map((row) => row.messageId) } }),
      em.find(Conversation, { id: { $in: [...new Set(shown.map((row) => row.conversationId))] } }),
    ]);
    const messageById = new Map(messages.map((m) => [m.id, m]));
    const conversationById = new Map(conversations.map((c) => [c.id, c]));
    const edges = shown.flatMap((row, i) => {
      const message = messageById.get(row.messageId);
      const conversation = conversationById.get(row.conversationId);
      if (!message || !conversation) return []; // deleted since it was indexed
      return [{ cursor: cursorOf(offset + i + 1), node: { message, conversation, snippet: row.snippet, score: row.score } }];
    });
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size && offset + size < MAX_OFFSET,
        endCursor: edges.at(-1)?.cursor ?? null,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
      },
      // Ranked search does not count every match: this is what was found up to this page.
      totalCount: offset + edges.length + (rows.length > size ? 1 : 0),
    };
  }

  /** null: everything the desk may see; otherwise the ids of the conversations in scope and filter. */
  private async conversationsToSearch(em: EntityManager, viewer: Viewer, filter: ConversationQuery | null): Promise<string[] | null> {
    const narrowed = filter && Object.values(filter).some((value) => value !== null && value !== undefined);
    if (!narrowed && maySeeInternalNotes(viewer)) return null;
    const where = (await this.finder.whereOf(em, viewer, filter ?? {})) as FilterQuery<Conversation>;
    const rows = await em.find(Conversation, where, {
      fields: ['id'],
      limit: MAX_FILTERED_CONVERSATIONS,
      orderBy: { lastMessageAt: 'desc' },
    });
    return rows.map((row) => row.id);
  }
}

function cursorOf(position: number): string {
  return Buffer.from(`hit:${position}`).toString('base64url');
}

function offsetOf(cursor: string): number {
  const match = /^hit:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : Number.NaN;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw badInput([{ field: 'after', message: 'This cursor is not valid here.', code: 'invalidCursor' }]);
  }
  return offset;
}
