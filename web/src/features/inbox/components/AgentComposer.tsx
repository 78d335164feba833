import ShortTextIcon from '@mui/icons-material/ShortText';
import { Alert, Button, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { type KeyboardEvent, type Ref, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageComposer } from '../../conversations/components/MessageComposer';
import type { OutgoingMessage } from '../../conversations/hooks/useMessageOutbox';
import { useTypingNotifier } from '../../conversations/hooks/useTypingNotifier';
import { useRenderTemplate, useReplyTemplates } from '../hooks/useReplyTemplates';
import { optionId, SlashSuggestions, type TemplateChoice } from './SlashSuggestions';
import { TemplatePickerDialog } from './TemplatePickerDialog';

export type ComposerMode = 'reply' | 'note';

interface AgentComposerProps {
  conversationId: string;
  mode: ComposerMode;
  onModeChange(mode: ComposerMode): void;
  canReply: boolean;
  canNote: boolean;
  inputRef: Ref<HTMLTextAreaElement>;
  onSend(message: OutgoingMessage): void;
}

const SLASH = /^\/([a-z0-9-]*)$/i;

/**
 * The agent's composer: a reply to the customer or a private note, with reply templates from a search or
 * from `/shortcut` typed in the field. A template's variables are filled in by the server before it lands
 * in the field, and the template is named when the message is sent (its use is counted).
 */
export function AgentComposer({ conversationId, mode, onModeChange, canReply, canNote, inputRef, onSend }: AgentComposerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [draft, setDraft] = useState('');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [insertFailed, setInsertFailed] = useState(false);
  const typing = useTypingNotifier(conversationId, mode === 'note');
  const render = useRenderTemplate(conversationId);

  const slash = SLASH.exec(draft);
  const { templates } = useReplyTemplates(slash && dismissed !== draft ? draft : null);
  const suggesting = !!slash && dismissed !== draft && templates.length > 0;

  const insert = async (template: TemplateChoice) => {
    setPickerOpen(false);
    setInsertFailed(false);
    const result = await render(template.id);
    if ('text' in result) {
      setDraft((current) => (SLASH.test(current) || !current.trim() ? result.text : `${current.trimEnd()}\n${result.text}`));
      setTemplateId(template.id);
    } else setInsertFailed(true);
  };

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!suggesting) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + templates.length) % templates.length);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void insert(templates[Math.min(active, templates.length - 1)]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissed(draft);
    }
  };

  const send = () => {
    onSend({ body: draft.trim(), internal: mode === 'note', templateId });
    setDraft('');
    setTemplateId(null);
    typing.stopped();
  };

  return (
    <>
      {canReply && canNote && (
        <ToggleButtonGroup
          exclusive
          size="small"
          value={mode}
          onChange={(_, value: ComposerMode | null) => value && onModeChange(value)}
          aria-label={t('inbox.composer.mode')}
          sx={{ alignSelf: 'flex-start' }}
        >
          <ToggleButton value="reply" aria-keyshortcuts="r">
            {t('inbox.composer.reply')}
          </ToggleButton>
          <ToggleButton value="note" aria-keyshortcuts="n" sx={{ '&.Mui-selected': { bgcolor: '#FEFCBF', color: '#744210' } }}>
            {t('inbox.composer.note')}
          </ToggleButton>
        </ToggleButtonGroup>
      )}
      <MessageComposer
        label={mode === 'note' ? t('inbox.composer.noteLabel') : t('inbox.composer.replyLabel')}
        tone={mode}
        value={draft}
        inputRef={inputRef}
        onChange={(value) => {
          setDraft(value);
          setActive(0);
          if (!value.trim()) setTemplateId(null);
          if (value.trim()) typing.typed();
          else typing.stopped();
        }}
        onKeyDown={keyDown}
        onBlur={typing.stopped}
        onSubmit={send}
        submitLabel={mode === 'note' ? t('inbox.composer.addNote') : t('inbox.composer.sendReply')}
        comboboxFor={suggesting ? { listId, activeId: optionId(listId, active) } : undefined}
        tools={
          <Button startIcon={<ShortTextIcon />} onClick={() => setPickerOpen(true)}>
            {t('inbox.templates.open')}
          </Button>
        }
      >
        {suggesting && slash && (
          <SlashSuggestions
            listId={listId}
            shortcut={slash[1]}
            templates={templates}
            active={active}
            onPick={(template) => void insert(template)}
          />
        )}
        {insertFailed && (
          <Alert severity="error" onClose={() => setInsertFailed(false)}>
            {t('inbox.templates.insertError')}
          </Alert>
        )}
      </MessageComposer>
      <TemplatePickerDialog open={pickerOpen} onClose={() => setPickerOpen(false)} onPick={(template) => void insert(template)} />
    </>
  );
}
