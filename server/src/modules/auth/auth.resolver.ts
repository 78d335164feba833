import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput, unauthenticated } from '../../graphql/errors.js';
import { User } from '../users/user.entity.js';
import { LoginInput, RegisterInput } from './auth.inputs.js';
import { normalizeEmail } from './auth.service.js';
import { AuthPayload, PasswordStrength } from './auth.types.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './cookies.js';
import { PASSWORD_MAX_LENGTH } from './password.js';

function origin(ctx: Context) {
  return { ip: ctx.ip, userAgent: ctx.userAgent };
}

/** Sign-up, sign-in, sessions and passwords. Thin: every rule lives in AuthService. */
@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when anonymous.' })
  me(@Ctx() ctx: Context): User | null {
    if (ctx.credentialError) throw ctx.credentialError;
    return ctx.viewer?.user ?? null;
  }

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
    return ctx.services.auth.strength(ctx.em, password, context, origin(ctx));
  }

  @Mutation(() => AuthPayload, { description: 'Creates a customer account and signs it in.' })
  async register(@Arg('input') input: RegisterInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return this.withCookie(ctx, await ctx.services.auth.register(ctx.em, input, origin(ctx)));
  }

  @Mutation(() => AuthPayload, { description: 'Signs in. The browser also gets a device cookie that spares it lockouts caused by others.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const { auth } = ctx.services;
    const device = auth.devices.read(ctx.req, normalizeEmail(input.email));
    const payload = await auth.login(ctx.em, input, origin(ctx), device);
    auth.devices.issue(ctx.res, payload.user.email);
    return this.withCookie(ctx, payload);
  }

  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token. An empty string uses the httpOnly cookie.' })
  async refreshSession(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const presented = refreshToken || readRefreshCookie(ctx.req);
    if (!presented) throw unauthenticated('No session to refresh.');
    return this.withCookie(ctx, await ctx.services.auth.refresh(ctx.em, presented, origin(ctx)));
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token (or of the cookie).' })
  async logout(@Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | null, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(ctx.em, refreshToken || readRefreshCookie(ctx.req));
    const actorId = ctx.viewer?.user.id;
    if (actorId) ctx.services.audit.recordLater(ctx.em, { actorId, action: 'auth.logout', ...origin(ctx) });
    clearRefreshCookie(ctx);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Mails a reset link when the account exists. Always true.' })
  requestPasswordReset(@Arg('email') rawEmail: string, @Ctx() ctx: Context): boolean {
    const email = normalizeEmail(rawEmail);
    const device = ctx.services.auth.devices.read(ctx.req, email);
    return ctx.services.auth.requestPasswordReset(ctx.em, email, origin(ctx), device);
  }

  @Mutation(() => Boolean)
  resetPassword(@Arg('token') token: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.resetPassword(ctx.em, token, newPassword, origin(ctx));
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
    return this.withCookie(ctx, await ctx.services.auth.changePassword(ctx.em, ctx.viewer, input, origin(ctx)));
  }

  private withCookie(ctx: Context, payload: AuthPayload): AuthPayload {
    // The caller has just proved who they are: the answer may show them their own user (email included).
    ctx.authenticatedAs = payload.user.id;
    setRefreshCookie(ctx, payload.refreshToken);
    return payload;
  }
}
