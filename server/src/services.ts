import { BackgroundTasks } from './background.js';
import type { Config } from './config.js';
import type { Orm } from './db/orm.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail/mailer.js';
import { ApiTokenService } from './modules/api-tokens/api-token.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuditLogFinder } from './modules/audit/audit-log.finder.js';
import { AuthService } from './modules/auth/auth.service.js';
import { RateLimits } from './modules/auth/rate-limiter.js';
import { ViewerCache } from './modules/auth/viewer-cache.js';
import { registerConversationCodecs } from './modules/conversations/conversation.event-codecs.js';
import { ConversationFinder } from './modules/conversations/conversation.finder.js';
import { ConversationService } from './modules/conversations/conversation.service.js';
import { EvaluationService } from './modules/evaluations/evaluation.service.js';
import { MessageService } from './modules/messages/message.service.js';
import { PasswordService } from './modules/passwords/password.service.js';
import { DashboardService } from './modules/reports/dashboard.service.js';
import { RoleService } from './modules/roles/role.service.js';
import { createSearchIndex } from './modules/search/create-search-index.js';
import { MessageSearchService } from './modules/search/message-search.service.js';
import type { SearchIndex } from './modules/search/search-index.js';
import { SettingsService } from './modules/settings/settings.service.js';
import { TagService } from './modules/tags/tag.service.js';
import { TeamService } from './modules/teams/team.service.js';
import { TeamAdminService } from './modules/teams/team-admin.service.js';
import { ReplyTemplateService } from './modules/templates/reply-template.service.js';
import { TwoFactorService } from './modules/two-factor/two-factor.service.js';
import { ProfileService } from './modules/users/profile.service.js';
import { UserFinder } from './modules/users/user.finder.js';
import { UserAdminService } from './modules/users/user-admin.service.js';
import { MemoryPubSub, type PubSub } from './realtime/pubsub.js';
import { RedisLink } from './realtime/redis.js';
import { RedisPubSub } from './realtime/redis-pubsub.js';
import { SocketRegistry } from './realtime/socket-registry.js';

/** The application's long-lived services, created once per server and shared by every request. */
export interface Services {
  config: Config;
  background: BackgroundTasks;
  pubsub: PubSub;
  /** The connections to Redis when REDIS_URL is set: events and rate limits shared by every instance. */
  redis: RedisLink | null;
  viewers: ViewerCache;
  sockets: SocketRegistry;
  audit: AuditService;
  auditLog: AuditLogFinder;
  auth: AuthService;
  twoFactor: TwoFactorService;
  passwords: PasswordService;
  apiTokens: ApiTokenService;
  profile: ProfileService;
  users: UserFinder;
  userAdmin: UserAdminService;
  roles: RoleService;
  teams: TeamService;
  teamAdmin: TeamAdminService;
  search: SearchIndex;
  conversations: ConversationService;
  finder: ConversationFinder;
  messages: MessageService;
  messageSearch: MessageSearchService;
  settings: SettingsService;
  dashboard: DashboardService;
  tags: TagService;
  templates: ReplyTemplateService;
  evaluations: EvaluationService;
  /** Closes what the services hold open (the Redis connections); after the servers stopped. */
  close(): Promise<void>;
}

/**
 * Without REDIS_URL everything lives in this process (events in memory, rate limits counted here). With it,
 * events (subscriptions, typing, cache invalidations, closing sockets) and rate limits go through Redis, so
 * several instances behave as one; while Redis is away each instance carries on alone.
 */
export function createServices(config: Config, logger: Logger, mailer: Mailer, orm: Orm): Services {
  const background = new BackgroundTasks(logger);
  const audit = new AuditService(background);
  const redis = config.redisUrl ? new RedisLink(config.redisUrl, logger) : null;
  const pubsub = redis ? new RedisPubSub(redis, logger) : new MemoryPubSub();
  registerConversationCodecs(pubsub, orm.em);
  const limits = new RateLimits(redis?.commands ?? null);
  const sockets = new SocketRegistry(pubsub);
  const viewers = new ViewerCache(pubsub);
  const search = createSearchIndex(config.database.kind);
  const conversations = new ConversationService(audit, pubsub);
  const finder = new ConversationFinder(search);
  const twoFactor = new TwoFactorService(config, audit, limits);
  const auth = new AuthService(config, audit, logger, limits, twoFactor);
  const passwords = new PasswordService(config, mailer, audit, background, sockets, viewers, auth, limits);
  return {
    config,
    background,
    pubsub,
    redis,
    viewers,
    sockets,
    audit,
    auditLog: new AuditLogFinder(),
    auth,
    twoFactor,
    passwords,
    apiTokens: new ApiTokenService(audit, viewers),
    profile: new ProfileService(audit, viewers),
    users: new UserFinder(),
    userAdmin: new UserAdminService(audit, auth, passwords, conversations, viewers, sockets, background),
    roles: new RoleService(audit, viewers, sockets),
    teams: new TeamService(),
    teamAdmin: new TeamAdminService(audit, viewers),
    search,
    conversations,
    finder,
    messageSearch: new MessageSearchService(search, finder),
    messages: new MessageService(conversations, audit, pubsub, search, limits),
    settings: new SettingsService(audit),
    dashboard: new DashboardService(),
    tags: new TagService(audit),
    templates: new ReplyTemplateService(conversations, audit),
    evaluations: new EvaluationService(conversations, audit),
    async close() {
      await pubsub.close();
      await redis?.close();
    },
  };
}
