import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How strong a password is, by the same rule the server enforces.' })
export class PasswordStrength {
  @Field(() => Int, { description: '0 (very weak) to 4 (very strong).' })
  score!: number;

  @Field({ description: 'Whether the server accepts this password.' })
  acceptable!: boolean;

  @Field(() => String, { nullable: true })
  warning!: string | null;

  @Field(() => [String])
  suggestions!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Why the password is refused, as a stable code: `tooShort`, `tooLong`, `personalInfo` or `weakPassword`.',
  })
  problem!: string | null;
}
