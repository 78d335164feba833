import { useMutation } from '@apollo/client/react';
import { Link, MenuItem, TextField, Typography } from '@mui/material';
import { type FormEvent, lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { fieldErrorsOf, formErrorText, hasFieldCode } from '../../../components/apiErrorText';
import { FormStack } from '../../../components/form/FormStack';
import { problemProps } from '../../../components/form/problemProps';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { RegisterDocument } from '../../../graphql/generated/graphql';
import { LANGUAGES, type Language, toSupportedLanguage } from '../../../i18n';
import { paths } from '../../../paths';
import { AuthLayout } from '../components/AuthLayout';
import { EmailField } from '../components/EmailField';
import { NewPasswordField } from '../components/NewPasswordField';
import { useAuth } from '../hooks/useAuth';
import { usePasswordStrength } from '../hooks/usePasswordStrength';
import { DISPLAY_NAME_MAX_LENGTH, emailProblemOf, newPasswordProblemOf } from '../validation';

// When the desk requires two-factor sign-in of customers, a new account starts with its setup.
const TwoFactorSignInSetup = lazy(() =>
  import('../../twoFactor/TwoFactorSignInSetup').then((module) => ({ default: module.TwoFactorSignInSetup })),
);

/**
 * `/register`: a customer account. Signs in straight away (after setting up two-factor sign-in, when the desk
 * requires it of customers); PublicOnlyRoute then opens the portal.
 */
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
  const [setupChallenge, setSetupChallenge] = useState<string | null>(null);
  const navigate = useNavigate();
  const [register, { loading }] = useMutation(RegisterDocument);
  const strength = usePasswordStrength(password, { email, displayName });

  // The account's language (for mails) follows the interface language until chosen explicitly.
  const accountLocale = locale ?? toSupportedLanguage(i18n.language);
  const nameProblem = !displayName.trim() ? t('validation.nameRequired') : null;
  const emailProblem = emailProblemOf(t, email);
  const passwordProblem = newPasswordProblemOf(t, password, strength);
  const serverFields = fieldErrorsOf(t, error);
  const emailTaken = hasFieldCode(error, 'taken');

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
      const apiError = apiErrorOf(caught);
      if (apiError?.reason === 'TWO_FACTOR_SETUP_REQUIRED' && apiError.twoFactorChallenge) {
        setSetupChallenge(apiError.twoFactorChallenge);
        return;
      }
      setError(apiError);
    }
  };

  if (setupChallenge) {
    return (
      <Suspense fallback={null}>
        <TwoFactorSignInSetup
          challenge={setupChallenge}
          email={email.trim()}
          onSignedIn={signIn}
          // The account exists by now: leaving the setup (or letting it expire) leads to signing in to it.
          onRestart={() => navigate(`${paths.signIn}?${new URLSearchParams({ email: email.trim() })}`)}
        />
      </Suspense>
    );
  }

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
      <FormStack
        onSubmit={submit}
        error={formErrorText(t, error, ['displayName', 'email', 'password'])}
        aria-label={t('auth.register.title')}
      >
        <TextField
          label={t('auth.fields.displayName')}
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          {...problemProps((touched && nameProblem) || serverFields.displayName)}
          required
          fullWidth
          autoFocus
          slotProps={{ htmlInput: { maxLength: DISPLAY_NAME_MAX_LENGTH } }}
        />
        <EmailField
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            if (emailTaken) setError(null);
          }}
          problem={
            (touched && emailProblem) ||
            (emailTaken ? (
              <>
                {serverFields.email}{' '}
                <Link component={RouterLink} to={`${paths.signIn}?${new URLSearchParams({ email: email.trim() })}`}>
                  {t('auth.register.signInInstead')}
                </Link>
              </>
            ) : (
              serverFields.email
            ))
          }
        />
        <NewPasswordField
          inputRef={passwordRef}
          label={t('auth.fields.password')}
          name="password"
          value={password}
          onChange={setPassword}
          strength={strength}
          problem={(touched && passwordProblem) || serverFields.password}
        />
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
        <SubmitButton fullWidth loading={loading} label={t('auth.register.submit')} loadingLabel={t('auth.register.submitting')} />
      </FormStack>
    </AuthLayout>
  );
}
