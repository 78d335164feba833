import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../users/user.entity.js';

@ObjectType({ description: 'A signed-in session: a short-lived access token and a rotating refresh token.' })
export class AuthPayload {
  @Field({ description: 'JWT (HS256), valid for 15 minutes. Send as `Authorization: Bearer <token>`.' })
  accessToken!: string;

  @Field({ description: 'Opaque; rotated on every use. Also set as an httpOnly cookie.' })
  refreshToken!: string;

  @Field({ description: 'When the access token expires.' })
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

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
