import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/viewer.js';
import { User } from '../users/user.entity.js';
import { AuditLogFilter } from './audit.inputs.js';
import { AuditLogConnection, AuditVerification } from './audit.types.js';
import { AuditLog } from './audit-log.entity.js';

@Resolver(() => AuditLog)
export class AuditLogResolver {
  @Query(() => AuditLogConnection, { description: 'The audit log, newest first.' })
  auditLogs(
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<AuditLogConnection> {
    requireViewer(ctx);
    return ctx.services.auditLog.find(ctx.em, filter ?? {}, page) as Promise<AuditLogConnection>;
  }

  @Query(() => AuditVerification, {
    description:
      'Walks the hash chain and names the first record that was edited or follows a removed one. (Removing the newest records leaves no later record to break: keep backups or ship the log elsewhere for that.)',
  })
  verifyAuditLog(@Ctx() ctx: Context): Promise<AuditVerification> {
    requireViewer(ctx);
    return ctx.services.auditLog.verify(ctx.em);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who did it; null for the system or a signed-out caller.' })
  async actor(@Root() log: AuditLog): Promise<User | null> {
    return (await log.actor?.load({ dataloader: true })) ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'What changed, as JSON (e.g. `{"name":{"from":"A","to":"B"}}`).' })
  detail(@Root() log: AuditLog): string | null {
    return log.detail == null ? null : JSON.stringify(log.detail);
  }
}
