import { Box, FormControlLabel, Radio, RadioGroup } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { LANGUAGES, type Language, setLanguage, toSupportedLanguage } from '../../../i18n';
import { SaveStatus } from '../../profile/SaveStatus';
import { useUpdateProfile } from '../../profile/useUpdateProfile';
import { AccountCard } from './AccountCard';

/** The interface language of this browser, with a shortcut to write the account's mails in it too. */
export function InterfaceLanguageCard({ mailLocale }: { mailLocale: string }) {
  const { t, i18n } = useTranslation();
  const current = toSupportedLanguage(i18n.language);
  const { update, saving, error } = useUpdateProfile();
  // The language the shortcut last saved for mails; its confirmation shows while both still agree.
  const [savedFor, setSavedFor] = useState<Language | null>(null);

  const applyToMail = async () => {
    if (await update({ locale: current })) setSavedFor(current);
  };

  return (
    <AccountCard title={t('account.language.title')} description={t('account.language.description')}>
      {(headingId) => (
        <>
          <RadioGroup
            aria-labelledby={headingId}
            value={current}
            onChange={(event) => void setLanguage(event.target.value as Language)}
            row
            sx={{ mt: -1 }}
          >
            {LANGUAGES.map((language) => (
              <FormControlLabel
                key={language.code}
                value={language.code}
                control={<Radio />}
                label={<span lang={language.code}>{language.label}</span>}
              />
            ))}
          </RadioGroup>
          {current !== mailLocale && (
            <Box sx={{ mt: 1 }}>
              <SubmitButton
                type="button"
                variant="outlined"
                size="small"
                loading={saving}
                onClick={() => void applyToMail()}
                label={t('account.language.useForMail')}
                loadingLabel={t('account.profile.saving')}
              />
            </Box>
          )}
          <SaveStatus
            saving={false}
            error={error}
            done={savedFor === current && current === mailLocale}
            saved={t('account.language.mailFollows')}
            sx={{ mt: 1 }}
          />
        </>
      )}
    </AccountCard>
  );
}
