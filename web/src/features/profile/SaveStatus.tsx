import { type SxProps, type Theme, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../apollo/errors';
import { formErrorText } from '../../components/apiErrorText';

interface SaveStatusProps {
  id?: string;
  saving: boolean;
  error: ApiError | null;
  /** Shown after a save went through. */
  saved: ReactNode;
  /** Whether the last save went through (and nothing has changed since). */
  done: boolean;
  /** Shown otherwise; nothing when omitted. */
  hint?: ReactNode;
  sx?: SxProps<Theme>;
}

/** A line under a setting that saves as soon as it is changed: the problem, "Saving…", the confirmation or the hint. */
export function SaveStatus({ id, saving, error, saved, done, hint, sx }: SaveStatusProps) {
  const { t } = useTranslation();
  const text = error ? formErrorText(t, error, []) : saving ? t('account.profile.saving') : done ? saved : hint;
  return (
    <Typography
      id={id}
      variant="body2"
      color={error ? 'error' : 'text.secondary'}
      aria-live="polite"
      data-testid="save-status"
      sx={sx}
      data-state={error ? 'error' : saving ? 'saving' : done ? 'saved' : 'idle'}
    >
      {text}
    </Typography>
  );
}
