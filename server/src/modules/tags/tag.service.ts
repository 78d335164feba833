import type { EntityManager } from '@mikro-orm/core';
import { containsText } from '../../db/text-match.js';
import { transactionalUnique } from '../../db/unique-violation.js';
import { badInput, conflict, notFound } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { AuditService } from '../audit/audit.service.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { Tag, TagSource } from './tag.entity.js';

/** The tag list is a small vocabulary: it is sent whole (no pages), capped here. */
export const MAX_TAGS = 500;
const DEFAULT_COLOUR = '#9F7AEA';
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Tags: the desk's vocabulary for conversations. Names are unique ignoring case; every change is audited. */
export class TagService {
  constructor(private readonly audit: AuditService) {}

  /** Every tag (or those whose name contains `query`), sorted by name as people read it. */
  async list(em: EntityManager, query?: string | null): Promise<Tag[]> {
    const text = query?.trim() ?? '';
    if (text.length > 60) throw badInput([{ field: 'query', message: 'Search for at most 60 characters.', code: 'maxLength' }]);
    const tags = await em.find(Tag, text ? containsText<Tag>('name', text) : {}, { orderBy: { name: 'asc' }, limit: MAX_TAGS });
    return tags.sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
  }

  /** People create MANUAL tags only: AI tags are the assistant's. */
  create(em: EntityManager, viewer: Viewer, input: { name: string; colour?: string | null }, origin: RequestOrigin): Promise<Tag> {
    const name = cleanName(input.name);
    const colour = (input.colour ?? DEFAULT_COLOUR).toUpperCase();
    return transactionalUnique(em, /tags[._]name/, nameTaken, async (tx) => {
      await assertNameFree(tx, name);
      const tag = tx.create(Tag, { name, colour, source: TagSource.MANUAL });
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'tag.create',
        targetType: 'Tag',
        targetId: tag.id,
        detail: { name, colour },
        ...origin,
      });
      return tag;
    });
  }

  update(
    em: EntityManager,
    viewer: Viewer,
    id: string,
    input: { name?: string | null; colour?: string | null },
    origin: RequestOrigin,
  ): Promise<Tag> {
    const name = input.name === null || input.name === undefined ? null : cleanName(input.name);
    const colour = input.colour?.toUpperCase() ?? null;
    return transactionalUnique(em, /tags[._]name/, nameTaken, async (tx) => {
      const tag = await findTag(tx, id);
      const changes: Record<string, { from: string; to: string }> = {};
      if (name !== null && name !== tag.name) {
        // The assistant finds its tags by name: renaming one would make it create the old name again.
        if (tag.source === TagSource.AI) throw conflict('The assistant’s tags keep their names.', { reason: 'AI_TAG', field: 'name' });
        await assertNameFree(tx, name, tag.id);
        changes.name = { from: tag.name, to: name };
        tag.name = name;
      }
      if (colour !== null && colour !== tag.colour) {
        changes.colour = { from: tag.colour, to: colour };
        tag.colour = colour;
      }
      if (Object.keys(changes).length === 0) return tag;
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'tag.update',
        targetType: 'Tag',
        targetId: tag.id,
        detail: changes,
        ...origin,
      });
      return tag;
    });
  }

  /** Deletes a tag; the database removes it from every conversation (the pivot rows cascade). Returns its id. */
  delete(em: EntityManager, viewer: Viewer, id: string, origin: RequestOrigin): Promise<string> {
    return transactionalUnique(em, /tags[._]name/, nameTaken, async (tx) => {
      const tag = await findTag(tx, id);
      const conversations = await tx.count(Conversation, { tags: tag.id });
      tx.remove(tag);
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'tag.delete',
        targetType: 'Tag',
        targetId: id,
        detail: { name: tag.name, source: tag.source, conversations },
        ...origin,
      });
      return id;
    });
  }
}

/** Trimmed, inner runs of spaces made one: "VIP  customer " and "VIP customer" are the same tag. */
function cleanName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) throw badInput([{ field: 'name', message: 'Give the tag a name.', code: 'blank' }]);
  return name;
}

async function findTag(tx: EntityManager, id: string): Promise<Tag> {
  const tag = await tx.findOne(Tag, { id });
  if (!tag) throw notFound('Tag');
  return tag;
}

/**
 * Names are compared ignoring case here, in JavaScript: SQLite's lower() folds only ASCII, and the whole
 * vocabulary is a few hundred short names. Writes are serialized on SQLite, so the check cannot race there.
 */
async function assertNameFree(tx: EntityManager, name: string, exceptId?: string): Promise<void> {
  const wanted = name.toLowerCase();
  const tags = await tx.find(Tag, {}, { fields: ['name'] });
  if (tags.some((t) => t.id !== exceptId && t.name.toLowerCase() === wanted)) throw nameTaken();
}

function nameTaken() {
  return conflict('A tag with this name exists already.', { reason: 'TAKEN', field: 'name' });
}
