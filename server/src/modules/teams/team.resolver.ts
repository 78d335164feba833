import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loaderFor } from '../../graphql/loaders.js';
import { requireViewer } from '../../graphql/viewer.js';
import { User } from '../users/user.entity.js';
import { Team } from './team.entity.js';
import { CreateTeamInput, UpdateTeamInput } from './team.inputs.js';

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

  @Mutation(() => Team, { description: 'A new team; names are unique (CONFLICT on `name`).' })
  createTeam(@Arg('input') input: CreateTeamInput, @Ctx() ctx: Context): Promise<Team> {
    return ctx.services.teamAdmin.create(ctx.em, requireViewer(ctx), input, ctx.origin);
  }

  @Mutation(() => Team, { description: 'Renames a team or replaces its members.' })
  updateTeam(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateTeamInput, @Ctx() ctx: Context): Promise<Team> {
    return ctx.services.teamAdmin.update(ctx.em, requireViewer(ctx), id, input, ctx.origin);
  }

  @Mutation(() => Boolean, { description: 'Removes a team; its conversations keep their history and lose the team.' })
  deleteTeam(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.teamAdmin.delete(ctx.em, requireViewer(ctx), id, ctx.origin);
  }
}
