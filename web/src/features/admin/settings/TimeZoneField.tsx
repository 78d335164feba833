import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { problemProps } from '../../../components/form/problemProps';
import { offsetOf } from './timeZones';

interface TimeZoneFieldProps {
  zones: readonly string[];
  value: string;
  onChange(zone: string): void;
  problem?: string;
}

/** Picks an IANA time zone by typing part of its name (`Shanghai`), each option with its offset from UTC. */
export function TimeZoneField({ zones, value, onChange, problem }: TimeZoneFieldProps) {
  const { t } = useTranslation();
  return (
    <Autocomplete
      options={zones as string[]}
      value={value}
      onChange={(_, zone) => zone && onChange(zone)}
      disableClearable
      autoHighlight
      // Underscores read as spaces: `new york` finds America/New_York.
      filterOptions={(options, { inputValue }) => {
        const typed = inputValue.trim().toLowerCase().replace(/\s+/g, '_');
        return typed ? options.filter((zone) => zone.toLowerCase().includes(typed)) : options;
      }}
      renderOption={({ key, ...props }, zone) => (
        <Box component="li" key={key} {...props} sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
          <span>{zone}</span>
          <Typography component="span" variant="body2" color="text.secondary">
            {offsetOf(zone)}
          </Typography>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('adminConfig.settings.businessHours.timezone')}
          name="businessHours.timezone"
          required
          {...problemProps(problem, t('adminConfig.settings.businessHours.timezoneHelp'))}
        />
      )}
      sx={{ maxWidth: 420 }}
      fullWidth
    />
  );
}
