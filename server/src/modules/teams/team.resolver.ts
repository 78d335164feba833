import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loaderFor } from '../../graphql/loaders.js';
import { requireViewer } from '../../graphql/viewer.js';
import { User } from '../users/user.entity.js';
import { Team } from './team.entity.js';

/** Teams: the list for routing and transfers; members and counts batched per response. */
@Resolver(() => Team)
export class TeamResolver {
  @Query(() => [Team], { description: 'Every team, by name.' })
  teams(@Ctx() ctx: Context): Promise<Team[]> {
    requireViewer(ctx);
    return ctx.services.teams.list(ctx.em);
  }

  @FieldResolver(() => Int, { description: 'How many people belong to it.' })
  memberCount(@Root() team: Team, @Ctx() ctx: Context): Promise<number> {
    return loaderFor(ctx, 'teamMemberCounts', (ids) => ctx.services.teams.memberCounts(ctx.em, ids)).load(team.id);
  }

  @FieldResolver(() => [User], { description: 'Its members, by display name.' })
  members(@Root() team: Team, @Ctx() ctx: Context): Promise<User[]> {
    return loaderFor(ctx, 'teamMembers', (ids) => ctx.services.teams.membersOf(ctx.em, ids)).load(team.id);
  }
}
