import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { containsText, startsWithText } from '../../db/text-match.js';
import { transactionalUnique } from '../../db/unique-violation.js';
import { type KeysetOrder, paginate } from '../../graphql/connection.js';
import { badInput, conflict, notFound } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ConversationService } from '../conversations/conversation.service.js';
import { User } from '../users/user.entity.js';
import { ReplyTemplate } from './reply-template.entity.js';
import { renderTemplate } from './reply-template.render.js';

/** The most used first (what agents reach for), then by title; the id keeps pages stable. */
const ORDER: KeysetOrder[] = [
  { property: 'usageCount', direction: 'desc' },
  { property: 'title', direction: 'asc' },
  { property: 'id', direction: 'asc' },
];
const NOTHING = { id: { $in: [] as string[] } };
const SHORTCUT_PREFIX = /^[a-z0-9-]*$/;

export interface TemplateFields {
  title: string;
  body: string;
  shortcut: string;
  intent?: string | null;
  locale: string;
}

export interface TemplateFilter {
  query?: string | null;
  intent?: string | null;
  locale?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Reply templates: shared by the desk, managed by those with `template:manage`, every change audited. */
export class ReplyTemplateService {
  constructor(
    private readonly conversations: ConversationService,
    private readonly audit: AuditService,
  ) {}

  list(em: EntityManager, filter: TemplateFilter) {
    const where: FilterQuery<ReplyTemplate>[] = [];
    if (filter.intent) where.push({ intent: filter.intent });
    if (filter.locale) where.push({ locale: filter.locale });
    const text = filter.query?.trim();
    if (text) where.push(matching(text));
    return paginate(em, ReplyTemplate, where.length ? { $and: where } : {}, ORDER, filter);
  }

  /** The body with its variables filled for a conversation the viewer may see, written by the viewer. */
  async render(em: EntityManager, viewer: Viewer, templateId: string, conversationId: string): Promise<string> {
    const template = await em.findOne(ReplyTemplate, { id: templateId });
    if (!template) throw notFound('Reply template');
    const conversation = await this.conversations.get(em, viewer, conversationId);
    const customer = (await conversation.customer.load()) as User;
    return renderTemplate(template.body, {
      'customer.name': customer.displayName,
      'agent.name': viewer.user.displayName,
      'conversation.number': String(conversation.number),
    });
  }

  create(em: EntityManager, viewer: Viewer, input: TemplateFields, origin: RequestOrigin): Promise<ReplyTemplate> {
    const fields = { ...input, title: clean('title', input.title), body: clean('body', input.body), intent: input.intent ?? null };
    return transactionalUnique(em, /reply_templates[._]shortcut/, shortcutTaken, async (tx) => {
      await assertShortcutFree(tx, fields.shortcut);
      const template = tx.create(ReplyTemplate, { ...fields, createdBy: tx.getReference(User, viewer.user.id, { wrapped: true }) });
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'template.create',
        targetType: 'ReplyTemplate',
        targetId: template.id,
        detail: { title: fields.title, shortcut: fields.shortcut, intent: fields.intent, locale: fields.locale },
        ...origin,
      });
      return template;
    });
  }

  /** Changes what is given; `intent: null` removes the intent, other nulls keep the value. */
  update(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    input: { [K in keyof TemplateFields]?: TemplateFields[K] | null },
    origin: RequestOrigin,
  ): Promise<ReplyTemplate> {
    const wanted: Partial<Record<keyof TemplateFields, string | null>> = {};
    if (input.title != null) wanted.title = clean('title', input.title);
    if (input.body != null) wanted.body = clean('body', input.body);
    if (input.shortcut != null) wanted.shortcut = input.shortcut;
    if (input.locale != null) wanted.locale = input.locale;
    if (input.intent !== undefined) wanted.intent = input.intent;
    return transactionalUnique(em, /reply_templates[._]shortcut/, shortcutTaken, async (tx) => {
      const template = await tx.findOne(ReplyTemplate, { id });
      if (!template) throw notFound('Reply template');
      const changed = (Object.keys(wanted) as (keyof TemplateFields)[]).filter((key) => (template[key] ?? null) !== wanted[key]);
      if (changed.length === 0) return template;
      if (changed.includes('shortcut')) await assertShortcutFree(tx, wanted.shortcut as string, template.id);
      tx.assign(template, Object.fromEntries(changed.map((key) => [key, wanted[key]])));
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'template.update',
        targetType: 'ReplyTemplate',
        targetId: template.id,
        // The body can be long: the audit says that it changed, not what it says.
        detail: { changed, title: template.title, shortcut: template.shortcut ?? null },
        ...origin,
      });
      return template;
    });
  }

  /** Deletes a template; answers its id. */
  delete(em: EntityManager, viewer: Viewer, id: string, origin: RequestOrigin): Promise<string> {
    return transactionalUnique(em, /reply_templates[._]shortcut/, shortcutTaken, async (tx) => {
      const template = await tx.findOne(ReplyTemplate, { id });
      if (!template) throw notFound('Reply template');
      tx.remove(template);
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'template.delete',
        targetType: 'ReplyTemplate',
        targetId: id,
        detail: { title: template.title, shortcut: template.shortcut ?? null, usageCount: template.usageCount },
        ...origin,
      });
      return id;
    });
  }
}

/**
 * `/ref` is what an agent types in the composer: shortcuts starting with `ref`. Anything else matches
 * the title or the shortcut anywhere, ignoring case.
 */
function matching(text: string): FilterQuery<ReplyTemplate> {
  if (text.startsWith('/')) {
    const prefix = text.slice(1).trim().toLowerCase();
    if (!SHORTCUT_PREFIX.test(prefix)) return NOTHING;
    return prefix ? startsWithText<ReplyTemplate>('shortcut', prefix) : { shortcut: { $ne: null } };
  }
  return { $or: [containsText<ReplyTemplate>('title', text), containsText<ReplyTemplate>('shortcut', text)] };
}

function clean(field: 'title' | 'body', value: string): string {
  const text = value.trim();
  if (!text) throw badInput([{ field, message: field === 'title' ? 'Give the template a title.' : 'Write the reply.', code: 'blank' }]);
  return text;
}

async function assertShortcutFree(tx: EntityManager, shortcut: string, exceptId?: string): Promise<void> {
  const taken = await tx.findOne(ReplyTemplate, { shortcut, ...(exceptId ? { id: { $ne: exceptId } } : {}) }, { fields: ['id'] });
  if (taken) throw shortcutTaken();
}

function shortcutTaken() {
  return conflict('Another template uses this shortcut.', { reason: 'TAKEN', field: 'shortcut' });
}
