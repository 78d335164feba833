import { ApiToken } from '../modules/api-tokens/api-token.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { RefreshToken } from '../modules/auth/refresh-token.entity.js';
import { Conversation } from '../modules/conversations/conversation.entity.js';
import { ConversationEvent } from '../modules/conversations/conversation-event.entity.js';
import { ConversationRead } from '../modules/conversations/conversation-read.entity.js';
import { Evaluation } from '../modules/evaluations/evaluation.entity.js';
import { Message } from '../modules/messages/message.entity.js';
import { PasswordResetToken } from '../modules/passwords/password-reset-token.entity.js';
import { Role } from '../modules/roles/role.entity.js';
import { Setting } from '../modules/settings/setting.entity.js';
import { Tag } from '../modules/tags/tag.entity.js';
import { Team } from '../modules/teams/team.entity.js';
import { ReplyTemplate } from '../modules/templates/reply-template.entity.js';
import { UserTwoFactor } from '../modules/two-factor/user-two-factor.entity.js';
import { User } from '../modules/users/user.entity.js';

/** Every entity of the domain model, registered explicitly (no folder discovery: works from src and dist alike). */
export const entities = [
  Role,
  Team,
  User,
  RefreshToken,
  UserTwoFactor,
  PasswordResetToken,
  ApiToken,
  Tag,
  Conversation,
  ConversationEvent,
  ConversationRead,
  Message,
  ReplyTemplate,
  Evaluation,
  AuditLog,
  Setting,
];
