import { ArrayMaxSize, IsEmail, IsIn, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Extensions, Field, ID, InputType, Int } from 'type-graphql';
import { textKind } from '../../graphql/input-text.js';
import { LOCALES, type Locale } from './user.entity.js';

@InputType({ description: 'What people may change about themselves. Omitted fields stay as they are.' })
export class UpdateProfileInput {
  @Field({ nullable: true })
  @Extensions(textKind('name'))
  @IsOptional()
  @Length(1, 80, { message: 'Name must be 1 to 80 characters long.' })
  displayName?: string;

  @Field(() => String, { nullable: true, description: '`en` or `zh-CN`: the language of mails and of the app.' })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[], { message: 'Locale must be en or zh-CN.' })
  locale?: Locale;
}

@InputType({ description: 'Filters of the user list; all optional, combined with AND.' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'A role key: `admin`, `agent`, `customer` or a custom one.' })
  @IsOptional()
  @MaxLength(64)
  role?: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this team.' })
  @IsOptional()
  @MaxLength(64)
  teamId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) accounts.' })
  @IsOptional()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the display name or email, any case.' })
  @IsOptional()
  @MaxLength(100, { message: 'Search for at most 100 characters.' })
  query?: string;
}

const CAPACITY_MESSAGE = 'Capacity must be 0 to 100 open conversations.';

@InputType({ description: 'A person an administrator adds; they get an invitation mail to choose their password.' })
export class CreateUserInput {
  @Field()
  @MaxLength(254, { message: 'Email is too long.' })
  @IsEmail({}, { message: 'Enter a valid email address.' })
  email!: string;

  @Field()
  @Extensions(textKind('name'))
  @Length(1, 80, { message: 'Name must be 1 to 80 characters long.' })
  displayName!: string;

  @Field(() => ID)
  @MaxLength(64)
  roleId!: string;

  @Field(() => [ID], { nullable: true, description: 'The teams they join (none when omitted).' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Name at most 50 teams.' })
  teamIds?: string[] | null;

  @Field(() => String, { nullable: true, description: '`en` (default) or `zh-CN`: the language of the invitation and the app.' })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[], { message: 'Locale must be en or zh-CN.' })
  locale?: Locale | null;

  @Field(() => Int, { nullable: true, description: 'Open conversations they take at once (default 5).' })
  @IsOptional()
  @Min(0, { message: CAPACITY_MESSAGE })
  @Max(100, { message: CAPACITY_MESSAGE })
  capacity?: number | null;
}

@InputType({ description: 'What an administrator changes about someone; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @Extensions(textKind('name'))
  @IsOptional()
  @Length(1, 80, { message: 'Name must be 1 to 80 characters long.' })
  displayName?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  roleId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The whole new list of their teams.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Name at most 50 teams.' })
  teamIds?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: CAPACITY_MESSAGE })
  @Max(100, { message: CAPACITY_MESSAGE })
  capacity?: number | null;
}
