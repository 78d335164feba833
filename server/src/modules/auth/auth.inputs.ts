import { IsEmail, IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import { Extensions, Field, InputType } from 'type-graphql';
import { textKind } from '../../graphql/input-text.js';
import { LOCALES, type Locale } from '../users/user.entity.js';

@InputType()
export class RegisterInput {
  @Field()
  @MaxLength(254, { message: 'Email is too long.' })
  @IsEmail({}, { message: 'Enter a valid email address.' })
  email!: string;

  @Field({ description: '8..128 characters, strong enough by `passwordStrength`.' })
  @Length(8, 128, { message: 'Password must be 8 to 128 characters long.' })
  password!: string;

  @Field()
  @Extensions(textKind('name'))
  @Length(1, 80, { message: 'Name must be 1 to 80 characters long.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: '`en` (default) or `zh-CN`.' })
  @IsOptional()
  @IsIn(LOCALES as unknown as string[], { message: 'Locale must be en or zh-CN.' })
  locale?: Locale;
}

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(254, { message: 'Email is too long.' })
  email!: string;

  @Field()
  @MaxLength(128, { message: 'Password is too long.' })
  password!: string;
}
