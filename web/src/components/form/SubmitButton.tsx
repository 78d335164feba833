import { Button, type ButtonProps, CircularProgress } from '@mui/material';
import type { ReactNode } from 'react';

type SubmitButtonProps = Omit<ButtonProps, 'children'> & {
  loading: boolean;
  label: ReactNode;
  /** Shown instead of `label` while the request is under way. */
  loadingLabel: ReactNode;
};

/** A form's main button (or a dialog's confirm button, with `type="button"`): disabled with a spinner and "…ing" label while its request is under way. */
export function SubmitButton({ loading, label, loadingLabel, disabled, ...props }: SubmitButtonProps) {
  return (
    <Button
      type="submit"
      variant="contained"
      size="large"
      disabled={loading || disabled}
      startIcon={loading ? <CircularProgress size={18} color="inherit" aria-hidden="true" /> : undefined}
      {...props}
    >
      {loading ? loadingLabel : label}
    </Button>
  );
}
