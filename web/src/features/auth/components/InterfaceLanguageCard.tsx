import { Card, CardContent, FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, setLanguage, toSupportedLanguage } from '../../../i18n';

/** The interface language of this browser. */
export function InterfaceLanguageCard() {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  return (
    <Card>
      <CardContent sx={{ p: { xs: 2.5, sm: 3.5 } }}>
        <Typography variant="h6" component="h2" id={labelId}>
          {t('account.language.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mt: 0.5, mb: 1.5 }}>
          {t('account.language.description')}
        </Typography>
        <RadioGroup
          aria-labelledby={labelId}
          value={toSupportedLanguage(i18n.language)}
          onChange={(event) => void setLanguage(event.target.value as Language)}
          row
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
      </CardContent>
    </Card>
  );
}
