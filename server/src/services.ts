import { BackgroundTasks } from './background.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail/mailer.js';
import { AuditService } from './modules/audit/audit.service.js';
import { ApiTokenService } from './modules/auth/api-token.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { ViewerCache } from './modules/auth/viewer-cache.js';
import { ProfileService } from './modules/users/profile.service.js';
import { MemoryPubSub, type PubSub } from './realtime/pubsub.js';
import { SocketRegistry } from './realtime/socket-registry.js';

/** The application's long-lived services, created once per server and shared by every request. */
export interface Services {
  config: Config;
  background: BackgroundTasks;
  pubsub: PubSub;
  viewers: ViewerCache;
  sockets: SocketRegistry;
  audit: AuditService;
  auth: AuthService;
  apiTokens: ApiTokenService;
  profile: ProfileService;
}

export function createServices(config: Config, logger: Logger, mailer: Mailer): Services {
  const background = new BackgroundTasks(logger);
  const audit = new AuditService(background);
  const sockets = new SocketRegistry();
  const pubsub = new MemoryPubSub();
  const viewers = new ViewerCache(pubsub);
  return {
    config,
    background,
    pubsub,
    viewers,
    sockets,
    audit,
    auth: new AuthService(config, mailer, audit, background, sockets, viewers, logger),
    apiTokens: new ApiTokenService(audit, viewers),
    profile: new ProfileService(audit, viewers),
  };
}
