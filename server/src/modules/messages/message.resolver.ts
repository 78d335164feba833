import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root, type SubscribeResolverData, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireAnyPermission, requireViewer } from '../../graphql/viewer.js';
import { eventStream } from '../../realtime/event-stream.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { type MessageAddedEvent, TOPIC } from '../conversations/conversation.events.js';
import { SendMessageInput } from '../conversations/conversation.inputs.js';
import { maySeeInternalNotes, READS_CONVERSATIONS } from '../conversations/conversation.policy.js';
import { User } from '../users/user.entity.js';
import { Message } from './message.entity.js';

@Resolver(() => Message)
export class MessageResolver {
  @Mutation(() => Message, { description: 'A reply, or a private note (`internal`); once per clientMessageId.' })
  sendMessage(@Arg('input') input: SendMessageInput, @Ctx() ctx: Context): Promise<Message> {
    return ctx.services.messages.send(ctx.em, requireViewer(ctx), input, ctx.origin);
  }

  @Subscription(() => Message, {
    description: 'New messages of one conversation you may see (customers never receive private notes).',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { conversationId: string }, Context>) => {
      const viewer = requireAnyPermission(context, ...READS_CONVERSATIONS);
      // Checked once here (NOT_FOUND outside the scope), then per event: notes only for the desk.
      const conversation = await context.services.conversations.get(context.em, viewer, args.conversationId);
      const seesNotes = maySeeInternalNotes(viewer);
      return eventStream<MessageAddedEvent>(
        context.services.pubsub,
        TOPIC.messageAdded,
        (event) => event.conversationId === conversation.id && (seesNotes || !event.internal),
      );
    },
  })
  messageAdded(@Arg('conversationId', () => ID) _conversationId: string, @Root() event: MessageAddedEvent): Message {
    return event.message;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null for the assistant and system messages.' })
  async author(@Root() message: Message): Promise<User | null> {
    return (await message.author?.load({ dataloader: true })) ?? null;
  }

  @FieldResolver(() => Conversation)
  conversation(@Root() message: Message): Promise<Conversation> {
    return message.conversation.load({ dataloader: true }) as Promise<Conversation>;
  }
}
