import { Box, FormControlLabel, Switch, Typography } from '@mui/material';
import { useId } from 'react';

interface SettingSwitchProps {
  label: string;
  help?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
}

/** An on/off setting: the switch, its label and a line saying what it does (read out as its description). */
export function SettingSwitch({ label, help, checked, onChange, disabled }: SettingSwitchProps) {
  const helpId = useId();
  return (
    <Box>
      <FormControlLabel
        control={
          <Switch
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            disabled={disabled}
            slotProps={{ input: { 'aria-describedby': help ? helpId : undefined } }}
          />
        }
        label={label}
      />
      {help && (
        <Typography id={helpId} variant="body2" color="text.secondary" sx={{ ml: 6 }}>
          {help}
        </Typography>
      )}
    </Box>
  );
}
