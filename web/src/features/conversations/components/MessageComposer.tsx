import SendIcon from '@mui/icons-material/Send';
import { Box, Button, TextField } from '@mui/material';
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';

interface MessageComposerProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onSubmit(): void;
  submitLabel: string;
  placeholder?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
  /** Runs before the composer's own keys (Enter sends); call preventDefault to take a key. */
  onKeyDown?(event: KeyboardEvent<HTMLTextAreaElement>): void;
  onBlur?(): void;
  /** Private notes look different from replies while being written. */
  tone?: 'reply' | 'note';
  /** Buttons beside the send button (templates…). */
  tools?: ReactNode;
  /** Shown under the field (a notice, a list of templates…). */
  children?: ReactNode;
  /** While the field offers a list to choose from (combobox pattern): the list and its active option. */
  comboboxFor?: { listId: string; activeId: string };
}

/** A message field: Enter sends, Shift+Enter starts a new line, and typing with an IME never sends by accident. */
export function MessageComposer({
  label,
  value,
  onChange,
  onSubmit,
  submitLabel,
  placeholder,
  disabled,
  inputRef,
  onKeyDown,
  onBlur,
  tone = 'reply',
  tools,
  children,
  comboboxFor,
}: MessageComposerProps) {
  const { t } = useTranslation();
  const empty = value.trim() === '';

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (!empty && !disabled) onSubmit();
    }
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty && !disabled) onSubmit();
      }}
      sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      <TextField
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        placeholder={placeholder}
        disabled={disabled}
        multiline
        minRows={2}
        maxRows={8}
        fullWidth
        inputRef={inputRef}
        helperText={t('conversation.composer.hint')}
        slotProps={{
          htmlInput: {
            'data-testid': 'composer-input',
            maxLength: 10000,
            onKeyDown: keyDown,
            ...(comboboxFor
              ? {
                  role: 'combobox',
                  'aria-expanded': true,
                  'aria-controls': comboboxFor.listId,
                  'aria-activedescendant': comboboxFor.activeId,
                }
              : {}),
          },
          input: { sx: tone === 'note' ? { bgcolor: '#FFFBEB' } : undefined },
        }}
      />
      {children}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'flex-end', gap: 1 }}>
        {tools}
        <Button type="submit" variant="contained" endIcon={<SendIcon />} disabled={disabled || empty}>
          {submitLabel}
        </Button>
      </Box>
    </Box>
  );
}
