import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context, Viewer } from '../../graphql/context.js';
import { ApiToken } from './api-token.entity.js';
import { CreateApiTokenInput, CreatedApiToken } from './api-token.inputs.js';

/** The shield guarantees a viewer with `apitoken:manage` before these run. */
function viewerOf(ctx: Context): Viewer {
  return ctx.viewer as Viewer;
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: 'Your API tokens, newest first.' })
  apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return ctx.services.apiTokens.list(ctx.em, viewerOf(ctx));
  }

  @Mutation(() => CreatedApiToken)
  createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    return ctx.services.apiTokens.create(ctx.em, viewerOf(ctx), input, { ip: ctx.ip, userAgent: ctx.userAgent });
  }

  @Mutation(() => ApiToken)
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiToken> {
    return ctx.services.apiTokens.revoke(ctx.em, viewerOf(ctx), id, { ip: ctx.ip, userAgent: ctx.userAgent });
  }
}
