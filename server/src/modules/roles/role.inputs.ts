import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Extensions, Field, InputType } from 'type-graphql';
import { textKind } from '../../graphql/input-text.js';

@InputType({ description: 'What to change about a role; omitted fields stay as they are.' })
export class UpdateRoleInput {
  @Field(() => String, { nullable: true })
  @Extensions(textKind('name'))
  @IsOptional()
  @Length(1, 120, { message: 'The name must be 1 to 120 characters long.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'The description must be at most 500 characters long.' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'The whole new list of permission keys (see `permissions`).' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'Name at most 100 permissions.' })
  permissions?: string[] | null;
}

@InputType({ description: 'A custom role: a key, a name and permissions from the catalogue.' })
export class CreateRoleInput {
  @Field({ description: 'Lower-case letters, digits and dashes, 2 to 32 long, starting with a letter; fixed once created.' })
  @Matches(/^[a-z][a-z0-9-]{1,31}$/, { message: 'Use 2 to 32 lower-case letters, digits or dashes, starting with a letter.' })
  key!: string;

  @Field()
  @Extensions(textKind('name'))
  @Length(1, 120, { message: 'The name must be 1 to 120 characters long.' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'The description must be at most 500 characters long.' })
  description?: string | null;

  @Field(() => [String], { description: 'Permission keys (see `permissions`).' })
  @ArrayMaxSize(100, { message: 'Name at most 100 permissions.' })
  permissions!: string[];
}
