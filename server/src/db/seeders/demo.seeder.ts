import { randomBytes } from 'node:crypto';
import { type EntityManager, ref } from '@mikro-orm/core';
import type { Logger } from '../../logger.js';
import { Conversation } from '../../modules/conversations/conversation.entity.js';
import * as workflow from '../../modules/conversations/conversation.workflow.js';
import { ConversationEvent } from '../../modules/conversations/conversation-event.entity.js';
import { ConversationRead } from '../../modules/conversations/conversation-read.entity.js';
import { Channel, ConversationStatus, Priority } from '../../modules/conversations/conversation-status.js';
import { Evaluation } from '../../modules/evaluations/evaluation.entity.js';
import { Message, MessageKind } from '../../modules/messages/message.entity.js';
import { hashPassword } from '../../modules/passwords/password.js';
import { Role } from '../../modules/roles/role.entity.js';
import { searchIndexOf } from '../../modules/search/create-search-index.js';
import { Tag, TagSource } from '../../modules/tags/tag.entity.js';
import { Team } from '../../modules/teams/team.entity.js';
import { ReplyTemplate } from '../../modules/templates/reply-template.entity.js';
import { User } from '../../modules/users/user.entity.js';
import { BUILT_IN_ROLES } from '../../permissions/catalogue.js';
import { DEMO_TAGS, DEMO_TEMPLATES } from './demo-content.js';
import { DEMO_CONVERSATIONS, DEMO_CUSTOMERS, type DemoConversation, type DemoLine, duration } from './demo-conversations.js';

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
 * Seeds the demo data once, on an empty database: roles, a team, the demo accounts and a few more customers, tags
 * and templates in English and Chinese, and a few dozen conversations in every status with their history, notes,
 * hand-overs and ratings; then indexes them for search.
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

  const cast = createCast(em, users, team, tags, roles.customer, passwordHash);
  const now = Date.now();
  const plans = DEMO_CONVERSATIONS.map((spec, index) => schedule(spec, index, now));
  plans.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  plans.forEach((plan, index) => {
    playConversation(em, cast, plan, index + 1, now);
  });

  await em.flush();
  await searchIndexOf(em).reindexAll(em);
  options.logger?.info({ accounts: DEMO_ACCOUNTS.map((a) => a.email), conversations: DEMO_CONVERSATIONS.length }, 'demo data seeded');
  return { seeded: true, password };
}

const MINUTE = 60_000;

/** The people and things the demo conversations refer to. */
interface Cast {
  user(key: string): User;
  byId: Map<string, User>;
  agents: User[];
  admin: User;
  team: Team;
  tags: Map<string, Tag>;
}

/** Adds the extra demo customers and indexes everyone for the conversations. */
function createCast(
  em: EntityManager,
  users: Record<string, User>,
  team: Team,
  tags: Map<string, Tag>,
  customerRole: Role,
  passwordHash: string,
): Cast {
  for (const customer of DEMO_CUSTOMERS) {
    const email = `${customer.key}@demo.local`;
    users[email] = em.create(User, { email, displayName: customer.displayName, passwordHash, role: customerRole, locale: customer.locale });
  }
  const user = (key: string) => {
    const found = users[`${key}@demo.local`];
    if (!found) throw new Error(`Unknown demo user "${key}"`);
    return found;
  };
  return {
    user,
    byId: new Map(Object.values(users).map((u) => [u.id, u])),
    agents: [user('agent'), user('agent2')],
    admin: user('admin'),
    team,
    tags,
  };
}

interface Plan {
  spec: DemoConversation;
  createdAt: Date;
  /** When each line happens. */
  times: Date[];
}

/** A stable pseudo-random number in [0, 1): the demo looks alike on every install. */
function noise(n: number): number {
  const x = Math.sin(n * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x);
}

/** A plausible pause before a step, in minutes, where the content gives none. */
function usualPause(step: DemoLine[0], previous: DemoLine[0], answered: boolean, r: number): number {
  switch (step) {
    case 'c':
      return previous === 'c' ? 1 + r * 4 : 3 + r * 20;
    case 'a':
      if (previous !== 'c') return 1 + r * 4;
      return answered ? 2 + r * 10 : 4 + r * 25;
    case 'n':
      return 1 + r * 3;
    case 'handover':
      return 1 + r * 5;
    case 'closed':
      return 2 + r * 15;
  }
}

const pauseOf = (line: DemoLine) => (line[0] === 'handover' || line[0] === 'closed' ? line[1] : line[2]);

