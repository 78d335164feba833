import { Collection, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Role } from '../roles/role.entity.js';
import { Team } from '../teams/team.entity.js';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

@ObjectType({ description: 'A person with an account: administrator, agent or customer.' })
@Entity({ tableName: 'users' })
@Index({ properties: ['role', 'active'] })
/** The directory's order (`users` query): display name, then id. */
@Index({ properties: ['displayName', 'id'] })
export class User extends BaseEntity<'active' | 'locale' | 'capacity' | 'lastSeenAt' | 'sessionVersion'> {
  @Field(() => ID)
  declare id: string;

  /** Stored lower-case, so uniqueness is case-insensitive. */
  @Field()
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Field()
  @Property({ type: 'string', length: 80 })
  displayName!: string;

  @Property({ type: 'string', length: 255, hidden: true, lazy: true })
  passwordHash!: string;

  @ManyToOne(() => Role, { ref: true })
  role!: Ref<Role>;

  /** Carried in access tokens; bumped when a password changes, so every earlier token stops working at once. */
  @Property({ type: 'integer', hidden: true })
  sessionVersion: number = 1;

  @Field(() => String, { description: '`en` or `zh-CN`.' })
  @Property({ type: 'string', length: 8 })
  locale: Locale = 'en';

  @Field()
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastSeenAt?: Date;

  @Field(() => Int, { description: 'Maximum number of open conversations an agent takes at once.' })
  @Property({ type: 'integer' })
  capacity: number = 5;

  @ManyToMany(() => Team, undefined, { owner: true, pivotTable: 'team_members' })
  teams = new Collection<Team>(this);

  @Field()
  declare createdAt: Date;
}
