import { Box, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PasswordStrengthResult, PasswordStrengthState } from '../hooks/usePasswordStrength';

/**
 * Colour and label of each zxcvbn score, 0 (very weak) to 4 (very strong): the bars in the bright colour, the
 * label in a deeper shade of it that reads at 4.5:1 or more on white.
 */
export const STRENGTH_LEVELS = [
  { colour: '#E53E3E', text: '#C53030', label: 'auth.password.strength.0' },
  { colour: '#DD6B20', text: '#C05621', label: 'auth.password.strength.1' },
  { colour: '#D69E2E', text: '#975A16', label: 'auth.password.strength.2' },
  { colour: '#38A169', text: '#2F855A', label: 'auth.password.strength.3' },
  { colour: '#2F855A', text: '#276749', label: 'auth.password.strength.4' },
] as const;

const PROBLEMS = {
  tooShort: 'auth.password.problems.tooShort',
  tooLong: 'auth.password.problems.tooLong',
  personalInfo: 'auth.password.problems.personalInfo',
  weakPassword: 'auth.password.problems.weakPassword',
} as const;

/**
 * Why the server refuses the password, in the interface language: the `problem` code translated, except that a
 * merely weak password keeps zxcvbn's more specific warning (the server writes it in the language we asked for).
 */
function problemText(t: TFunction, strength: PasswordStrengthResult): string | null {
  const key = strength.problem ? PROBLEMS[strength.problem as keyof typeof PROBLEMS] : undefined;
  if (strength.problem === 'weakPassword' && strength.warning) return strength.warning;
  return key ? String(t(key)) : strength.warning;
}

/**
 * Five coloured bars, a label, why the password is refused and the server's suggestions. Announced politely to
 * screen readers.
 */
export function PasswordStrengthMeter({ id, strength, checking }: PasswordStrengthState & { id: string }) {
  const { t } = useTranslation();
  const score = strength ? Math.max(0, Math.min(4, strength.score)) : -1;
  const level = score >= 0 ? STRENGTH_LEVELS[score] : null;
  const problem = strength ? problemText(t, strength) : null;
  const tips = strength ? strength.suggestions.filter((tip) => tip && tip !== problem) : [];

  return (
    <Box
      id={id}
      data-testid="password-strength"
      data-score={score}
      data-acceptable={strength?.acceptable ?? ''}
      data-problem={strength?.problem ?? ''}
      sx={{ mt: -0.5 }}
    >
      <Box
        role="meter"
        aria-label={t('auth.password.strength.label')}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={Math.max(score, 0)}
        aria-valuetext={level ? t(level.label) : t(checking ? 'auth.password.strength.checking' : 'auth.password.strength.hint')}
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(5, 1fr)', gap: 0.75, opacity: checking && !strength ? 0.5 : 1 }}
      >
        {STRENGTH_LEVELS.map((_, index) => (
          <Box
            // biome-ignore lint/suspicious/noArrayIndexKey: five fixed bars
            key={index}
            sx={{
              height: 6,
              borderRadius: '3px',
              bgcolor: level && index <= score ? level.colour : 'rgba(113, 90, 180, 0.14)',
              transition: 'background-color 160ms ease',
            }}
          />
        ))}
      </Box>
      <Box aria-live="polite" sx={{ mt: 0.75 }}>
        <Typography variant="body2" sx={{ fontWeight: level ? 700 : 400, color: level ? level.text : 'text.secondary' }}>
          {level
            ? t('auth.password.strength.value', { level: t(level.label) })
            : t(checking ? 'auth.password.strength.checking' : 'auth.password.strength.hint')}
        </Typography>
        {problem && (
          <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="password-problem">
            {problem}
          </Typography>
        )}
        {tips.length > 0 && (
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5, color: 'text.secondary', typography: 'body2' }}>
            {tips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </Box>
        )}
      </Box>
    </Box>
  );
}
