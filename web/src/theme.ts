import { alpha, createTheme } from '@mui/material/styles';

export const BRAND_PRIMARY = '#9F7AEA';
/** The light-blue to lavender wash behind every page. */
export const BRAND_GRADIENT = 'linear-gradient(135deg, #EBF8FF 0%, #E9E4FF 100%)';
/** A deeper gradient for hero panels and accents. */
export const BRAND_ACCENT_GRADIENT = 'linear-gradient(135deg, #9F7AEA 0%, #6B8CFF 100%)';
/** The soft sky-to-lavender fill of icon tiles. */
export const SOFT_TILE_GRADIENT = 'linear-gradient(135deg, rgba(144, 205, 244, 0.35) 0%, rgba(159, 122, 234, 0.3) 100%)';

const fontFamily = [
  'Inter',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

export const theme = createTheme({
  palette: {
    primary: { main: BRAND_PRIMARY, dark: '#805AD5', light: '#B794F4', contrastText: '#FFFFFF' },
    secondary: { main: '#4299E1' },
    error: { main: '#E53E3E' },
    warning: { main: '#DD6B20' },
    success: { main: '#38A169' },
    info: { main: '#3182CE' },
    background: { default: '#F4F3FF', paper: '#FFFFFF' },
    text: { primary: '#1A202C', secondary: '#4A5568' },
    divider: 'rgba(113, 90, 180, 0.14)',
  },
  shape: { borderRadius: 12 },
  typography: {
    fontFamily,
    h1: { fontWeight: 700 },
    h2: { fontWeight: 700 },
    h3: { fontWeight: 700 },
    h4: { fontWeight: 700, letterSpacing: '-0.01em' },
    h5: { fontWeight: 700 },
    h6: { fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        // On the root element the gradient covers the whole canvas, however long the page.
        html: { minHeight: '100%', background: BRAND_GRADIENT },
        body: { minHeight: '100vh', backgroundColor: 'transparent', overflowX: 'hidden' },
        '#root': { minHeight: '100vh' },
      },
    },
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: {
        sizeLarge: { paddingBlock: 11, fontSize: '1rem' },
        root: {
          borderRadius: 10,
          paddingInline: 18,
          variants: [
            {
              // The brand colour, deepening towards the end so white text stays readable.
              props: { variant: 'contained', color: 'primary' },
              style: {
                background: `linear-gradient(135deg, ${BRAND_PRIMARY} 0%, #805AD5 100%)`,
                '&:hover': { background: 'linear-gradient(135deg, #8F66E3 0%, #6B46C1 100%)' },
                '&.Mui-disabled': { background: 'rgba(0, 0, 0, 0.12)' },
              },
            },
            { props: { variant: 'text', color: 'primary' }, style: { color: '#6B46C1' } },
            { props: { variant: 'outlined', color: 'primary' }, style: { color: '#6B46C1', borderColor: alpha(BRAND_PRIMARY, 0.6) } },
          ],
        },
      },
    },
    MuiCard: {
      defaultProps: { elevation: 0 },
      styleOverrides: {
        root: {
          borderRadius: 20,
          border: `1px solid ${alpha(BRAND_PRIMARY, 0.14)}`,
          boxShadow: '0 10px 40px -12px rgba(76, 52, 140, 0.18)',
        },
      },
    },
    MuiPaper: { styleOverrides: { rounded: { borderRadius: 16 } } },
    MuiDialog: {
      styleOverrides: {
        // On a phone a dialog keeps 16 px beside it instead of 32, so its content has room.
        paper: { '@media (max-width: 599.95px)': { margin: 16 } },
        paperFullWidth: { '@media (max-width: 599.95px)': { width: 'calc(100% - 32px)' } },
      },
    },
    MuiOutlinedInput: {
      styleOverrides: {
        root: { borderRadius: 10, backgroundColor: '#FFFFFF' },
      },
    },
    MuiAlert: { styleOverrides: { root: { borderRadius: 12 } } },
    MuiMenu: { styleOverrides: { paper: { borderRadius: 14 } } },
    MuiListItemButton: {
      styleOverrides: {
        root: {
          borderRadius: 10,
          '&.Mui-selected': {
            backgroundColor: alpha(BRAND_PRIMARY, 0.14),
            color: '#553C9A',
            '& .MuiListItemIcon-root': { color: '#6B46C1' },
          },
          '&.Mui-selected:hover': { backgroundColor: alpha(BRAND_PRIMARY, 0.2) },
        },
      },
    },
    MuiLink: { defaultProps: { underline: 'hover' }, styleOverrides: { root: { color: '#6B46C1', fontWeight: 500 } } },
  },
});
