import { CssBaseline, ThemeProvider, Typography } from '@mui/material';
import { theme } from './theme';

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Typography variant="h4" component="h1" sx={{ p: 4 }}>
        Intelligent Customer Service
      </Typography>
    </ThemeProvider>
  );
}
