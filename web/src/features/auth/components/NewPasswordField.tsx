import { type Ref, useId } from 'react';
import { problemProps } from '../../../components/form/problemProps';
import type { PasswordStrengthState } from '../hooks/usePasswordStrength';
import { PASSWORD_MAX_LENGTH } from '../validation';
import { PasswordField } from './PasswordField';
import { PasswordStrengthMeter } from './PasswordStrengthMeter';

interface NewPasswordFieldProps {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  strength: PasswordStrengthState;
  /** The problem to show under the input (the meter below explains it). */
  problem?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

/** A new password with the server's live strength meter under it, described by both for screen readers. */
export function NewPasswordField({ label, name, value, onChange, strength, problem, inputRef, autoFocus }: NewPasswordFieldProps) {
  const id = useId();
  const meterId = useId();
  return (
    <>
      <PasswordField
        inputRef={inputRef}
        id={id}
        label={label}
        name={name}
        autoComplete="new-password"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...problemProps(problem, null)}
        required
        fullWidth
        autoFocus={autoFocus}
        slotProps={{
          htmlInput: { maxLength: PASSWORD_MAX_LENGTH, 'aria-describedby': problem ? `${id}-helper-text ${meterId}` : meterId },
        }}
      />
      <PasswordStrengthMeter id={meterId} {...strength} />
    </>
  );
}
