import { createTheme } from '@mui/material/styles';
import { theme } from '../../theme';

/** The darker half of the brand colour: white text on it reads at 4.8:1 and up (on #9F7AEA only 3.3:1). */
const STRONG = 'linear-gradient(135deg, #805AD5 0%, #6B46C1 100%)';

/**
 * The app theme with text on the brand colour at WCAG AA contrast, for the portal and the agent workspace,
 * where people read and press these all day: filled buttons start from the darker purple, and a focused
 * field's label uses it too (#9F7AEA text on white is 3.3:1). Candidates for the app theme itself.
 */
export const deskTheme = createTheme(theme, {
  components: {
    MuiButton: {
      styleOverrides: {
        root: {
          variants: [
            {
              props: { variant: 'contained', color: 'primary' },
              style: {
                background: STRONG,
                '&:hover': { background: 'linear-gradient(135deg, #6B46C1 0%, #553C9A 100%)' },
                '&.Mui-disabled': { background: 'rgba(0, 0, 0, 0.12)' },
              },
            },
            { props: { variant: 'text', color: 'primary' }, style: { color: '#6B46C1' } },
            { props: { variant: 'outlined', color: 'primary' }, style: { color: '#6B46C1', borderColor: 'rgba(159, 122, 234, 0.6)' } },
          ],
        },
      },
    },
    MuiFormLabel: { styleOverrides: { root: { '&.Mui-focused': { color: '#6B46C1' } } } },
  },
});
