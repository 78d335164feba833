import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../users/user.entity.js';

/** One system setting (business hours, SLA targets, password policy, assistant options…). */
@Entity({ tableName: 'settings' })
export class Setting {
  [OptionalProps]?: 'updatedAt' | 'updatedBy';

  @PrimaryKey({ type: 'string', length: 80 })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  updatedBy?: Ref<User> | null;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
