import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/viewer.js';
import { ApiToken } from './api-token.entity.js';
import { CreateApiTokenInput, CreatedApiToken } from './api-token.inputs.js';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: 'Your API tokens, newest first.' })
  apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return ctx.services.apiTokens.list(ctx.em, requireViewer(ctx));
  }

  @Mutation(() => CreatedApiToken)
  createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    return ctx.services.apiTokens.create(ctx.em, requireViewer(ctx), input, ctx.origin);
  }

  @Mutation(() => ApiToken)
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiToken> {
    return ctx.services.apiTokens.revoke(ctx.em, requireViewer(ctx), id, ctx.origin);
  }
}
