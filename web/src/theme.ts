import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
  palette: { primary: { main: '#9F7AEA' } },
  shape: { borderRadius: 10 },
});
