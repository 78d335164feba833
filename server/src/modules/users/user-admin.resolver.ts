import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/viewer.js';
import { User } from './user.entity.js';
import { CreateUserInput, UpdateUserInput } from './user.inputs.js';

/** Administration of people's accounts (user:manage). */
@Resolver(() => User)
export class UserAdminResolver {
  @Mutation(() => User, { description: 'Adds a person with a role; they get an invitation mail to choose their password (valid 7 days).' })
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.userAdmin.create(ctx.em, requireViewer(ctx), input, ctx.origin);
  }

  @Mutation(() => User, { description: "Changes someone's name, role, teams or capacity; a new role applies on their next request." })
  updateUser(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.userAdmin.update(ctx.em, requireViewer(ctx), id, input, ctx.origin);
  }

  @Mutation(() => User, {
    description: 'Deactivates (ends their sessions and sockets at once, hands their open conversations back) or reactivates someone.',
  })
  setUserActive(@Arg('id', () => ID) id: string, @Arg('active') active: boolean, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.userAdmin.setActive(ctx.em, requireViewer(ctx), id, active, ctx.origin);
  }

  @Mutation(() => Boolean, { description: 'Mails someone a link to choose a new password (valid 30 minutes).' })
  sendPasswordReset(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.userAdmin.sendPasswordReset(ctx.em, requireViewer(ctx), userId, ctx.origin);
  }
}
