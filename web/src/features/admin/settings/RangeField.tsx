import { InputAdornment, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { problemProps } from '../../../components/form/problemProps';
import { type NumberSetting, SETTING_RANGES } from './settingsForm';

interface RangeFieldProps {
  field: NumberSetting;
  label: string;
  value: string;
  onChange(value: string): void;
  /** Shown after the number, e.g. "minutes". */
  unit?: string;
  /** Said under the field when all is well; the allowed range follows it. */
  help?: string;
  problem?: string;
}

/** A whole number within the server's range for this setting, the range shown as its hint. */
export function RangeField({ field, label, value, onChange, unit, help, problem }: RangeFieldProps) {
  const { t } = useTranslation();
  const [min, max] = SETTING_RANGES[field];
  const range = t('adminConfig.settings.rangeHint', { min, max });
  return (
    <TextField
      label={label}
      name={field}
      type="number"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...problemProps(problem, help ? `${help} (${range})` : range)}
      sx={{ maxWidth: 360 }}
      fullWidth
      slotProps={{
        htmlInput: { min, max, step: 1, inputMode: 'numeric' },
        input: unit ? { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> } : undefined,
      }}
    />
  );
}