/** When each line happens: from `opened` ago, pause after pause, squeezed if need be to end a minute before now. */
function schedule(spec: DemoConversation, seed: number, now: number): Plan {
  const createdAt = Math.round((now - duration(spec.opened)) / 1000) * 1000;
  let answered = false;
  const pauses = spec.lines.map((line, i) => {
    if (i === 0) return 0;
    const given = pauseOf(line);
    const pause = given ? duration(given) : usualPause(line[0], spec.lines[i - 1]![0], answered, noise(seed * 100 + i)) * MINUTE;
    answered ||= line[0] === 'a';
    return pause;
  });
  const total = pauses.reduce((sum, pause) => sum + pause, 0);
  const scale = Math.min(1, (now - MINUTE - createdAt) / Math.max(total, 1));
  const times: Date[] = [];
  let at = createdAt;
  for (const [i, pause] of pauses.entries()) {
    // The first line opens the conversation; no two steps share a second.
    if (i > 0) at += Math.max(1000, Math.round((pause * scale) / 1000) * 1000);
    times.push(new Date(at));
  }
  return { spec, createdAt: new Date(createdAt), times };
}

/**
 * Plays one conversation's lines through the same workflow rules the app uses (so the history is one the app
 * could have written), creating its messages, events, rating and read marks; checks it ends where the spec says.
 */
function playConversation(em: EntityManager, cast: Cast, plan: Plan, number: number, now: number): void {
  const { spec, createdAt, times } = plan;
  const customer = cast.user(spec.customer);
  const conversation = em.create(Conversation, {
    number,
    subject: spec.subject,
    customer,
    channel: spec.channel ?? Channel.WEB,
    intent: spec.intent,
    sentiment: spec.sentiment,
    language: spec.lang,
    createdAt,
    updatedAt: times.at(-1) ?? createdAt,
    lastMessageAt: createdAt,
  });
  const history = recorder(em, conversation);
  history.record(null, createdAt, [{ type: 'status', from: null, to: ConversationStatus.PENDING }]);
  const tagByHand = triage(conversation, spec, cast, history, createdAt);
  const owner = () => (conversation.assignee ? (cast.byId.get(conversation.assignee.id) as User) : null);

  /** The desk person writing now: claims it, or accepts the hand-over, just before. */
  const deskAuthor = (at: Date, previous: Date): User => {
    const before = new Date(Math.max(at.getTime() - 30_000, (at.getTime() + previous.getTime()) / 2));
    if (conversation.status === ConversationStatus.PENDING) {
      if (!spec.assignee) throw new Error(`Demo conversation "${spec.subject}": an agent writes but none claims it`);
      const agent = cast.user(spec.assignee);
      history.record(agent, before, workflow.claim(conversation, ref(agent), before));
      tagByHand(agent, before);
    } else if (conversation.status === ConversationStatus.TRANSFERRED) {
      const agent = acceptor(spec, cast, owner());
      history.record(agent, before, workflow.acceptTransfer(conversation, ref(agent), before));
    }
    return owner() as User;
  };

  const summary = { firstResponseAt: null as Date | null, lastPublic: null as { at: Date; body: string } | null };
  spec.lines.forEach((line, i) => {
    const at = times[i] as Date;
    switch (line[0]) {
      case 'c':
        history.record(customer, at, workflow.customerWrote(conversation, at));
        writeMessage(em, conversation, customer, MessageKind.CUSTOMER, line[1], false, at);
        history.seen(customer, at);
        summary.lastPublic = { at, body: line[1] };
        break;
      case 'a':
      case 'n': {
        const author = deskAuthor(at, times[i - 1] ?? createdAt);
        const internal = line[0] === 'n';
        writeMessage(em, conversation, author, MessageKind.AGENT, line[1], internal, at);
        history.seen(author, at);
        if (!internal) {
          summary.firstResponseAt ??= at;
          summary.lastPublic = { at, body: line[1] };
        }
        break;
      }
      case 'handover': {
        if (!spec.transfer) throw new Error(`Demo conversation "${spec.subject}": a hand-over without \`transfer\``);
        const actor = owner() ?? cast.admin;
        const to = spec.transfer.to;
        const target = to === 'team' ? { agent: null, team: ref(cast.team) } : { agent: ref(cast.user(to)), team: null };
        history.record(actor, at, workflow.transfer(conversation, { ...target, reason: spec.transfer.reason }, at));
        tagByHand(actor, at);
        break;
      }
      case 'closed': {
        const actor = owner();
        if (!actor) throw new Error(`Demo conversation "${spec.subject}": closed without an owner`);
        history.record(actor, at, workflow.complete(conversation, at));
        break;
      }
    }
  });
  tagByHand(null, createdAt);
  if (conversation.status !== spec.status) {
    throw new Error(`Demo conversation "${spec.subject}" ends ${conversation.status}, not ${spec.status}`);
  }

  conversation.firstResponseAt = summary.firstResponseAt;
  if (summary.lastPublic) {
    conversation.lastMessageAt = summary.lastPublic.at;
    conversation.lastMessagePreview = summary.lastPublic.body.slice(0, 200);
  }
  if (spec.rating) rate(em, conversation, spec, now);
  history.markRead();
}

