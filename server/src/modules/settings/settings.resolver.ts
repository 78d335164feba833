import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/viewer.js';
import type { DeskSettings, SettingsPatch } from './desk-settings.js';
import { Settings, SettingsInput } from './settings.types.js';

@Resolver(() => Settings)
export class SettingsResolver {
  @Query(() => Settings, { description: 'The system settings, defaults filled in.' })
  async settings(@Ctx() ctx: Context): Promise<Settings> {
    requireViewer(ctx);
    return this.withLastChange(ctx, await ctx.services.settings.read(ctx.em));
  }

  @Mutation(() => Settings, {
    description: 'Changes settings: validated as a whole (BAD_USER_INPUT names `group.field`), audited with before and after.',
  })
  async updateSettings(@Arg('input') input: SettingsInput, @Ctx() ctx: Context): Promise<Settings> {
    const saved = await ctx.services.settings.update(ctx.em, requireViewer(ctx), input as SettingsPatch, ctx.origin);
    return this.withLastChange(ctx, saved);
  }

  private async withLastChange(ctx: Context, settings: DeskSettings): Promise<Settings> {
    const last = await ctx.services.settings.lastChange(ctx.em);
    return { ...settings, updatedAt: last?.at ?? null, updatedBy: last?.by ?? null };
  }
}
