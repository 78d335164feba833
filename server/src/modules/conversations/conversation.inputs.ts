import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { textKind } from '../../graphql/input-text.js';
import { ConversationStatus, Priority } from './conversation-status.js';

@InputType({ description: 'Filters of the inbox; all optional, combined with AND.' })
export class ConversationFilter {
  @Field(() => [ConversationStatus], { nullable: true })
  @IsOptional()
  status?: ConversationStatus[];

  @Field(() => [Priority], { nullable: true })
  @IsOptional()
  priority?: Priority[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  assigneeId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only those assigned to me.' })
  @IsOptional()
  mine?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Only open ones without an owner.' })
  @IsOptional()
  unassigned?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  teamId?: string;

  @Field(() => [ID], { nullable: true, description: 'Any of these tags.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'At most 20 tags.' })
  tagIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  intent?: string;

  @Field(() => ID, { nullable: true, description: 'One customer’s conversations.' })
  @IsOptional()
  customerId?: string;

  @Field(() => Date, { nullable: true, description: 'Created at or after.' })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Created before.' })
  @IsOptional()
  to?: Date;

  @Field(() => String, { nullable: true, description: 'Words in the subject or messages (English or Chinese).' })
  @IsOptional()
  @MaxLength(200, { message: 'Search for at most 200 characters.' })
  query?: string;
}

@InputType()
export class StartConversationInput {
  @Field()
  @Length(1, 200, { message: 'The subject must be 1 to 200 characters long.' })
  subject!: string;

  @Field()
  @Extensions(textKind('multiline'))
  @Length(1, 10_000, { message: 'The message must be 1 to 10,000 characters long.' })
  body!: string;

  @Field({ description: 'Chosen by the client; sending again with the same key returns the same conversation.' })
  @Length(1, 64, { message: 'clientMessageId must be 1 to 64 characters long.' })
  clientMessageId!: string;
}

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  @MaxLength(64)
  conversationId!: string;

  @Field()
  @Extensions(textKind('multiline'))
  @Length(1, 10_000, { message: 'The message must be 1 to 10,000 characters long.' })
  body!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'A private note for the desk.' })
  internal?: boolean;

  @Field({ description: 'Chosen by the client; sending again with the same key stores the message once.' })
  @Length(1, 64, { message: 'clientMessageId must be 1 to 64 characters long.' })
  clientMessageId!: string;

  @Field(() => ID, { nullable: true, description: 'The reply template this message was written from (counts its use).' })
  @IsOptional()
  templateId?: string;
}

@InputType()
export class TransferConversationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  toAgentId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  toTeamId?: string;

  @Field()
  @Extensions(textKind('multiline'))
  @Length(1, 500, { message: 'Give a reason of 1 to 500 characters.' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw: a newer one answers CONFLICT.' })
  @IsOptional()
  expectedVersion?: number;
}

export { ConversationStatus, Priority };
