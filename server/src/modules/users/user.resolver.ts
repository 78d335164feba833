import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/viewer.js';
import { Role } from '../roles/role.entity.js';
import { User } from './user.entity.js';
import { UpdateProfileInput } from './user.inputs.js';

@Resolver(() => User)
export class UserResolver {
  /** Loaded through the ORM's dataloader: one query for all users of a response. */
  @FieldResolver(() => Role)
  role(@Root() user: User): Promise<Role> {
    return user.role.load({ dataloader: true }) as Promise<Role>;
  }

  @Mutation(() => User, { description: 'Changes your own display name or language.' })
  updateProfile(@Arg('input') input: UpdateProfileInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.profile.update(ctx.em, requireViewer(ctx), input, ctx.origin);
  }
}