/** Writes the history rows of the moves, and remembers when each person last acted (for their read marks). */
function recorder(em: EntityManager, conversation: Conversation) {
  const lastSeen = new Map<User, Date>();
  const seen = (user: User, at: Date) => {
    if (!lastSeen.has(user) || (lastSeen.get(user) as Date) < at) lastSeen.set(user, at);
  };
  return {
    seen,
    record(actor: User | null, at: Date, events: workflow.WorkflowEvent[]) {
      for (const event of events) {
        em.create(ConversationEvent, {
          conversation,
          actor,
          type: event.type,
          from: event.from,
          to: event.to,
          reason: event.reason ?? null,
          detail: event.detail ?? null,
          createdAt: at,
          updatedAt: at,
        });
      }
      if (actor && events.length > 0) seen(actor, at);
    },
    /** Everyone who took part has read it up to their last action: newer messages show as unread to them. */
    markRead() {
      for (const [user, at] of lastSeen) em.create(ConversationRead, { user, conversation, lastReadAt: at, createdAt: at, updatedAt: at });
    },
  };
}

/**
 * Priority and the assistant's (AI) tags at creation; returns how the manual tags get set: by the first desk person
 * to act, or at creation by nobody when no one did (the first call wins).
 */
function triage(conversation: Conversation, spec: DemoConversation, cast: Cast, history: ReturnType<typeof recorder>, at: Date) {
  const tags = spec.tags.map((name) => {
    const tag = cast.tags.get(name);
    if (!tag) throw new Error(`Demo conversation "${spec.subject}": unknown tag "${name}"`);
    return tag;
  });
  conversation.tags.add(tags);
  const ids = (list: Tag[]) =>
    list
      .map((tag) => tag.id)
      .sort()
      .join(',');
  const byAssistant = tags.filter((tag) => tag.source === TagSource.AI);
  const triaged = new Date(at.getTime() + 5_000);
  if (byAssistant.length > 0) history.record(null, triaged, [{ type: 'tags', from: '', to: ids(byAssistant) }]);
  const priority = spec.priority ?? Priority.NORMAL;
  if (priority !== Priority.NORMAL) {
    conversation.priority = priority;
    history.record(null, triaged, [{ type: 'priority', from: Priority.NORMAL, to: priority }]);
  }
  let pending = byAssistant.length < tags.length;
  return (actor: User | null, when: Date) => {
    if (!pending) return;
    pending = false;
    history.record(actor, actor ? when : triaged, [{ type: 'tags', from: ids(byAssistant), to: ids(tags) }]);
  };
}

/** Who takes a hand-over: the named agent, or for the team the other member, preferring the customer's language. */
function acceptor(spec: DemoConversation, cast: Cast, previousOwner: User | null): User {
  const to = spec.transfer?.to;
  if (to && to !== 'team') return cast.user(to);
  const others = cast.agents.filter((agent) => agent !== previousOwner);
  return others.find((agent) => agent.locale === spec.lang) ?? (others[0] as User);
}

function writeMessage(
  em: EntityManager,
  conversation: Conversation,
  author: User,
  kind: MessageKind,
  body: string,
  internal: boolean,
  at: Date,
): void {
  em.create(Message, { conversation, author, kind, body, internal, createdAt: at, updatedAt: at });
}

/** The customer's rating, a while after it was completed (never in the future). */
function rate(em: EntityManager, conversation: Conversation, spec: DemoConversation, now: number): void {
  if (!spec.rating || !conversation.resolvedAt) throw new Error(`Demo conversation "${spec.subject}": only completed ones are rated`);
  const resolved = conversation.resolvedAt.getTime();
  const at = new Date(Math.max(resolved + 1000, Math.min(resolved + (10 + noise(conversation.number) * 170) * MINUTE, now - 30_000)));
  em.create(Evaluation, { conversation, rating: spec.rating.stars, comment: spec.rating.comment, createdAt: at, updatedAt: at });
}
