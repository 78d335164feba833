import { Stack, type StackProps } from '@mui/material';
import type { FormEvent, ReactNode } from 'react';
import { FormErrorAlert } from './FormErrorAlert';

type FormStackProps = Omit<StackProps<'form'>, 'component' | 'onSubmit'> & {
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  /** The form-level error, shown (and focused) above the fields. */
  error: string | null;
  children: ReactNode;
};

/** A form laid out as a column, validated by the app (not the browser), with its error alert on top. */
export function FormStack({ onSubmit, error, children, spacing = 1.5, ...props }: FormStackProps) {
  return (
    <Stack component="form" noValidate onSubmit={onSubmit} spacing={spacing} {...props}>
      <FormErrorAlert message={error} />
      {children}
    </Stack>
  );
}
