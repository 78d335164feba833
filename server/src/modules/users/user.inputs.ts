import { IsIn, IsOptional, Length } from 'class-validator';
import { Extensions, Field, InputType } from 'type-graphql';
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
