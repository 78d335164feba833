import { Field, ObjectType } from 'type-graphql';
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
