import { TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { problemProps } from '../../../components/form/problemProps';
import { SettingSwitch } from './SettingSwitch';
import { SettingsSection } from './SettingsSection';
import type { SettingsSectionProps } from './settingsForm';

/** Whether the assistant runs, what it does for agents, and when it hands a customer to a person. */
export function AssistantSettings({ form, problems, onChange }: SettingsSectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection title={t('adminConfig.settings.assistant.title')}>
      <SettingSwitch
        label={t('adminConfig.settings.assistant.enabled')}
        checked={form.assistantEnabled}
        onChange={(assistantEnabled) => onChange({ assistantEnabled })}
      />
      <SettingSwitch
        label={t('adminConfig.settings.assistant.replySuggestions')}
        checked={form.replySuggestions}
        onChange={(replySuggestions) => onChange({ replySuggestions })}
      />
      <SettingSwitch
        label={t('adminConfig.settings.assistant.autoTags')}
        checked={form.autoTags}
        onChange={(autoTags) => onChange({ autoTags })}
      />
      <TextField
        label={t('adminConfig.settings.assistant.handOffConfidence')}
        name="assistant.handOffConfidence"
        type="number"
        value={form.handOffConfidence}
        onChange={(event) => onChange({ handOffConfidence: event.target.value })}
        {...problemProps(problems['assistant.handOffConfidence'], t('adminConfig.settings.assistant.handOffConfidenceHelp'))}
        sx={{ maxWidth: 360 }}
        fullWidth
        slotProps={{ htmlInput: { min: 0, max: 1, step: 0.05, inputMode: 'decimal' } }}
      />
    </SettingsSection>
  );
}
