import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput, unauthenticated } from '../../graphql/errors.js';
import { normalizeEmail } from '../auth/auth.service.js';
import { AuthPayload } from '../auth/auth.types.js';
import { withSessionCookie } from '../auth/cookies.js';
import { PASSWORD_MAX_LENGTH } from './password.js';
import { PasswordStrength } from './password.types.js';

/** The strength meter, forgotten-password reset and password change. Thin: every rule lives in PasswordService. */
@Resolver()
export class PasswordResolver {
  @Query(() => PasswordStrength, { description: 'Scores a password by the same rule the server enforces.' })
  passwordStrength(
    @Arg('password') password: string,
    @Arg('email', () => String, { nullable: true }) email: string | null,
    @Arg('displayName', () => String, { nullable: true }) displayName: string | null,
    @Arg('locale', () => String, { nullable: true }) locale: string | null,
    @Arg('resetToken', () => String, { nullable: true, description: 'On the reset page: checks against that account’s email and name.' })
    resetToken: string | null,
    @Ctx() ctx: Context,
  ): Promise<PasswordStrength> {
    if (password.length > PASSWORD_MAX_LENGTH * 4)
      throw badInput([{ field: 'password', message: 'Password is too long.', code: 'maxLength' }]);
    const me = ctx.viewer?.user;
    const context = { email: email ?? me?.email, displayName: displayName ?? me?.displayName, locale: locale ?? me?.locale, resetToken };
    return ctx.services.passwords.strength(ctx.em, password, context, ctx.origin);
  }

  @Mutation(() => Boolean, { description: 'Mails a reset link when the account exists. Always true.' })
  requestPasswordReset(@Arg('email') rawEmail: string, @Ctx() ctx: Context): Promise<boolean> {
    const email = normalizeEmail(rawEmail);
    const device = ctx.services.auth.devices.read(ctx.req, email);
    return ctx.services.passwords.requestPasswordReset(ctx.em, email, ctx.origin, device);
  }

  @Mutation(() => Boolean)
  resetPassword(@Arg('token') token: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.passwords.resetPassword(ctx.em, token, newPassword, ctx.origin);
  }

  @Mutation(() => AuthPayload, { description: 'Changes the password and ends every other session.' })
  async changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Arg('revokeApiTokens', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Also revoke every API token of the account (when you fear someone else had access).',
    })
    revokeApiTokens: boolean,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    if (!ctx.viewer) throw unauthenticated();
    const input = { currentPassword, newPassword, revokeApiTokens };
    return withSessionCookie(ctx, await ctx.services.passwords.changePassword(ctx.em, ctx.viewer, input, ctx.origin));
  }
}
