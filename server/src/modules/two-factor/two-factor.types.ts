import { Field, Int, ObjectType } from 'type-graphql';
import { AuthPayload } from '../auth/auth.types.js';

@ObjectType({ description: 'A new authenticator secret, waiting for its first code (`confirmTwoFactor`).' })
export class TwoFactorEnrolment {
  @Field({ description: 'Base32, for typing into an authenticator app by hand.' })
  secret!: string;

  @Field({ description: '`otpauth://totp/…`: show it as a QR code.' })
  otpauthUri!: string;
}

@ObjectType({ description: 'One-time recovery codes, shown once: each replaces an authenticator code one time.' })
export class TwoFactorRecoveryCodes {
  @Field(() => [String])
  codes!: string[];

  @Field(() => AuthPayload, {
    nullable: true,
    description: 'The session, when this enrolment completed a sign-in (`twoFactorSetupRequired` challenge); else null.',
  })
  session?: AuthPayload | null;
}

@ObjectType({ description: "The viewer's own two-factor sign-in." })
export class TwoFactorStatus {
  @Field()
  enabled!: boolean;

  @Field(() => Date, { nullable: true })
  confirmedAt!: Date | null;

  @Field(() => Int)
  recoveryCodesLeft!: number;

  @Field({ description: "Whether the desk's settings require it for this user's role (then it cannot be turned off)." })
  required!: boolean;
}
