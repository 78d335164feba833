import type { ReactNode } from 'react';

/**
 * `error` and `helperText` of an input: its problem when it has one (the client's after a submit attempt, or the
 * server's), else the hint; the default hint, a space, keeps the line so the form does not jump.
 */
export function problemProps(problem: ReactNode, hint: ReactNode = ' '): { error: boolean; helperText: ReactNode } {
  return { error: !!problem, helperText: problem || hint };
}
