import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import { ListItemIcon, ListItemText, MenuItem, TextField } from '@mui/material';

interface MultiSelectFieldProps<T extends string> {
  label: string;
  value: readonly T[];
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T[]): void;
}

/** A labelled select of several values, with a checkbox per option. */
export function MultiSelectField<T extends string>({ label, value, options, onChange }: MultiSelectFieldProps<T>) {
  const names = new Map(options.map((option) => [option.value, option.label]));
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(event) => {
        const next = event.target.value as unknown as T[] | string;
        onChange((typeof next === 'string' ? next.split(',') : next) as T[]);
      }}
      slotProps={{
        select: {
          multiple: true,
          renderValue: (selected) => (selected as T[]).map((item) => names.get(item) ?? item).join(', '),
        },
      }}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {/* The option's own aria-selected says it is chosen; the box only shows it. */}
          <ListItemIcon aria-hidden="true" sx={{ color: value.includes(option.value) ? '#6B46C1' : 'text.secondary' }}>
            {value.includes(option.value) ? <CheckBoxIcon fontSize="small" /> : <CheckBoxOutlineBlankIcon fontSize="small" />}
          </ListItemIcon>
          <ListItemText primary={option.label} />
        </MenuItem>
      ))}
    </TextField>
  );
}
