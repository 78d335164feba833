import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { AuthPayload } from '../auth/auth.types.js';
import { withSessionCookie } from '../auth/cookies.js';
import { User } from '../users/user.entity.js';
import { TwoFactorEnrolment, TwoFactorRecoveryCodes, TwoFactorStatus } from './two-factor.types.js';

/** Enrolment, recovery codes and the second step of sign-in. Thin: the rules live in TwoFactorService. */
@Resolver(() => User)
export class TwoFactorResolver {
  @FieldResolver(() => TwoFactorStatus, { nullable: true, description: 'Two-factor sign-in of this user: visible to its owner only.' })
  async twoFactor(@Root() user: User, @Ctx() ctx: Context): Promise<TwoFactorStatus | null> {
    if (ctx.viewer?.user.id !== user.id) return null;
    const { twoFactor } = ctx.services;
    const state = await twoFactor.state(ctx.em, user.id);
    return { ...state, required: await twoFactor.requiredFor(ctx.em, ctx.viewer.user.role.getEntity().key) };
  }

  @Mutation(() => TwoFactorEnrolment, {
    description:
      'Starts enrolling an authenticator (replacing an unconfirmed one). Signed-in sessions, or with the `twoFactorChallenge` of a sign-in that requires setup.',
  })
  async beginTwoFactorEnrolment(
    @Arg('challenge', () => String, { nullable: true }) challenge: string | null,
    @Ctx() ctx: Context,
  ): Promise<TwoFactorEnrolment> {
    return ctx.services.twoFactor.begin(ctx.em, await enrollingUser(ctx, challenge));
  }

  @Mutation(() => TwoFactorRecoveryCodes, {
    description:
      'Turns two-factor sign-in on with a first code; answers the recovery codes (once) and, with a setup challenge, the session.',
  })
  async confirmTwoFactor(
    @Arg('code') code: string,
    @Arg('challenge', () => String, { nullable: true }) challenge: string | null,
    @Ctx() ctx: Context,
  ): Promise<TwoFactorRecoveryCodes> {
    const user = await enrollingUser(ctx, challenge);
    const codes = await ctx.services.twoFactor.confirm(ctx.em, user, code, ctx.origin);
    if (!challenge) return { codes, session: null };
    const session = await ctx.services.auth.completeSignIn(ctx.em, user, ctx.origin);
    ctx.services.auth.devices.issue(ctx.res, user.email);
    return { codes, session: withSessionCookie(ctx, session) };
  }

  @Mutation(() => TwoFactorRecoveryCodes, { description: 'New recovery codes (the old ones stop working), confirmed with a current code.' })
  async regenerateRecoveryCodes(@Arg('code') code: string, @Ctx() ctx: Context): Promise<TwoFactorRecoveryCodes> {
    return {
      codes: await ctx.services.twoFactor.regenerateRecoveryCodes(ctx.em, requireViewer(ctx).user, code, ctx.origin),
      session: null,
    };
  }

  @Mutation(() => Boolean, { description: 'Turns two-factor sign-in off (password and a code). Refused when the role requires it.' })
  async disableTwoFactor(@Arg('password') password: string, @Arg('code') code: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.twoFactor.disable(ctx.em, requireViewer(ctx).user, password, code, ctx.origin);
  }

  @Mutation(() => AuthPayload, {
    description: 'Second step of sign-in: the `twoFactorChallenge` from `login` and an authenticator or recovery code. Issues the session.',
  })
  async completeTwoFactorSignIn(@Arg('challenge') challenge: string, @Arg('code') code: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const { twoFactor, auth } = ctx.services;
    if (!code.trim()) throw badInput([{ field: 'code', message: 'Enter a code.', code: 'blank' }]);
    const { user, claims } = await twoFactor.challengeUser(ctx.em, challenge, 'sign-in');
    await twoFactor.useCode(ctx.em, user, code, ctx.origin, claims.ver);
    const payload = await auth.completeSignIn(ctx.em, user, ctx.origin, { twoFactor: true });
    auth.devices.issue(ctx.res, user.email);
    return withSessionCookie(ctx, payload);
  }
}

/** The user enrolling: the one a setup challenge names, or the signed-in session user. */
async function enrollingUser(ctx: Context, challenge: string | null): Promise<User> {
  if (challenge) return (await ctx.services.twoFactor.challengeUser(ctx.em, challenge, 'enrol')).user;
  return requireViewer(ctx).user;
}
