import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loaderFor } from '../../graphql/loaders.js';
import { requireViewer } from '../../graphql/viewer.js';
import { Conversation } from '../conversations/conversation.entity.js';
import { Evaluation } from './evaluation.entity.js';
import { SubmitEvaluationInput } from './evaluation.inputs.js';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Mutation(() => Evaluation, { description: 'Rate your own completed conversation, once.' })
  submitEvaluation(@Arg('input') input: SubmitEvaluationInput, @Ctx() ctx: Context): Promise<Evaluation> {
    return ctx.services.evaluations.submit(ctx.em, requireViewer(ctx), input, ctx.origin);
  }

  @FieldResolver(() => Conversation)
  conversation(@Root() evaluation: Evaluation): Promise<Conversation> {
    return evaluation.conversation.load({ dataloader: true }) as Promise<Conversation>;
  }
}

/** `Conversation.evaluation`: kept here, beside the evaluations, instead of in the conversation resolver. */
@Resolver(() => Conversation)
export class ConversationEvaluationResolver {
  @FieldResolver(() => Evaluation, { nullable: true, description: 'The customer’s rating, once given.' })
  evaluation(@Root() conversation: Conversation, @Ctx() ctx: Context): Promise<Evaluation | null> {
    return loaderFor(ctx, 'evaluationOf', async (ids) => {
      const rows = await ctx.em.find(Evaluation, { conversation: { $in: [...ids] } });
      const byConversation = new Map(rows.map((row) => [row.conversation.id, row]));
      return ids.map((id) => byConversation.get(id) ?? null);
    }).load(conversation.id);
  }
}
