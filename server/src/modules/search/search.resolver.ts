import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { requireViewer } from '../../graphql/viewer.js';
import { ConversationFilter } from '../conversations/conversation.inputs.js';
import { SearchHitConnection } from './search.types.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description: 'Messages matching words (English or Chinese), best first, with highlighted snippets; only what you may see.',
  })
  searchMessages(
    @Arg('query') query: string,
    @Arg('filter', () => ConversationFilter, { nullable: true }) filter: ConversationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<SearchHitConnection> {
    if (query.length > 200) throw badInput([{ field: 'query', message: 'Search for at most 200 characters.', code: 'maxLength' }]);
    return ctx.services.messageSearch.search(ctx.em, requireViewer(ctx), query, filter, page) as Promise<SearchHitConnection>;
  }
}
