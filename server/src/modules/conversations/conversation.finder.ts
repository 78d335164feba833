import { type EntityManager, type FilterQuery, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { type ConnectionShape, type KeysetOrder, paginate } from '../../graphql/connection.js';
import type { Viewer } from '../../graphql/viewer.js';
import type { SearchIndex } from '../search/search-index.js';
import { Conversation } from './conversation.entity.js';
import { maySeeInternalNotes } from './conversation.policy.js';
import { conversationScope } from './conversation.scope.js';
import { ConversationStatus, type Priority } from './conversation-status.js';

/** The filters of the inbox and of `conversations(filter:)`. */
export interface ConversationQuery {
  status?: ConversationStatus[] | null;
  priority?: Priority[] | null;
  assigneeId?: string | null;
  mine?: boolean | null;
  unassigned?: boolean | null;
  teamId?: string | null;
  tagIds?: string[] | null;
  intent?: string | null;
  customerId?: string | null;
  from?: Date | null;
  to?: Date | null;
  query?: string | null;
}

export interface InboxCounts {
  mine: number;
  unassigned: number;
  all: number;
}

/** Newest activity first; the id breaks ties so the keyset is unique. */
const INBOX_ORDER: KeysetOrder[] = [
  { property: 'lastMessageAt', direction: 'desc' },
  { property: 'id', direction: 'desc' },
];

/** Keyword hits considered for the inbox filter: the best this many, then the other filters apply. */
const KEYWORD_CANDIDATES = 1000;

/**
 * The one way conversations are listed: the viewer's scope first, then the filters, then a keyset page.
 * Returns the page together with the inbox tab counts (mine, unassigned, all) under the same filters, so a
 * list, a count, a search and an export cannot disagree about what a viewer may see.
 */
export class ConversationFinder {
  constructor(private readonly search: SearchIndex | null) {}

  async find(
    em: EntityManager,
    viewer: Viewer,
    query: ConversationQuery,
    page: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<Conversation> & { counts: () => Promise<InboxCounts> }> {
    const base = await this.filterOf(em, viewer, query);
    const where = { $and: [base, this.tabOf(viewer, query)] } as FilterQuery<Conversation>;
    const connection = await paginate(em, Conversation, where, INBOX_ORDER, page);
    return { ...connection, counts: () => this.counts(em, viewer, base) };
  }

  /** The full filter (scope, filters and tab) without paging: for search and exports. */
  async whereOf(em: EntityManager, viewer: Viewer, query: ConversationQuery): Promise<FilterQuery<Conversation>> {
    return { $and: [await this.filterOf(em, viewer, query), this.tabOf(viewer, query)] } as FilterQuery<Conversation>;
  }

  /** The scope and every filter except the tab (mine / unassigned / assignee), which the counts split by. */
  private async filterOf(em: EntityManager, viewer: Viewer, query: ConversationQuery): Promise<FilterQuery<Conversation>> {
    const parts: FilterQuery<Conversation>[] = [conversationScope(viewer)];
    if (query.status?.length) parts.push({ status: { $in: query.status } });
    if (query.priority?.length) parts.push({ priority: { $in: query.priority } });
    if (query.teamId) parts.push({ team: query.teamId });
    if (query.intent) parts.push({ intent: query.intent });
    if (query.customerId) parts.push({ customer: query.customerId });
    if (query.from) parts.push({ createdAt: { $gte: query.from } });
    if (query.to) parts.push({ createdAt: { $lt: query.to } });
    if (query.tagIds?.length) {
      // Any of the tags, as a subquery on the pivot: no join, so rows are never repeated.
      const marks = query.tagIds.map(() => '?').join(', ');
      parts.push({
        [raw(
          (alias) => `${alias}.id in (select ct.conversation_id from conversation_tags ct where ct.tag_id in (${marks}))`,
          query.tagIds,
        )]: [],
      } as FilterQuery<Conversation>);
    }
    const keywords = query.query?.trim();
    if (keywords && this.search) {
      const ids = await this.search.matchConversations(em, keywords, {
        includeInternal: maySeeInternalNotes(viewer),
        limit: KEYWORD_CANDIDATES,
      });
      parts.push({ id: { $in: ids } });
    }
    return { $and: parts } as FilterQuery<Conversation>;
  }

  private tabOf(viewer: Viewer, query: ConversationQuery): FilterQuery<Conversation> {
    if (query.mine) return { assignee: viewer.user.id };
    if (query.unassigned) return { assignee: null, status: { $ne: ConversationStatus.COMPLETED } };
    if (query.assigneeId) return { assignee: query.assigneeId };
    return {};
  }

  /** The three tab counts in one statement. */
  private async counts(em: EntityManager, viewer: Viewer, base: FilterQuery<Conversation>): Promise<InboxCounts> {
    const row = await (em as SqlEntityManager)
      .createQueryBuilder(Conversation, 'c')
      .select([
        raw('count(*) as "all"'),
        raw('sum(case when c.assignee_id = ? then 1 else 0 end) as "mine"', [viewer.user.id]),
        raw(`sum(case when c.assignee_id is null and c.status <> '${ConversationStatus.COMPLETED}' then 1 else 0 end) as "unassigned"`),
      ])
      .where(base as never)
      .execute<{ all: number; mine: number | null; unassigned: number | null }>('get', false);
    return { all: Number(row?.all ?? 0), mine: Number(row?.mine ?? 0), unassigned: Number(row?.unassigned ?? 0) };
  }
}
