import type { EntityManager } from '@mikro-orm/core';
import { transactionalUnique } from '../../db/unique-violation.js';
import { conflict, notFound } from '../../graphql/errors.js';
import type { RequestOrigin, Viewer } from '../../graphql/viewer.js';
import type { AuditService } from '../audit/audit.service.js';
import { mayRate } from '../conversations/conversation.policy.js';
import { type ConversationService, factsOf } from '../conversations/conversation.service.js';
import { Evaluation } from './evaluation.entity.js';

export interface EvaluationFields {
  conversationId: string;
  rating: number;
  comment?: string | null;
}

/** Customers rate their completed conversations, once; the unique index keeps it once under races too. */
export class EvaluationService {
  constructor(
    private readonly conversations: ConversationService,
    private readonly audit: AuditService,
  ) {}

  async submit(em: EntityManager, viewer: Viewer, input: EvaluationFields, origin: RequestOrigin): Promise<Evaluation> {
    const comment = input.comment?.trim() || null;
    // A concurrent submit that committed first (possible on PostgreSQL) is refused by the unique index.
    const evaluation = await transactionalUnique(em, /evaluations[._]conversation/, alreadyRated, async (tx) => {
      const conversation = await this.conversations.get(tx, viewer, input.conversationId);
      // Only its customer rates it; to anyone else (a custom role reading every conversation) it does not exist.
      if (conversation.customer.id !== viewer.user.id) throw notFound('Conversation');
      if ((await tx.count(Evaluation, { conversation: conversation.id })) > 0) throw alreadyRated();
      if (!mayRate(viewer, factsOf(conversation, false))) {
        throw conflict('You can rate a conversation once it is completed.', { reason: 'NOT_COMPLETED', status: conversation.status });
      }
      const created = tx.create(Evaluation, { conversation, rating: input.rating, comment });
      await tx.flush();
      await this.audit.recordIn(tx, {
        actorId: viewer.user.id,
        action: 'evaluation.submit',
        targetType: 'Conversation',
        targetId: conversation.id,
        detail: { evaluationId: created.id, number: conversation.number, rating: input.rating, comment: comment !== null },
        ...origin,
      });
      return created;
    });
    // The desk sees ratings arrive live, and the customer's other tabs stop offering to rate.
    await this.conversations.publishChanged(em, evaluation.conversation.getEntity());
    return evaluation;
  }
}

function alreadyRated() {
  return conflict('You have rated this conversation already.', { reason: 'ALREADY_EVALUATED' });
}
