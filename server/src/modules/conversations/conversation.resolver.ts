import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  type SubscribeResolverData,
  Subscription,
} from 'type-graphql';
import { BidirectionalPageArgs, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { loaderFor } from '../../graphql/loaders.js';
import { requireAnyPermission, requireViewer } from '../../graphql/viewer.js';
import { eventStream } from '../../realtime/event-stream.js';
import { Evaluation } from '../evaluations/evaluation.entity.js';
import { MessageConnection } from '../messages/message.types.js';
import { Tag } from '../tags/tag.entity.js';
import { Team } from '../teams/team.entity.js';
import { User } from '../users/user.entity.js';
import { Conversation } from './conversation.entity.js';
import { type ConversationChangedEvent, TOPIC, type TypingEventPayload } from './conversation.events.js';
import { ConversationFilter, StartConversationInput, TransferConversationInput } from './conversation.inputs.js';
import * as policy from './conversation.policy.js';
import { factsOf } from './conversation.service.js';
import {
  ConversationConnection,
  ConversationHistoryEntry,
  ConversationPermissions,
  InboxCounts,
  TypingEvent,
} from './conversation.types.js';
import { ConversationEvent } from './conversation-event.entity.js';
import { ConversationRead } from './conversation-read.entity.js';
import { ConversationStatus, Priority } from './conversation-status.js';

/** Conversations: thin resolvers over ConversationFinder, ConversationService and MessageService. */
@Resolver(() => Conversation)
export class ConversationResolver {
  @Query(() => Conversation, { nullable: true, description: 'One conversation you may see (NOT_FOUND otherwise).' })
  conversation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Conversation> {
    return ctx.services.conversations.get(ctx.em, requireViewer(ctx), id);
  }

  @Query(() => ConversationConnection, { description: 'The inbox (or a customer’s own list), newest activity first.' })
  conversations(
    @Arg('filter', () => ConversationFilter, { nullable: true }) filter: ConversationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConversationConnection> {
    return ctx.services.finder.find(ctx.em, requireViewer(ctx), filter ?? {}, page) as Promise<ConversationConnection>;
  }

  @Mutation(() => Conversation, { description: 'A customer starts a consultation with its first message.' })
  startConversation(@Arg('input') input: StartConversationInput, @Ctx() ctx: Context): Promise<Conversation> {
    return ctx.services.messages.start(ctx.em, requireViewer(ctx), input, ctx.origin);
  }

  @Mutation(() => Conversation, { description: 'Take a waiting conversation (PENDING → IN_PROGRESS).' })
  claimConversation(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<Conversation> {
    return ctx.services.conversations.claim(ctx.em, requireViewer(ctx), id, ctx.origin, expectedVersion);
  }

  @Mutation(() => Conversation, { description: 'Give an open conversation to an agent.' })
  assignConversation(
    @Arg('id', () => ID) id: string,
    @Arg('assigneeId', () => ID) assigneeId: string,
    @Ctx() ctx: Context,
  ): Promise<Conversation> {
    return ctx.services.conversations.assign(ctx.em, requireViewer(ctx), id, assigneeId, ctx.origin);
  }

  @Mutation(() => Conversation, { description: 'Hand over to an agent or a team, with a reason; they accept it.' })
  transferConversation(@Arg('input') input: TransferConversationInput, @Ctx() ctx: Context): Promise<Conversation> {
    return ctx.services.conversations.transfer(ctx.em, requireViewer(ctx), input, ctx.origin);
  }

  @Mutation(() => Conversation, { description: 'Take a conversation handed to you or your team.' })
  acceptTransfer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Conversation> {
    return ctx.services.conversations.acceptTransfer(ctx.em, requireViewer(ctx), id, ctx.origin);
  }

  @Mutation(() => Conversation)
  setConversationStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ConversationStatus) status: ConversationStatus,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<Conversation> {
    return ctx.services.conversations.setStatus(ctx.em, requireViewer(ctx), id, status, expectedVersion, ctx.origin);
  }

  @Mutation(() => Conversation)
  setConversationPriority(
    @Arg('id', () => ID) id: string,
    @Arg('priority', () => Priority) priority: Priority,
    @Ctx() ctx: Context,
  ): Promise<Conversation> {
    return ctx.services.conversations.setPriority(ctx.em, requireViewer(ctx), id, priority, ctx.origin);
  }

  @Mutation(() => Conversation, { description: 'Replace the conversation’s manual tags.' })
  setConversationTags(
    @Arg('id', () => ID) id: string,
    @Arg('tagIds', () => [ID]) tagIds: string[],
    @Ctx() ctx: Context,
  ): Promise<Conversation> {
    return ctx.services.conversations.setTags(ctx.em, requireViewer(ctx), id, tagIds, ctx.origin);
  }

  @Mutation(() => Conversation, { description: 'You have read it up to now (clears its unread marker).' })
  markConversationRead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Conversation> {
    return ctx.services.conversations.markRead(ctx.em, requireViewer(ctx), id);
  }

  @Mutation(() => Boolean, { description: 'Tell the others you are typing (or stopped); nothing is stored.' })
  setTyping(
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('typing') typing: boolean,
    @Arg('internal', () => Boolean, { nullable: true, defaultValue: false, description: 'Typing a private note.' }) internal: boolean,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.conversations.typing(ctx.em, requireViewer(ctx), conversationId, typing, internal);
  }

  @Subscription(() => Conversation, {
    description: 'Every change to a conversation you may see: new ones, status, owner, tags, new messages.',
    subscribe: ({ context }: SubscribeResolverData<unknown, unknown, Context>) => {
      const viewer = requireAnyPermission(context, ...policy.READS_CONVERSATIONS);
      return eventStream<ConversationChangedEvent>(context.services.pubsub, TOPIC.conversationChanged, (event) =>
        policy.maySee(viewer, event),
      );
    },
  })
  conversationChanged(@Root() event: ConversationChangedEvent): Conversation {
    return event.conversation;
  }

  @Subscription(() => TypingEvent, {
    description: 'Who is typing in one conversation.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { conversationId: string }, Context>) => {
      const viewer = requireAnyPermission(context, ...policy.READS_CONVERSATIONS);
      const conversation = await context.services.conversations.get(context.em, viewer, args.conversationId);
      const seesNotes = policy.maySeeInternalNotes(viewer);
      return eventStream<TypingEventPayload>(
        context.services.pubsub,
        TOPIC.typing,
        (event) => event.conversationId === conversation.id && event.userId !== viewer.user.id && (seesNotes || !event.internal),
      );
    },
  })
  typing(@Arg('conversationId', () => ID) _conversationId: string, @Root() event: TypingEventPayload): TypingEvent {
    return event;
  }

  @FieldResolver(() => User)
  customer(@Root() conversation: Conversation): Promise<User> {
    return conversation.customer.load({ dataloader: true }) as Promise<User>;
  }

  @FieldResolver(() => User, { nullable: true })
  async assignee(@Root() conversation: Conversation): Promise<User | null> {
    return (await conversation.assignee?.load({ dataloader: true })) ?? null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'While TRANSFERRED: the agent it waits for.' })
  async transferTarget(@Root() conversation: Conversation): Promise<User | null> {
    return (await conversation.transferTarget?.load({ dataloader: true })) ?? null;
  }

  @FieldResolver(() => Team, { nullable: true })
  async team(@Root() conversation: Conversation): Promise<Team | null> {
    return (await conversation.team?.load({ dataloader: true })) ?? null;
  }

  @FieldResolver(() => [Tag])
  async tags(@Root() conversation: Conversation, @Ctx() ctx: Context): Promise<Tag[]> {
    // Already loaded (published events carry them): no query.
    if (conversation.tags.isInitialized()) return conversation.tags.getItems();
    return tagsLoader(ctx).load(conversation.id);
  }

  @FieldResolver(() => MessageConnection, {
    description:
      'The thread, oldest first; customers never see private notes. `last` (with `before`) reads from the newest end: a long thread opens at its latest messages and pages back.',
  })
  messages(
    @Root() conversation: Conversation,
    @Args(() => BidirectionalPageArgs) page: BidirectionalPageArgs,
    @Ctx() ctx: Context,
  ): Promise<MessageConnection> {
    return ctx.services.messages.thread(ctx.em, requireViewer(ctx), conversation.id, page) as Promise<MessageConnection>;
  }

  @FieldResolver(() => Boolean, { description: 'Something new since you last read it.' })
  async unread(@Root() conversation: Conversation, @Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx);
    const readAt = await loaderFor(ctx, 'conversationReadAt', async (ids) => {
      // Fresh per request, and per event of a subscription (graphql/shared-subscribe.ts forks the manager).
      const rows = await ctx.em.find(ConversationRead, { user: viewer.user.id, conversation: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.conversation.id, row.lastReadAt]));
      return ids.map((id) => byId.get(id) ?? null);
    }).load(conversation.id);
    return !!conversation.lastMessageAt && (!readAt || readAt < conversation.lastMessageAt);
  }

  @FieldResolver(() => [ConversationHistoryEntry], {
    description:
      'Status changes, assignments, transfers (with reasons) and tag changes, oldest first. For the desk only: empty for customers.',
  })
  async history(@Root() conversation: Conversation, @Ctx() ctx: Context): Promise<ConversationHistoryEntry[]> {
    if (!policy.maySeeInternalNotes(requireViewer(ctx))) return [];
    return loaderFor(ctx, 'conversationHistory', async (ids) => {
      const events = await ctx.em.find(
        ConversationEvent,
        { conversation: { $in: [...ids] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return ids.map((id) =>
        events
          .filter((event) => event.conversation.id === id)
          .map((event) => ({
            id: event.id,
            type: event.type,
            from: event.from ?? null,
            to: event.to ?? null,
            reason: event.reason ?? null,
            actorId: event.actor?.id ?? null,
            createdAt: event.createdAt,
          })),
      );
    }).load(conversation.id);
  }

  @FieldResolver(() => ConversationPermissions, { description: 'What you may do with it now.' })
  async viewerCan(@Root() conversation: Conversation, @Ctx() ctx: Context): Promise<ConversationPermissions> {
    const viewer = requireViewer(ctx);
    const evaluated = conversation.status === ConversationStatus.COMPLETED ? await evaluatedLoader(ctx).load(conversation.id) : false;
    const facts = factsOf(conversation, evaluated);
    return {
      claim: policy.mayClaim(viewer, facts),
      assign: policy.mayAssign(viewer, facts),
      transfer: policy.mayTransfer(viewer, facts),
      acceptTransfer: policy.mayAcceptTransfer(viewer, facts, viewer.teamIds),
      reply: policy.mayReply(viewer, facts),
      addNote: policy.mayAddNote(viewer, facts),
      complete: policy.mayComplete(viewer, facts),
      release: policy.mayRelease(viewer, facts),
      edit: policy.mayEdit(viewer, facts),
      rate: policy.mayRate(viewer, facts),
    };
  }
}

@Resolver(() => ConversationConnection)
export class ConversationConnectionResolver {
  @FieldResolver(() => InboxCounts, { description: 'Counts of the inbox tabs under the same filters.' })
  counts(@Root() connection: ConversationConnection): Promise<InboxCounts> {
    return connection.counts();
  }
}

/**
 * The tags of a page of conversations: the pivot rows, then the tags, two plain queries (the ORM's collection
 * loader costs several milliseconds of CPU per page for the same answer).
 */
function tagsLoader(ctx: Context) {
  return loaderFor(ctx, 'conversationTags', async (ids) => {
    const marks = ids.map(() => '?').join(', ');
    const pairs = (await ctx.em
      .getConnection()
      .execute(`select conversation_id, tag_id from conversation_tags where conversation_id in (${marks})`, [...ids])) as {
      conversation_id: string;
      tag_id: string;
    }[];
    const tagIds: string[] = [...new Set(pairs.map((pair) => pair.tag_id))];
    const tags = tagIds.length ? await ctx.em.find(Tag, { id: { $in: tagIds } }) : [];
    const byId = new Map(tags.map((tag) => [tag.id, tag]));
    return ids.map((id) =>
      pairs
        .filter((pair) => pair.conversation_id === id)
        .flatMap((pair) => byId.get(pair.tag_id) ?? [])
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
}

/** Whether each conversation has an evaluation: one query for a page. */
function evaluatedLoader(ctx: Context) {
  return loaderFor(ctx, 'conversationEvaluated', async (ids) => {
    const rows = await ctx.em.find(Evaluation, { conversation: { $in: [...ids] } }, { fields: ['conversation'] });
    const rated = new Set(rows.map((row) => row.conversation.id));
    return ids.map((id) => rated.has(id));
  });
}
