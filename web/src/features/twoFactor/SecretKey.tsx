import { useTranslation } from 'react-i18next';
import { CopyableValue } from '../../components/CopyableValue';

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to read off and type by hand (apps ignore the spaces). */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** The authenticator secret for typing into an app by hand, in groups of four, with a copy button. */
export function SecretKey({ secret }: { secret: string }) {
  const { t } = useTranslation();
  return (
    <CopyableValue
      label={t('twoFactor.setup.secretLabel')}
      value={secret}
      shown={groupedSecret(secret)}
      texts={{ copy: t('twoFactor.setup.copy'), copied: t('twoFactor.setup.copied'), copyFailed: t('twoFactor.setup.copyFailed') }}
      testId="two-factor-secret"
      valueSx={{ fontSize: '0.95rem', wordSpacing: '0.2em' }}
    />
  );
}
