import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/viewer.js';
import { User } from '../users/user.entity.js';
import { ReplyTemplate } from './reply-template.entity.js';
import { CreateReplyTemplateInput, ReplyTemplateArgs, UpdateReplyTemplateInput } from './reply-template.inputs.js';
import { ReplyTemplateConnection } from './reply-template.types.js';

@Resolver(() => ReplyTemplate)
export class ReplyTemplateResolver {
  @Query(() => ReplyTemplateConnection, { description: 'Reply templates, the most used first.' })
  replyTemplates(@Args(() => ReplyTemplateArgs) args: ReplyTemplateArgs, @Ctx() ctx: Context): Promise<ReplyTemplateConnection> {
    return ctx.services.templates.list(ctx.em, args) as Promise<ReplyTemplateConnection>;
  }

  @Query(() => String, { description: 'The template’s text filled in for a conversation you may see, as you would send it.' })
  renderReplyTemplate(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('conversationId', () => ID) conversationId: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.services.templates.render(ctx.em, requireViewer(ctx), templateId, conversationId);
  }

  @Mutation(() => ReplyTemplate, { description: 'Shortcuts are unique (CONFLICT on `shortcut`).' })
  createReplyTemplate(@Arg('input') input: CreateReplyTemplateInput, @Ctx() ctx: Context): Promise<ReplyTemplate> {
    return ctx.services.templates.create(ctx.em, requireViewer(ctx), input, ctx.origin);
  }

  @Mutation(() => ReplyTemplate)
  updateReplyTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateReplyTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<ReplyTemplate> {
    return ctx.services.templates.update(ctx.em, requireViewer(ctx), id, input, ctx.origin);
  }

  @Mutation(() => ID, { description: 'Deletes the template; answers its id.' })
  deleteReplyTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return ctx.services.templates.delete(ctx.em, requireViewer(ctx), id, ctx.origin);
  }

  /** Through the ORM's dataloader: one query for the authors of a page. */
  @FieldResolver(() => User, { nullable: true, description: 'Null when that account is gone.' })
  async createdBy(@Root() template: ReplyTemplate): Promise<User | null> {
    return (await template.createdBy?.load({ dataloader: true })) ?? null;
  }
}
