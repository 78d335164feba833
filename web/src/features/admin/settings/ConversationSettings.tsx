import { useTranslation } from 'react-i18next';
import { RangeField } from './RangeField';
import { SettingSwitch } from './SettingSwitch';
import { SettingsSection } from './SettingsSection';
import type { SettingsSectionProps } from './settingsForm';

/** Automatic assignment and default capacity, then the response-time targets. */
export function ConversationSettings({ form, problems, onChange, onNumber }: SettingsSectionProps) {
  const { t } = useTranslation();
  const minutes = t('adminConfig.settings.minutes');
  return (
    <>
      <SettingsSection title={t('adminConfig.settings.conversations.title')}>
        <SettingSwitch
          label={t('adminConfig.settings.conversations.autoAssign')}
          help={t('adminConfig.settings.conversations.autoAssignHelp')}
          checked={form.autoAssign}
          onChange={(autoAssign) => onChange({ autoAssign })}
        />
        <RangeField
          field="conversations.defaultCapacity"
          label={t('adminConfig.settings.conversations.defaultCapacity')}
          help={t('adminConfig.settings.conversations.defaultCapacityHelp')}
          value={form.numbers['conversations.defaultCapacity']}
          onChange={(value) => onNumber('conversations.defaultCapacity', value)}
          problem={problems['conversations.defaultCapacity']}
        />
      </SettingsSection>
      <SettingsSection title={t('adminConfig.settings.sla.title')}>
        <RangeField
          field="sla.firstResponseMinutes"
          label={t('adminConfig.settings.sla.firstResponseMinutes')}
          unit={minutes}
          value={form.numbers['sla.firstResponseMinutes']}
          onChange={(value) => onNumber('sla.firstResponseMinutes', value)}
          problem={problems['sla.firstResponseMinutes']}
        />
        <RangeField
          field="sla.resolutionMinutes"
          label={t('adminConfig.settings.sla.resolutionMinutes')}
          unit={minutes}
          value={form.numbers['sla.resolutionMinutes']}
          onChange={(value) => onNumber('sla.resolutionMinutes', value)}
          problem={problems['sla.resolutionMinutes']}
        />
      </SettingsSection>
    </>
  );
}
