import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { apiErrorText, type TranslationKey } from '../../../components/apiErrorText';
import {
  AcceptTransferDocument,
  AssignConversationDocument,
  ClaimConversationDocument,
  type ConversationViewerFieldsFragment,
  type Priority,
  SetConversationPriorityDocument,
  SetConversationStatusDocument,
  SetConversationTagsDocument,
  TransferConversationDocument,
} from '../../../graphql/generated/graphql';

const KNOWN_CONFLICTS = new Set(['AT_CAPACITY', 'NOT_PENDING', 'VERSION', 'NOT_TRANSFERRED', 'COMPLETED', 'SELF']);

export interface TransferTarget {
  toAgentId?: string;
  toTeamId?: string;
  reason: string;
}

export interface ConversationActions {
  busy: boolean;
  /** Why the last action was refused, in words; null after a success. */
  problem: string | null;
  dismiss(): void;
  claim(): Promise<boolean>;
  accept(): Promise<boolean>;
  complete(): Promise<boolean>;
  release(): Promise<boolean>;
  setPriority(priority: Priority): Promise<boolean>;
  setTags(tagIds: string[]): Promise<boolean>;
  /** The reason in words when refused (shown in the transfer dialog), null when done. */
  transfer(target: TransferTarget): Promise<string | null>;
  /** Gives it to an agent (for those who may assign): the reason in words when refused, null when done. */
  assign(agentId: string): Promise<string | null>;
}

/**
 * The agent's moves on one conversation. Each answer carries the conversation as the viewer now sees it, so
 * the cache (and every view of it) updates at once; races come back as CONFLICT with a reason, said in words,
 * and a conversation changed meanwhile (VERSION) is read again.
 */
export function useConversationActions(conversation: ConversationViewerFieldsFragment, reload: () => void): ConversationActions {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [claim, claimState] = useMutation(ClaimConversationDocument);
  const [accept, acceptState] = useMutation(AcceptTransferDocument);
  const [setStatus, statusState] = useMutation(SetConversationStatusDocument);
  const [setPriority, priorityState] = useMutation(SetConversationPriorityDocument);
  const [setTags, tagsState] = useMutation(SetConversationTagsDocument);
  const [transfer, transferState] = useMutation(TransferConversationDocument);
  const [assign, assignState] = useMutation(AssignConversationDocument);
  const { id, version } = conversation;

  const explain = useCallback(
    (error: ApiError | null, forSomeoneElse = false): string => {
      if (!error) return t('errors.unexpected');
      // Assigning: the capacity that stands in the way is the chosen agent's, not the viewer's.
      if (forSomeoneElse && error.code === 'CONFLICT' && error.reason === 'AT_CAPACITY') return t('inbox.assign.atCapacity');
      if (forSomeoneElse && error.code === 'NOT_FOUND') return t('inbox.assign.notFound');
      if (error.code === 'CONFLICT' && error.reason && KNOWN_CONFLICTS.has(error.reason)) {
        return t(`inbox.actions.conflict.${error.reason}` as TranslationKey);
      }
      return apiErrorText(t, error);
    },
    [t],
  );

  const run = useCallback(
    async (action: () => Promise<unknown>, quiet = false, forSomeoneElse = false): Promise<string | null> => {
      setProblem(null);
      try {
        await action();
        return null;
      } catch (caught) {
        const error = apiErrorOf(caught);
        const text = explain(error, forSomeoneElse);
        if (!quiet) setProblem(text);
        if (error?.code === 'CONFLICT' || (error?.code === 'NOT_FOUND' && !forSomeoneElse)) reload();
        return text;
      }
    },
    [explain, reload],
  );
  const ok = (result: Promise<string | null>) => result.then((text) => text === null);

  return {
    busy: [claimState, acceptState, statusState, priorityState, tagsState, transferState, assignState].some((state) => state.loading),
    problem,
    dismiss: () => setProblem(null),
    claim: () => ok(run(() => claim({ variables: { id, expectedVersion: version } }))),
    accept: () => ok(run(() => accept({ variables: { id } }))),
    complete: () => ok(run(() => setStatus({ variables: { id, status: 'COMPLETED', expectedVersion: version } }))),
    release: () => ok(run(() => setStatus({ variables: { id, status: 'PENDING', expectedVersion: version } }))),
    setPriority: (priority) => ok(run(() => setPriority({ variables: { id, priority } }))),
    setTags: (tagIds) => ok(run(() => setTags({ variables: { id, tagIds } }))),
    transfer: (target) => run(() => transfer({ variables: { input: { id, expectedVersion: version, ...target } } }), true),
    assign: (agentId) => run(() => assign({ variables: { id, assigneeId: agentId } }), true, true),
  };
}
