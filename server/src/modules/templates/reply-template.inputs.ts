import { IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Extensions, Field, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import { textKind } from '../../graphql/input-text.js';
import { LOCALES } from '../users/user.entity.js';
import { INTENTS } from './intents.js';

const SHORTCUT = /^[a-z0-9-]{1,32}$/;
const MESSAGES = {
  title: 'The title must be 1 to 120 characters long.',
  body: 'The text must be 1 to 5,000 characters long.',
  shortcut: 'Use 1 to 32 lower-case letters, digits or "-".',
  intent: `Choose one of: ${INTENTS.join(', ')}.`,
  locale: `Choose one of: ${LOCALES.join(', ')}.`,
};

@InputType()
export class CreateReplyTemplateInput {
  @Field()
  @Extensions(textKind('name'))
  @Length(1, 120, { message: MESSAGES.title })
  title!: string;

  @Field({ description: 'May use {{customer.name}}, {{agent.name}} and {{conversation.number}}.' })
  @Extensions(textKind('multiline'))
  @Length(1, 5000, { message: MESSAGES.body })
  body!: string;

  @Field({ description: 'Unique; lower-case letters, digits and `-`, 1 to 32.' })
  @Matches(SHORTCUT, { message: MESSAGES.shortcut })
  shortcut!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(INTENTS, { message: MESSAGES.intent })
  intent?: string | null;

  @Field({ description: '`en` or `zh-CN`.' })
  @IsIn(LOCALES, { message: MESSAGES.locale })
  locale!: string;
}

@InputType({ description: 'What to change; omitted fields stay as they are, and `intent: null` removes the intent.' })
export class UpdateReplyTemplateInput {
  @Field(() => String, { nullable: true })
  @Extensions(textKind('name'))
  @IsOptional()
  @Length(1, 120, { message: MESSAGES.title })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Extensions(textKind('multiline'))
  @IsOptional()
  @Length(1, 5000, { message: MESSAGES.body })
  body?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SHORTCUT, { message: MESSAGES.shortcut })
  shortcut?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(INTENTS, { message: MESSAGES.intent })
  intent?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES, { message: MESSAGES.locale })
  locale?: string | null;
}

@ArgsType()
export class ReplyTemplateArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words of the title or shortcut, ignoring case; `/ref` finds the shortcuts that start with `ref`.',
  })
  @IsOptional()
  @MaxLength(120, { message: 'Search for at most 120 characters.' })
  query?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(INTENTS, { message: MESSAGES.intent })
  intent?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES, { message: MESSAGES.locale })
  locale?: string | null;
}
