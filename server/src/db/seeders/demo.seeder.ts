import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from '../../logger.js';
import { hashPassword } from '../../modules/auth/password.js';
import { Conversation } from '../../modules/conversations/conversation.entity.js';
import { ConversationEvent } from '../../modules/conversations/conversation-event.entity.js';
import { Channel, ConversationStatus, Priority } from '../../modules/conversations/conversation-status.js';
import { Message, MessageKind } from '../../modules/messages/message.entity.js';
import { Role } from '../../modules/roles/role.entity.js';
import { Tag, TagSource } from '../../modules/tags/tag.entity.js';
import { Team } from '../../modules/teams/team.entity.js';
import { ReplyTemplate } from '../../modules/templates/reply-template.entity.js';
import { User } from '../../modules/users/user.entity.js';
import { BUILT_IN_ROLES } from '../../permissions/catalogue.js';
import { DEMO_CONVERSATIONS, DEMO_TAGS, DEMO_TEMPLATES } from './demo-content.js';

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.local', displayName: 'Ada Admin', role: 'admin', locale: 'en' },
  { email: 'agent@demo.local', displayName: 'Alex Agent', role: 'agent', locale: 'en' },
  { email: 'agent2@demo.local', displayName: '王小明', role: 'agent', locale: 'zh-CN' },
  { email: 'customer@demo.local', displayName: 'Casey Customer', role: 'customer', locale: 'en' },
  { email: 'customer2@demo.local', displayName: '李华', role: 'customer', locale: 'zh-CN' },
] as const;

/** A random password that passes the strength rule: four groups of random letters and digits. */
export function generateDemoPassword(): string {
  const raw = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12, 16)}`;
}

/** Creates the built-in roles; idempotent, and needed in production too. */
export async function ensureBuiltInRoles(em: EntityManager): Promise<Record<string, Role>> {
  const roles: Record<string, Role> = {};
  for (const [key, spec] of Object.entries(BUILT_IN_ROLES)) {
    roles[key] =
      (await em.findOne(Role, { key })) ??
      em.create(Role, { key, name: spec.name, description: spec.description, permissions: [...spec.permissions], builtIn: true });
  }
  await em.flush();
  return roles;
}

export interface SeedResult {
  seeded: boolean;
  password?: string;
}

/**
 * Seeds the demo data once, on an empty database: roles, a team, the demo accounts, tags and templates
 * in English and Chinese, and conversations in every status.
 */
export async function seedDemoData(em: EntityManager, options: { password?: string; logger?: Logger } = {}): Promise<SeedResult> {
  if ((await em.count(User, {})) > 0) return { seeded: false };
  const password = options.password ?? generateDemoPassword();
  const roles = await ensureBuiltInRoles(em);
  const passwordHash = await hashPassword(password);

  const users: Record<string, User> = {};
  for (const account of DEMO_ACCOUNTS) {
    users[account.email] = em.create(User, {
      email: account.email,
      displayName: account.displayName,
      passwordHash,
      role: roles[account.role],
      locale: account.locale,
    });
  }
  const team = em.create(Team, { name: 'Support' });
  team.members.add(users['agent@demo.local'], users['agent2@demo.local']);

  const tags = new Map<string, Tag>();
  for (const tag of DEMO_TAGS) {
    tags.set(tag.name, em.create(Tag, { name: tag.name, colour: tag.colour, source: tag.ai ? TagSource.AI : TagSource.MANUAL }));
  }
  for (const template of DEMO_TEMPLATES) {
    em.create(ReplyTemplate, { ...template, createdBy: users['agent@demo.local'] });
  }

  const start = Date.now() - DEMO_CONVERSATIONS.length * 3_600_000;
  DEMO_CONVERSATIONS.forEach((spec, index) => {
    const createdAt = new Date(start + index * 3_600_000);
    const customer = users[spec.customer];
    const assignee = spec.assignee ? users[spec.assignee] : null;
    const conversation = em.create(Conversation, {
      number: index + 1,
      subject: spec.subject,
      customer,
      assignee,
      team: spec.status === ConversationStatus.TRANSFERRED ? team : null,
      status: spec.status,
      priority: spec.priority ?? Priority.NORMAL,
      channel: Channel.WEB,
      intent: spec.intent,
      sentiment: spec.sentiment,
      language: spec.language,
      createdAt,
      updatedAt: createdAt,
    });
    for (const name of spec.tags) conversation.tags.add(tags.get(name) as Tag);
    let at = createdAt.getTime();
    for (const line of spec.messages) {
      at += 90_000;
      const fromCustomer = line.kind === MessageKind.CUSTOMER;
      em.create(Message, {
        conversation,
        author: fromCustomer ? customer : line.kind === MessageKind.AGENT ? assignee : null,
        kind: line.kind,
        body: line.body,
        internal: line.internal ?? false,
        createdAt: new Date(at),
      });
      if (line.kind === MessageKind.AGENT && !conversation.firstResponseAt) conversation.firstResponseAt = new Date(at);
    }
    conversation.lastMessageAt = new Date(at);
    if (spec.status === ConversationStatus.COMPLETED) conversation.resolvedAt = new Date(at + 60_000);
    if (assignee) {
      em.create(ConversationEvent, {
        conversation,
        actor: assignee,
        type: 'assignment',
        to: assignee.id,
        createdAt: new Date(createdAt.getTime() + 60_000),
      });
    }
    if (spec.status !== ConversationStatus.PENDING) {
      em.create(ConversationEvent, {
        conversation,
        actor: assignee,
        type: 'status',
        from: ConversationStatus.PENDING,
        to: spec.status,
        reason: spec.status === ConversationStatus.TRANSFERRED ? 'Needs the billing specialists' : null,
        createdAt: new Date(at),
      });
    }
  });

  await em.flush();
  options.logger?.info({ accounts: DEMO_ACCOUNTS.map((a) => a.email) }, 'demo data seeded');
  return { seeded: true, password };
}
