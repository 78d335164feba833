import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/viewer.js';
import { Role } from './role.entity.js';
import { CreateRoleInput, UpdateRoleInput } from './role.inputs.js';
import { PermissionInfo } from './role.types.js';

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => [Role], { description: 'Every role: the built-in ones first, then custom ones by name.' })
  roles(@Ctx() ctx: Context): Promise<Role[]> {
    requireViewer(ctx);
    return ctx.services.roles.list(ctx.em);
  }

  @Query(() => [PermissionInfo], { description: 'The permission catalogue: every key a role may list.' })
  permissions(@Ctx() ctx: Context): PermissionInfo[] {
    requireViewer(ctx);
    return ctx.services.roles.catalogue();
  }

  @Mutation(() => Role, {
    description:
      'Renames a role or replaces its permissions; holders get the new ones on their next request (same token), and their open sockets reconnect.',
  })
  updateRole(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateRoleInput, @Ctx() ctx: Context): Promise<Role> {
    return ctx.services.roles.update(ctx.em, requireViewer(ctx), id, input, ctx.origin);
  }

  @Mutation(() => Role, { description: 'A custom role from the permission catalogue; keys are unique (CONFLICT on `key`).' })
  createRole(@Arg('input') input: CreateRoleInput, @Ctx() ctx: Context): Promise<Role> {
    return ctx.services.roles.create(ctx.em, requireViewer(ctx), input, ctx.origin);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a custom role; the people holding it move to `moveToRoleId` (required when there are any).',
  })
  deleteRole(
    @Arg('id', () => ID) id: string,
    @Arg('moveToRoleId', () => ID, { nullable: true }) moveToRoleId: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.roles.delete(ctx.em, requireViewer(ctx), id, moveToRoleId, ctx.origin);
  }
}
