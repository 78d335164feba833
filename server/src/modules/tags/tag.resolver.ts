import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/viewer.js';
import { Tag } from './tag.entity.js';
import { CreateTagInput, UpdateTagInput } from './tag.inputs.js';
import { MAX_TAGS } from './tag.service.js';

@Resolver(() => Tag)
export class TagResolver {
  @Query(() => [Tag], { description: `Every tag, sorted by name (at most ${MAX_TAGS}); \`query\` keeps those whose name contains it.` })
  tags(@Arg('query', () => String, { nullable: true }) query: string | null, @Ctx() ctx: Context): Promise<Tag[]> {
    return ctx.services.tags.list(ctx.em, query);
  }

  @Mutation(() => Tag, { description: 'A new manual tag; names are unique ignoring case (CONFLICT on `name`).' })
  createTag(@Arg('input') input: CreateTagInput, @Ctx() ctx: Context): Promise<Tag> {
    return ctx.services.tags.create(ctx.em, requireViewer(ctx), input, ctx.origin);
  }

  @Mutation(() => Tag)
  updateTag(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateTagInput, @Ctx() ctx: Context): Promise<Tag> {
    return ctx.services.tags.update(ctx.em, requireViewer(ctx), id, input, ctx.origin);
  }

  @Mutation(() => ID, { description: 'Deletes the tag and takes it off every conversation; answers its id.' })
  deleteTag(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return ctx.services.tags.delete(ctx.em, requireViewer(ctx), id, ctx.origin);
  }
}
