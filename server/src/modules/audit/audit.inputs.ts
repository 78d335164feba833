import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Filters of the audit log; all optional, combined with AND.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this person did.' })
  @IsOptional()
  @MaxLength(64)
  actorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An action (`role.update`), or every action of an area with a trailing dot (`auth.`).',
  })
  @IsOptional()
  @MaxLength(64)
  action?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  targetType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this moment on (inclusive).' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this moment (exclusive).' })
  @IsOptional()
  to?: Date | null;
}
