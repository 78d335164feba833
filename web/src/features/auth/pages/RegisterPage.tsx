import { useMutation } from '@apollo/client/react';
import { Button, CircularProgress, Link, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { apiErrorText, fieldErrorsOf, formatWait } from '../../../components/apiErrorText';
import { RegisterDocument } from '../../../graphql/generated/graphql';
import { LANGUAGES, type Language, toSupportedLanguage } from '../../../i18n';
import { paths } from '../../../paths';
import { AuthLayout } from '../components/AuthLayout';
import { FormErrorAlert } from '../components/FormErrorAlert';
import { PasswordField } from '../components/PasswordField';
import { PasswordStrengthMeter } from '../components/PasswordStrengthMeter';
import { useAuth } from '../hooks/useAuth';
import { usePasswordStrength } from '../hooks/usePasswordStrength';
import { DISPLAY_NAME_MAX_LENGTH, isValidEmail, PASSWORD_MAX_LENGTH } from '../validation';

/** `/register`: a customer account. Signs in straight away; PublicOnlyRoute then opens the portal. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const { signIn } = useAuth();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<Language | null>(null);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const meterId = useId();
  const passwordId = useId();
  const [register, { loading }] = useMutation(RegisterDocument);
  const strength = usePasswordStrength(password, { email, displayName });

  // The account's language (for mails) follows the interface language until chosen explicitly.
  const accountLocale = locale ?? toSupportedLanguage(i18n.language);
  const nameProblem = !displayName.trim() ? t('validation.nameRequired') : null;
  const emailProblem = !email.trim() ? t('validation.emailRequired') : !isValidEmail(email) ? t('validation.emailInvalid') : null;
  const passwordProblem = !password
    ? t('validation.passwordRequired')
    : strength.strength && !strength.checking && !strength.strength.acceptable
      ? t('auth.password.tooWeak')
      : null;
  const serverFields = fieldErrorsOf(t, error);
  if (error?.code === 'CONFLICT') serverFields.email = t('auth.register.emailTaken');

  const passwordHelper = (touched && passwordProblem) || serverFields.password || undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched(true);
    if (nameProblem || emailProblem || passwordProblem) {
      if (passwordProblem && !nameProblem && !emailProblem) passwordRef.current?.focus();
      return;
    }
    setError(null);
    try {
      const { data } = await register({
        variables: { input: { displayName: displayName.trim(), email: email.trim(), password, locale: accountLocale } },
      });
      if (data) signIn(data.register);
    } catch (caught) {
      setError(apiErrorOf(caught));
    }
  };

  const showFormError = error && error.code !== 'CONFLICT' && !(error.code === 'BAD_USER_INPUT' && error.fields.length > 0);
  const formError = showFormError
    ? error.code === 'RATE_LIMITED'
      ? t('errors.rateLimited', { time: formatWait(t, error.retryAfter ?? 60) })
      : apiErrorText(t, error)
    : null;

  return (
    <AuthLayout
      title={t('auth.register.title')}
      subtitle={t('auth.register.subtitle')}
      footer={
        <Typography color="text.secondary">
          {t('auth.register.haveAccount')}{' '}
          <Link component={RouterLink} to={paths.signIn}>
            {t('auth.register.signIn')}
          </Link>
        </Typography>
      }
    >
      <Stack component="form" noValidate onSubmit={submit} spacing={1.5} aria-label={t('auth.register.title')}>
        <FormErrorAlert message={formError} />
        <TextField
          label={t('auth.fields.displayName')}
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={(touched && !!nameProblem) || !!serverFields.displayName}
          helperText={(touched && nameProblem) || serverFields.displayName || ' '}
          required
          fullWidth
          autoFocus
          slotProps={{ htmlInput: { maxLength: DISPLAY_NAME_MAX_LENGTH } }}
        />
        <TextField
          label={t('auth.fields.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            if (error?.code === 'CONFLICT') setError(null);
          }}
          error={(touched && !!emailProblem) || !!serverFields.email}
          helperText={
            (touched && emailProblem) ||
            (error?.code === 'CONFLICT' ? (
              <>
                {t('auth.register.emailTaken')}{' '}
                <Link component={RouterLink} to={`${paths.signIn}?${new URLSearchParams({ email: email.trim() })}`}>
                  {t('auth.register.signInInstead')}
                </Link>
              </>
            ) : (
              serverFields.email
            )) ||
            ' '
          }
          required
          fullWidth
          slotProps={{ htmlInput: { inputMode: 'email', autoCapitalize: 'none', spellCheck: false, maxLength: 254 } }}
        />
        <PasswordField
          inputRef={passwordRef}
          id={passwordId}
          label={t('auth.fields.password')}
          name="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={(touched && !!passwordProblem) || !!serverFields.password}
          helperText={passwordHelper}
          required
          fullWidth
          slotProps={{
            htmlInput: {
              maxLength: PASSWORD_MAX_LENGTH,
              'aria-describedby': passwordHelper ? `${passwordId}-helper-text ${meterId}` : meterId,
            },
          }}
        />
        <PasswordStrengthMeter id={meterId} {...strength} />
        <TextField
          select
          label={t('auth.fields.language')}
          name="locale"
          value={accountLocale}
          onChange={(event) => setLocale(event.target.value as Language)}
          helperText={t('auth.register.languageHelp')}
          fullWidth
        >
          {LANGUAGES.map((language) => (
            <MenuItem key={language.code} value={language.code} lang={language.code}>
              {language.label}
            </MenuItem>
          ))}
        </TextField>
        <Button
          type="submit"
          variant="contained"
          size="large"
          fullWidth
          disabled={loading}
          startIcon={loading ? <CircularProgress size={18} color="inherit" aria-hidden="true" /> : undefined}
        >
          {loading ? t('auth.register.submitting') : t('auth.register.submit')}
        </Button>
      </Stack>
    </AuthLayout>
  );
}
