import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskAgent } from '../hooks/useDeskAgents';
import { ActionFormDialog } from './ActionFormDialog';
import { AgentPicker } from './AgentPicker';

interface AssignDialogProps {
  open: boolean;
  number: number;
  /** The current owner: not offered again. */
  assigneeId?: string | null;
  onClose(): void;
  /** Resolves to the refusal in words, or null once assigned. */
  onAssign(agentId: string): Promise<string | null>;
}

/** Gives a conversation to an agent found by name; unlike a transfer, they own it at once. */
export function AssignDialog({ open, number, assigneeId, onClose, onAssign }: AssignDialogProps) {
  const { t } = useTranslation();
  const [agent, setAgent] = useState<DeskAgent | null>(null);

  return (
    <ActionFormDialog
      open={open}
      title={t('inbox.assign.title', { number })}
      description={t('inbox.assign.description')}
      submitLabel={t('inbox.assign.submit')}
      submittingLabel={t('inbox.assign.submitting')}
      ready={!!agent}
      onReset={() => setAgent(null)}
      onSubmit={() => onAssign(agent?.id as string)}
      onClose={onClose}
    >
      {(attempted) => (
        <AgentPicker
          label={t('inbox.assign.agent')}
          value={agent}
          onChange={setAgent}
          excludeId={assigneeId}
          problem={attempted && !agent ? t('inbox.assign.agentRequired') : null}
        />
      )}
    </ActionFormDialog>
  );
}
