import { IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import { Extensions, Field, ID, InputType } from 'type-graphql';
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
