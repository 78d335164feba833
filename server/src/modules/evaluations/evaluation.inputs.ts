import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { textKind } from '../../graphql/input-text.js';

const RATING_MESSAGE = 'Rate from 1 to 5.';

@InputType()
export class SubmitEvaluationInput {
  @Field(() => ID)
  @MaxLength(64)
  conversationId!: string;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  @IsInt({ message: RATING_MESSAGE })
  @Min(1, { message: RATING_MESSAGE })
  @Max(5, { message: RATING_MESSAGE })
  rating!: number;

  @Field(() => String, { nullable: true })
  @Extensions(textKind('multiline'))
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the comment under 2,000 characters.' })
  comment?: string | null;
}
