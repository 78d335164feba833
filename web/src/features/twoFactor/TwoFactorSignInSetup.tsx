import { Link } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionPayloadFragment } from '../../graphql/generated/graphql';
import { AuthLayout } from '../auth/components/AuthLayout';
import { beginEnrolmentForSignIn, confirmEnrolmentForSignIn } from '../auth/sessionRequests';
import { EnrolmentForm } from './EnrolmentForm';
import { RecoveryCodes } from './RecoveryCodes';

interface TwoFactorSignInSetupProps {
  /** The setup challenge of the login answer (TWO_FACTOR_SETUP_REQUIRED). */
  challenge: string;
  email: string;
  onSignedIn(session: SessionPayloadFragment): void;
  onRestart(expired: boolean): void;
}

type Confirmed = Awaited<ReturnType<typeof confirmEnrolmentForSignIn>>;

/**
 * Sign-in for a role the desk requires two-factor sign-in of, by someone who has not set it up: enrolment
 * (the same steps as on the account page), the recovery codes, then the session that confirming started.
 */
export function TwoFactorSignInSetup({ challenge, email, onSignedIn, onRestart }: TwoFactorSignInSetupProps) {
  const { t } = useTranslation();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);

  const begin = useCallback(() => beginEnrolmentForSignIn(challenge), [challenge]);
  const confirm = useCallback((code: string) => confirmEnrolmentForSignIn(challenge, code), [challenge]);

  // Each step starts at its title, so a screen reader announces where the person is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `confirmed` is the step change to react to
  useEffect(() => {
    titleRef.current?.focus();
  }, [confirmed]);

  const finish = () => {
    if (confirmed?.session) onSignedIn(confirmed.session);
    else onRestart(true);
  };

  return (
    <AuthLayout
      titleRef={titleRef}
      title={confirmed ? t('twoFactor.recovery.title') : t('twoFactor.setup.title')}
      subtitle={confirmed ? undefined : t('twoFactor.signIn.setupSubtitle')}
      footer={
        confirmed ? undefined : (
          <Link component="button" type="button" onClick={() => onRestart(false)}>
            {t('twoFactor.signIn.back')}
          </Link>
        )
      }
    >
      {confirmed ? (
        <RecoveryCodes codes={confirmed.codes} account={email} doneLabel={t('twoFactor.recovery.continue')} onDone={finish} />
      ) : (
        <EnrolmentForm begin={begin} confirm={confirm} onConfirmed={setConfirmed} />
      )}
    </AuthLayout>
  );
}
