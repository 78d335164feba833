import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Chip, Skeleton, Typography } from '@mui/material';
import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouteFallback } from '../../components/RouteFallback';
import { TwoFactorStatusDocument, type TwoFactorStatusFieldsFragment } from '../../graphql/generated/graphql';
import { AccountCard } from '../auth/components/AccountCard';
import { DisableTwoFactorDialog } from './DisableTwoFactorDialog';
import { RegenerateRecoveryCodesDialog } from './RegenerateRecoveryCodesDialog';

/** The QR code and the enrolment steps: fetched when someone sets it up, not with the account page. */
const TwoFactorSetupDialog = lazy(() => import('./TwoFactorSetupDialog').then((module) => ({ default: module.TwoFactorSetupDialog })));

/** At or below this many unused recovery codes, the card suggests making new ones. */
const FEW_CODES_LEFT = 3;

type OpenDialog = 'setup' | 'regenerate' | 'disable' | null;

/** `/account` → Two-factor sign-in: its state, and setting it up, new recovery codes, or turning it off. */
export function TwoFactorCard({ account }: { account: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TwoFactorStatusDocument);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [setupLoaded, setSetupLoaded] = useState(false);
  const [notice, setNotice] = useState<'on' | 'off' | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const status = data?.me?.twoFactor;

  // The button that opened the dialog is gone once the state flips: the notice takes the focus instead.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const openSetup = () => {
    setNotice(null);
    setSetupLoaded(true);
    setDialog('setup');
  };

  let content: ReactNode = null;
  if (status) {
    content = status.enabled ? (
      <EnabledState status={status} onRegenerate={() => setDialog('regenerate')} onDisable={() => setDialog('disable')} />
    ) : null;
  } else if (loading) {
    content = <Skeleton variant="rounded" height={72} aria-busy="true" />;
  } else if (error) {
    content = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {t('twoFactor.loadError')}
      </Alert>
    );
  }

  return (
    <AccountCard
      title={t('twoFactor.title')}
      description={t('twoFactor.description')}
      data-testid="two-factor"
      action={
        status && !status.enabled ? (
          <Button variant="contained" onClick={openSetup}>
            {t('twoFactor.setUp')}
          </Button>
        ) : status?.enabled ? (
          <Chip color="success" label={t('twoFactor.on')} />
        ) : undefined
      }
    >
      {notice && (
        <Alert
          ref={noticeRef}
          severity="success"
          role="status"
          tabIndex={-1}
          sx={{ mb: 2, outline: 'none' }}
          data-testid="two-factor-notice"
        >
          {notice === 'on' ? t('twoFactor.turnedOn') : t('twoFactor.turnedOff')}
        </Alert>
      )}
      {content}
      {setupLoaded && (
        <Suspense fallback={<RouteFallback />}>
          <TwoFactorSetupDialog
            open={dialog === 'setup'}
            account={account}
            onClose={() => setDialog(null)}
            onDone={() => {
              setDialog(null);
              setNotice('on');
            }}
          />
        </Suspense>
      )}
      <RegenerateRecoveryCodesDialog open={dialog === 'regenerate'} account={account} onClose={() => setDialog(null)} />
      <DisableTwoFactorDialog
        open={dialog === 'disable'}
        account={account}
        onClose={() => setDialog(null)}
        onDisabled={() => setNotice('off')}
      />
    </AccountCard>
  );
}

interface EnabledStateProps {
  status: TwoFactorStatusFieldsFragment;
  onRegenerate(): void;
  onDisable(): void;
}

/** On: how many recovery codes are left (a warning when few), new codes, and turning it off unless required. */
function EnabledState({ status, onRegenerate, onDisable }: EnabledStateProps) {
  const { t, i18n } = useTranslation();
  const since = status.confirmedAt && new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(status.confirmedAt));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box component="p" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.25, m: 0 }}>
        {since && <span>{t('twoFactor.enabledSince', { date: since })}</span>}
        <span data-testid="recovery-codes-left">{t('twoFactor.codesLeft', { count: status.recoveryCodesLeft })}</span>
      </Box>
      {status.recoveryCodesLeft <= FEW_CODES_LEFT && <Alert severity="warning">{t('twoFactor.fewCodesLeft')}</Alert>}
      {status.required && <Typography color="text.secondary">{t('twoFactor.required')}</Typography>}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button variant="outlined" onClick={onRegenerate}>
          {t('twoFactor.newCodes')}
        </Button>
        {!status.required && (
          <Button variant="outlined" color="error" onClick={onDisable}>
            {t('twoFactor.turnOff')}
          </Button>
        )}
      </Box>
    </Box>
  );
}
