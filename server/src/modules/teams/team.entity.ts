import { Collection, type Rel } from '@mikro-orm/core';
import { Entity, ManyToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../users/user.entity.js';

@ObjectType({ description: 'A group of agents that conversations can be routed to.' })
@Entity({ tableName: 'teams' })
export class Team extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Property({ type: 'string', length: 120, unique: true })
  name!: string;

  @ManyToMany(
    () => User,
    (user) => user.teams,
  )
  members = new Collection<Rel<User>>(this);
}
