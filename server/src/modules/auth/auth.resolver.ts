import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import { User } from '../users/user.entity.js';
import { LoginInput, RegisterInput } from './auth.inputs.js';
import { normalizeEmail } from './auth.service.js';
import { AuthPayload } from './auth.types.js';
import { clearRefreshCookie, readRefreshCookie, withSessionCookie } from './cookies.js';

/** Sign-up, sign-in and sessions. Thin: every rule lives in AuthService. */
@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when anonymous.' })
  me(@Ctx() ctx: Context): User | null {
    if (ctx.credentialError) throw ctx.credentialError;
    return ctx.viewer?.user ?? null;
  }

  @Mutation(() => AuthPayload, { description: 'Creates a customer account and signs it in.' })
  async register(@Arg('input') input: RegisterInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return withSessionCookie(ctx, await ctx.services.auth.register(ctx.em, input, ctx.origin));
  }

  @Mutation(() => AuthPayload, { description: 'Signs in. The browser also gets a device cookie that spares it lockouts caused by others.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const { auth } = ctx.services;
    const device = auth.devices.read(ctx.req, normalizeEmail(input.email));
    const payload = await auth.login(ctx.em, input, ctx.origin, device);
    auth.devices.issue(ctx.res, payload.user.email);
    return withSessionCookie(ctx, payload);
  }

  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token. An empty string uses the httpOnly cookie.' })
  async refreshSession(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: Context): Promise<AuthPayload> {
    const presented = refreshToken || readRefreshCookie(ctx.req);
    if (!presented) throw unauthenticated('No session to refresh.');
    return withSessionCookie(ctx, await ctx.services.auth.refresh(ctx.em, presented, ctx.origin));
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token (or of the cookie).' })
  async logout(@Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | null, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(ctx.em, refreshToken || readRefreshCookie(ctx.req));
    const actorId = ctx.viewer?.user.id;
    if (actorId) ctx.services.audit.recordLater(ctx.em, { actorId, action: 'auth.logout', ...ctx.origin });
    clearRefreshCookie(ctx);
    return true;
  }
}
