import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/viewer.js';
import { Dashboard, DashboardInput } from './dashboard.types.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Query(() => Dashboard, {
    description:
      'Volumes, response and resolution times, workload, satisfaction, busiest hours and tags of a range, by day, week or month in a time zone. Without `report:export`, your own figures.',
  })
  dashboard(@Arg('input') input: DashboardInput, @Ctx() ctx: Context): Promise<Dashboard> {
    return ctx.services.dashboard.dashboard(ctx.em, requireViewer(ctx), input) as Promise<Dashboard>;
  }
}
