import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Role } from '../roles/role.entity.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class UserResolver {
  /** Loaded through the ORM's dataloader: one query for all users of a response. */
  @FieldResolver(() => Role)
  role(@Root() user: User): Promise<Role> {
    return user.role.load({ dataloader: true }) as Promise<Role>;
  }
}
