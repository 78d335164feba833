import { Alert } from '@mui/material';
import { useEffect, useRef } from 'react';

/** The form-level error: announced, and focused so keyboard and screen-reader users notice it. */
export function FormErrorAlert({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <Alert ref={ref} severity="error" role="alert" tabIndex={-1} data-testid="form-error" sx={{ outline: 'none' }}>
      {message}
    </Alert>
  );
}
