import { FormControlLabel, Radio, RadioGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, setLanguage, toSupportedLanguage } from '../../../i18n';
import { AccountCard } from './AccountCard';

/** The interface language of this browser. */
export function InterfaceLanguageCard() {
  const { t, i18n } = useTranslation();
  return (
    <AccountCard title={t('account.language.title')} description={t('account.language.description')}>
      {(headingId) => (
        <RadioGroup
          aria-labelledby={headingId}
          value={toSupportedLanguage(i18n.language)}
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
      )}
    </AccountCard>
  );
}
