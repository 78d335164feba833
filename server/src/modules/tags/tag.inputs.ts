import { IsOptional, Length, Matches } from 'class-validator';
import { Extensions, Field, InputType } from 'type-graphql';
import { textKind } from '../../graphql/input-text.js';

const COLOUR = /^#[0-9A-Fa-f]{6}$/;
const COLOUR_MESSAGE = 'Give the colour as #RRGGBB.';
const NAME_MESSAGE = 'The name must be 1 to 60 characters long.';

@InputType({ description: 'A new manual tag; the assistant creates its own AI tags.' })
export class CreateTagInput {
  @Field()
  @Extensions(textKind('name'))
  @Length(1, 60, { message: NAME_MESSAGE })
  name!: string;

  @Field(() => String, { nullable: true, description: '`#RRGGBB`; the brand purple when omitted.' })
  @IsOptional()
  @Matches(COLOUR, { message: COLOUR_MESSAGE })
  colour?: string | null;
}

@InputType({ description: 'What to change; omitted fields stay as they are.' })
export class UpdateTagInput {
  @Field(() => String, { nullable: true })
  @Extensions(textKind('name'))
  @IsOptional()
  @Length(1, 60, { message: NAME_MESSAGE })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '`#RRGGBB`.' })
  @IsOptional()
  @Matches(COLOUR, { message: COLOUR_MESSAGE })
  colour?: string | null;
}
