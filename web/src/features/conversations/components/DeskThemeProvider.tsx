import { ThemeProvider } from '@mui/material';
import type { ReactNode } from 'react';
import { deskTheme } from '../deskTheme';

/** The portal's and the workspace's pages, with the AA-contrast variant of the theme. */
export function DeskThemeProvider({ children }: { children: ReactNode }) {
  return <ThemeProvider theme={deskTheme}>{children}</ThemeProvider>;
}
