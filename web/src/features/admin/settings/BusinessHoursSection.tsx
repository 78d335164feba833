import { Box, FormControlLabel, Switch, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { problemProps } from '../../../components/form/problemProps';
import { SettingsSection } from './SettingsSection';
import type { DayForm, SettingsProblems } from './settingsForm';
import { TimeZoneField } from './TimeZoneField';

interface BusinessHoursSectionProps {
  zones: readonly string[];
  timezone: string;
  days: readonly DayForm[];
  problems: SettingsProblems;
  onTimezone(zone: string): void;
  onDay(day: DayForm): void;
}

/** The desk's time zone and, per weekday, whether it opens and from when to when. */
export function BusinessHoursSection({ zones, timezone, days, problems, onTimezone, onDay }: BusinessHoursSectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection
      title={t('adminConfig.settings.businessHours.title')}
      description={t('adminConfig.settings.businessHours.description')}
    >
      <TimeZoneField zones={zones} value={timezone} onChange={onTimezone} problem={problems['businessHours.timezone']} />
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
        {days.map((day) => {
          const name = t(`adminConfig.settings.weekdays.${day.weekday}`);
          const at = `businessHours.weekday.${day.weekday}`;
          return (
            <Box
              component="li"
              key={day.weekday}
              data-testid="business-day"
              sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: 2, rowGap: 1 }}
            >
              <FormControlLabel
                sx={{ minWidth: 150, mt: 1 }}
                control={
                  <Switch
                    checked={day.open}
                    onChange={(event) => onDay({ ...day, open: event.target.checked })}
                    slotProps={{ input: { 'aria-label': t('adminConfig.settings.businessHours.open', { day: name }) } }}
                  />
                }
                label={name}
              />
              {day.open ? (
                <Box sx={{ display: 'flex', gap: 1.5, flex: '1 1 240px' }}>
                  <TextField
                    type="time"
                    size="small"
                    label={t('adminConfig.settings.businessHours.opens', { day: name })}
                    value={day.opens}
                    onChange={(event) => onDay({ ...day, opens: event.target.value })}
                    {...problemProps(problems[`${at}.opens`])}
                    slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
                    sx={{ flex: 1, maxWidth: 180 }}
                  />
                  <TextField
                    type="time"
                    size="small"
                    label={t('adminConfig.settings.businessHours.closes', { day: name })}
                    value={day.closes}
                    onChange={(event) => onDay({ ...day, closes: event.target.value })}
                    {...problemProps(problems[`${at}.closes`])}
                    slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 300 } }}
                    sx={{ flex: 1, maxWidth: 180 }}
                  />
                </Box>
              ) : (
                <Typography color="text.secondary" sx={{ mt: 1.75 }}>
                  {t('adminConfig.settings.businessHours.closed')}
                </Typography>
              )}
            </Box>
          );
        })}
      </Box>
    </SettingsSection>
  );
}
