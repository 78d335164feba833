import { BackgroundTasks } from './background.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail/mailer.js';
import { ApiTokenService } from './modules/api-tokens/api-token.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { ViewerCache } from './modules/auth/viewer-cache.js';
import { ConversationFinder } from './modules/conversations/conversation.finder.js';
import { ConversationService } from './modules/conversations/conversation.service.js';
import { EvaluationService } from './modules/evaluations/evaluation.service.js';
import { MessageService } from './modules/messages/message.service.js';
import { PasswordService } from './modules/passwords/password.service.js';
import { createSearchIndex } from './modules/search/create-search-index.js';
import { MessageSearchService } from './modules/search/message-search.service.js';
import type { SearchIndex } from './modules/search/search-index.js';
import { TagService } from './modules/tags/tag.service.js';
import { TeamService } from './modules/teams/team.service.js';
import { ReplyTemplateService } from './modules/templates/reply-template.service.js';
import { ProfileService } from './modules/users/profile.service.js';
import { UserFinder } from './modules/users/user.finder.js';
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
  passwords: PasswordService;
  apiTokens: ApiTokenService;
  profile: ProfileService;
  users: UserFinder;
  teams: TeamService;
  search: SearchIndex;
  conversations: ConversationService;
  finder: ConversationFinder;
  messages: MessageService;
  messageSearch: MessageSearchService;
  tags: TagService;
  templates: ReplyTemplateService;
  evaluations: EvaluationService;
}

export function createServices(config: Config, logger: Logger, mailer: Mailer): Services {
  const background = new BackgroundTasks(logger);
  const audit = new AuditService(background);
  const sockets = new SocketRegistry();
  const pubsub = new MemoryPubSub();
  const viewers = new ViewerCache(pubsub);
  const search = createSearchIndex(config.database.kind);
  const conversations = new ConversationService(audit, pubsub);
  const finder = new ConversationFinder(search);
  const auth = new AuthService(config, audit, logger);
  return {
    config,
    background,
    pubsub,
    viewers,
    sockets,
    audit,
    auth,
    passwords: new PasswordService(config, mailer, audit, background, sockets, viewers, auth),
    apiTokens: new ApiTokenService(audit, viewers),
    profile: new ProfileService(audit, viewers),
    users: new UserFinder(),
    teams: new TeamService(),
    search,
    conversations,
    finder,
    messageSearch: new MessageSearchService(search, finder),
    messages: new MessageService(conversations, audit, pubsub, search),
    tags: new TagService(audit),
    templates: new ReplyTemplateService(conversations, audit),
    evaluations: new EvaluationService(conversations, audit),
  };
}
