import { CssBaseline, ThemeProvider } from '@mui/material';
import { AppErrorBoundary } from './components/AppErrorBoundary';
import { SessionGate } from './components/SessionGate';
import { AuthProvider } from './features/auth/AuthProvider';
import { theme } from './theme';

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <AppErrorBoundary>
        <AuthProvider>
          <SessionGate />
        </AuthProvider>
      </AppErrorBoundary>
    </ThemeProvider>
  );
}
