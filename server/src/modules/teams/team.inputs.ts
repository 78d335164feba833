import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Extensions, Field, ID, InputType } from 'type-graphql';
import { textKind } from '../../graphql/input-text.js';

const NAME_MESSAGE = 'The name must be 1 to 120 characters long.';
const MEMBERS_MESSAGE = 'A team has at most 500 members.';

@InputType({ description: 'A new team.' })
export class CreateTeamInput {
  @Field()
  @Extensions(textKind('name'))
  @Length(1, 120, { message: NAME_MESSAGE })
  name!: string;

  @Field(() => [ID], { nullable: true, description: 'Its members (none when omitted).' })
  @IsOptional()
  @ArrayMaxSize(500, { message: MEMBERS_MESSAGE })
  memberIds?: string[] | null;
}

@InputType({ description: 'What to change about a team; omitted fields stay as they are.' })
export class UpdateTeamInput {
  @Field(() => String, { nullable: true })
  @Extensions(textKind('name'))
  @IsOptional()
  @Length(1, 120, { message: NAME_MESSAGE })
  name?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The whole new list of members.' })
  @IsOptional()
  @ArrayMaxSize(500, { message: MEMBERS_MESSAGE })
  memberIds?: string[] | null;
}
