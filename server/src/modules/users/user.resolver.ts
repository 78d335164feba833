import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { loaderFor } from '../../graphql/loaders.js';
import { requireViewer } from '../../graphql/viewer.js';
import { Role } from '../roles/role.entity.js';
import { Team } from '../teams/team.entity.js';
import { User } from './user.entity.js';
import { UpdateProfileInput, UserFilter } from './user.inputs.js';
import { UserConnection } from './user.types.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: 'People with an account, by display name (the transfer and assign pickers).' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<UserConnection> {
    return ctx.services.users.find(ctx.em, requireViewer(ctx), filter ?? {}, page) as Promise<UserConnection>;
  }

  /** Loaded through the ORM's dataloader: one query for all users of a response. */
  @FieldResolver(() => Role)
  role(@Root() user: User): Promise<Role> {
    return user.role.load({ dataloader: true }) as Promise<Role>;
  }

  @FieldResolver(() => [Team], { description: 'The teams they belong to, by name.' })
  teams(@Root() user: User, @Ctx() ctx: Context): Promise<Team[]> {
    return loaderFor(ctx, 'userTeams', (ids) => ctx.services.users.teamsOf(ctx.em, ids)).load(user.id);
  }

  @FieldResolver(() => Int, {
    description: 'Open conversations (waiting, in progress or transferred) assigned to them now: their load against `capacity`.',
  })
  openConversations(@Root() user: User, @Ctx() ctx: Context): Promise<number> {
    return loaderFor(ctx, 'userOpenConversations', (ids) => ctx.services.users.openLoads(ctx.em, ids)).load(user.id);
  }

  @Mutation(() => User, { description: 'Changes your own display name or language.' })
  updateProfile(@Arg('input') input: UpdateProfileInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.profile.update(ctx.em, requireViewer(ctx), input, ctx.origin);
  }
}
