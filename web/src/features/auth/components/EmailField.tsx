import { TextField, type TextFieldProps } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemProps } from '../../../components/form/problemProps';
import { EMAIL_MAX_LENGTH } from '../validation';

type EmailFieldProps = Omit<TextFieldProps, 'type' | 'error' | 'helperText'> & {
  /** The problem to show under the input; nothing (but the reserved line) when empty. */
  problem?: ReactNode;
};

/** The email input of the auth forms: email keyboard, no autocapitalisation or spell check. */
export function EmailField({ problem, ...props }: EmailFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('auth.fields.email')}
      name="email"
      autoComplete="email"
      required
      fullWidth
      {...props}
      type="email"
      {...problemProps(problem)}
      slotProps={{ htmlInput: { inputMode: 'email', autoCapitalize: 'none', spellCheck: false, maxLength: EMAIL_MAX_LENGTH } }}
    />
  );
}
