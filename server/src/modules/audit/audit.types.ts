import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { AuditLog } from './audit-log.entity.js';

@ObjectType()
export class AuditLogConnection extends Connection(AuditLog) {}

@ObjectType({ description: 'The outcome of walking the hash chain from its first record.' })
export class AuditVerification {
  @Field({ description: 'Every record is unchanged and none is missing.' })
  ok!: boolean;

  @Field(() => Int, { description: 'Records checked (up to and including the first broken one).' })
  checked!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The position (`seq`) of the first record that was edited, or that follows a removed one.',
  })
  brokenAt!: number | null;

  @Field(() => ID, { nullable: true, description: 'The id of that record.' })
  brokenId!: string | null;
}
