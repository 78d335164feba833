import { CircularProgress, MenuItem, Select, Stack } from '@mui/material';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailRow } from '../../components/DetailRow';
import { LANGUAGES, type Language } from '../../i18n';
import { SaveStatus } from './SaveStatus';
import { useUpdateProfile } from './useUpdateProfile';

/** The language of the mails the desk sends this person (password reset and the like), saved as soon as it is picked. */
export function MailLanguageRow({ locale }: { locale: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  const statusId = useId();
  const { update, saving, error } = useUpdateProfile();
  // The choice being saved, shown until the session's user has it (or the save failed).
  const [pending, setPending] = useState<Language | null>(null);
  const [saved, setSaved] = useState(false);

  const choose = async (language: Language) => {
    if (language === locale) return;
    setPending(language);
    setSaved(false);
    const ok = await update({ locale: language });
    setPending(null);
    setSaved(ok);
  };

  return (
    <>
      <DetailRow
        labelId={labelId}
        label={t('account.profile.mailLanguage')}
        value={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'flex-end' }}>
            {saving && <CircularProgress size={18} aria-hidden="true" />}
            <Select
              size="small"
              labelId={labelId}
              name="mailLanguage"
              value={pending ?? locale}
              onChange={(event) => void choose(event.target.value as Language)}
              disabled={saving}
              SelectDisplayProps={{ 'aria-describedby': statusId }}
              sx={{ minWidth: 128, textAlign: 'left' }}
            >
              {LANGUAGES.map((language) => (
                <MenuItem key={language.code} value={language.code} lang={language.code}>
                  {language.label}
                </MenuItem>
              ))}
            </Select>
          </Stack>
        }
      />
      <SaveStatus
        id={statusId}
        sx={{ mt: -0.5, pb: 1.25 }}
        saving={saving}
        error={error}
        done={saved}
        saved={t('account.profile.mailLanguageSaved')}
        hint={t('account.profile.mailLanguageHint')}
      />
    </>
  );
}
