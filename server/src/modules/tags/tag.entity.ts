import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';

export enum TagSource {
  MANUAL = 'MANUAL',
  AI = 'AI',
}

@Entity({ tableName: 'tags' })
export class Tag extends BaseEntity<'colour' | 'source'> {
  @Property({ type: 'string', length: 60, unique: true })
  name!: string;

  @Property({ type: 'string', length: 9 })
  colour: string = '#9F7AEA';

  @Enum({ items: () => TagSource })
  source: TagSource = TagSource.MANUAL;
}
