import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';

@ObjectType({ description: 'A named set of permissions. Built-in roles can be edited but not deleted.' })
@Entity({ tableName: 'roles' })
export class Role extends BaseEntity<'description' | 'builtIn' | 'permissions'> {
  @Field(() => ID)
  declare id: string;

  @Field({ description: '`admin`, `agent`, `customer`, or a custom key.' })
  @Property({ type: 'string', length: 64, unique: true })
  key!: string;

  @Field()
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => [String], { description: 'Permission keys from the catalogue.' })
  @Property({ type: 'json' })
  permissions: string[] = [];

  @Field()
  @Property({ type: 'boolean' })
  builtIn: boolean = false;
}
