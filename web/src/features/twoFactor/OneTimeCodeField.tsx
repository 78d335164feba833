import { TextField, type TextFieldProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MONOSPACE } from '../../components/CopyableValue';
import { problemProps } from '../../components/form/problemProps';
import { type CodeKind, cleanCode } from './codeInput';

type OneTimeCodeFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'label' | 'error' | 'helperText'> & {
  kind: CodeKind;
  value: string;
  onChange(value: string): void;
  problem?: string | null;
};

/**
 * A code from an authenticator app (numeric keyboard, and the one-time-code autofill of phones) or a recovery
 * code (letters, no autofill), labelled for what it takes.
 */
export function OneTimeCodeField({ kind, value, onChange, problem, slotProps, ...props }: OneTimeCodeFieldProps) {
  const { t } = useTranslation();
  const totp = kind === 'totp';
  return (
    <TextField
      label={totp ? t('twoFactor.fields.code') : t('twoFactor.fields.recoveryCode')}
      name={totp ? 'code' : 'recoveryCode'}
      value={value}
      onChange={(event) => onChange(cleanCode(kind, event.target.value))}
      {...problemProps(problem, totp ? t('twoFactor.fields.codeHelp') : t('twoFactor.fields.recoveryCodeHelp'))}
      required
      fullWidth
      autoComplete={totp ? 'one-time-code' : 'off'}
      {...props}
      slotProps={{
        ...slotProps,
        htmlInput: {
          inputMode: totp ? 'numeric' : 'text',
          pattern: totp ? '[0-9]*' : undefined,
          // Room for a pasted `123 456`: the value keeps six digits anyway.
          maxLength: totp ? 8 : 16,
          spellCheck: false,
          autoCapitalize: totp ? 'none' : 'characters',
          style: { fontFamily: MONOSPACE, letterSpacing: totp ? '0.3em' : '0.1em' },
        },
      }}
    />
  );
}
