import { alpha, createTheme } from '@mui/material/styles';

export const BRAND_PRIMARY = '#9F7AEA';
/**
 * The brand colour for text, and behind white text: #9F7AEA reads at only 3.3:1 on white, #6B46C1 at 6.4:1
 * (WCAG AA asks 4.5:1 for text). #9F7AEA stays for fills, borders and accents without text.
 */
export const BRAND_TEXT = '#6B46C1';
/** The darker half of the brand colour behind white text: 4.8:1 and up. */
const BRAND_STRONG_GRADIENT = `linear-gradient(135deg, #805AD5 0%, ${BRAND_TEXT} 100%)`;
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
    // #E53E3E was 4.1:1 on white for error labels and messages; this red reads at 5.5:1.
    error: { main: '#C53030' },
    // Deep enough for white text on them and for them as text on white (4.5:1 and up): status chips, alerts.
    warning: { main: '#C05621' },
    success: { main: '#2F855A' },
    info: { main: '#2B6CB0' },
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
              // The darker half of the brand colour, so the white text reads at AA contrast from end to end.
              props: { variant: 'contained', color: 'primary' },
              style: {
                background: BRAND_STRONG_GRADIENT,
                '&:hover': { background: `linear-gradient(135deg, ${BRAND_TEXT} 0%, #553C9A 100%)` },
                '&.Mui-disabled': { background: 'rgba(0, 0, 0, 0.12)' },
              },
            },
            { props: { variant: 'text', color: 'primary' }, style: { color: BRAND_TEXT } },
            { props: { variant: 'outlined', color: 'primary' }, style: { color: BRAND_TEXT, borderColor: alpha(BRAND_PRIMARY, 0.6) } },
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
    // A focused field's label in the brand colour would read at 3.3:1.
    MuiFormLabel: { styleOverrides: { root: { '&.Mui-focused:not(.Mui-error)': { color: BRAND_TEXT } } } },
    MuiChip: {
      styleOverrides: {
        root: { variants: [{ props: { variant: 'outlined', color: 'primary' }, style: { color: BRAND_TEXT } }] },
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
            '& .MuiListItemIcon-root': { color: BRAND_TEXT },
          },
          '&.Mui-selected:hover': { backgroundColor: alpha(BRAND_PRIMARY, 0.2) },
        },
      },
    },
    MuiLink: { defaultProps: { underline: 'hover' }, styleOverrides: { root: { color: BRAND_TEXT, fontWeight: 500 } } },
  },
});
