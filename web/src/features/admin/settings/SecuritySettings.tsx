import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MultiSelectField } from '../../inbox/components/MultiSelectField';
import { roleLabel } from '../roles/roleLabel';
import { RangeField } from './RangeField';
import { SettingsSection } from './SettingsSection';
import type { SettingsSectionProps } from './settingsForm';

const SCORES = ['1', '2', '3', '4'] as const;

interface SecuritySettingsProps extends SettingsSectionProps {
  /** The roles to choose from; null when the viewer may not read roles (then the chosen keys are offered). */
  roles: ReadonlyArray<{ key: string; name: string }> | null;
}

/** The password policy, session lifetimes, and the roles that must sign in with a second factor. */
export function SecuritySettings({ form, problems, onChange, onNumber, roles }: SecuritySettingsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SettingsSection title={t('adminConfig.settings.passwordPolicy.title')}>
        <RangeField
          field="passwordPolicy.minLength"
          label={t('adminConfig.settings.passwordPolicy.minLength')}
          value={form.numbers['passwordPolicy.minLength']}
          onChange={(value) => onNumber('passwordPolicy.minLength', value)}
          problem={problems['passwordPolicy.minLength']}
        />
        <TextField
          select
          label={t('adminConfig.settings.passwordPolicy.minScore')}
          name="passwordPolicy.minScore"
          value={String(form.minScore)}
          onChange={(event) => onChange({ minScore: Number(event.target.value) })}
          helperText={problems['passwordPolicy.minScore'] ?? ' '}
          error={!!problems['passwordPolicy.minScore']}
          sx={{ maxWidth: 360 }}
          fullWidth
        >
          {SCORES.map((score) => (
            <MenuItem key={score} value={score}>
              {t(`adminConfig.settings.passwordPolicy.scores.${score}`)}
            </MenuItem>
          ))}
        </TextField>
      </SettingsSection>
      <SettingsSection title={t('adminConfig.settings.sessions.title')}>
        <RangeField
          field="sessions.accessTokenMinutes"
          label={t('adminConfig.settings.sessions.accessTokenMinutes')}
          unit={t('adminConfig.settings.minutes')}
          value={form.numbers['sessions.accessTokenMinutes']}
          onChange={(value) => onNumber('sessions.accessTokenMinutes', value)}
          problem={problems['sessions.accessTokenMinutes']}
        />
        <RangeField
          field="sessions.refreshTokenDays"
          label={t('adminConfig.settings.sessions.refreshTokenDays')}
          unit={t('adminConfig.settings.days')}
          value={form.numbers['sessions.refreshTokenDays']}
          onChange={(value) => onNumber('sessions.refreshTokenDays', value)}
          problem={problems['sessions.refreshTokenDays']}
        />
      </SettingsSection>
      <SettingsSection
        title={t('adminConfig.settings.security.title')}
        description={t('adminConfig.settings.security.requireTwoFactorHelp')}
      >
        <MultiSelectField
          label={t('adminConfig.settings.security.requireTwoFactor')}
          value={form.requireTwoFactor}
          options={(roles ?? form.requireTwoFactor.map((key) => ({ key, name: key }))).map((role) => ({
            value: role.key,
            label: roleLabel(t, role),
          }))}
          onChange={(requireTwoFactor) => onChange({ requireTwoFactor })}
        />
      </SettingsSection>
    </>
  );
}
