import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Priority } from '../../../graphql/generated/graphql';
import { PRIORITIES } from '../hooks/useInboxFilters';

/** The conversation's priority; a change is saved at once. */
export function PrioritySelect({ value, disabled, onChange }: { value: Priority; disabled?: boolean; onChange(priority: Priority): void }) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      size="small"
      label={t('inbox.actions.priority')}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as Priority)}
      sx={{ minWidth: 140 }}
    >
      {PRIORITIES.map((priority) => (
        <MenuItem key={priority} value={priority}>
          {t(`conversation.priority.${priority}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
