import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';

export enum TagSource {
  MANUAL = 'MANUAL',
  AI = 'AI',
}

registerEnumType(TagSource, { name: 'TagSource', description: 'MANUAL tags are set by people, AI tags by the assistant.' });

@ObjectType({ description: 'A label for conversations.' })
@Entity({ tableName: 'tags' })
export class Tag extends BaseEntity<'colour' | 'source'> {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Property({ type: 'string', length: 60, unique: true })
  name!: string;

  @Field({ description: 'A CSS colour, `#RRGGBB`.' })
  @Property({ type: 'string', length: 9 })
  colour: string = '#9F7AEA';

  @Field(() => TagSource)
  @Enum({ items: () => TagSource })
  source: TagSource = TagSource.MANUAL;
}
