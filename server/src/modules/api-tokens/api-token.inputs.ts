import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Extensions, Field, InputType, ObjectType } from 'type-graphql';
import { textKind } from '../../graphql/input-text.js';
import { ApiToken } from './api-token.entity.js';

@InputType()
export class CreateApiTokenInput {
  @Field()
  @Extensions(textKind('name'))
  @Length(1, 80, { message: 'Name must be 1 to 80 characters long.' })
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Permission keys; omit or leave empty for all of yours.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Too many scopes.' })
  scopes?: string[];

  @Field(() => Date, { nullable: true, description: 'When the token stops working; never when omitted.' })
  @IsOptional()
  expiresAt?: Date;
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'The secret. Shown only now: store it safely.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}
