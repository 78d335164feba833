import { Autocomplete, Box, Button, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { problemProps } from '../../../components/form/problemProps';
import { ActorPicker } from './ActorPicker';
import { AUDIT_ACTIONS, AUDIT_AREAS, type AuditFilterForm, EMPTY_FILTER, isFiltered, TARGET_TYPES } from './auditFilter';

interface AuditFiltersProps {
  value: AuditFilterForm;
  onChange(value: AuditFilterForm): void;
  /** The server's refusal of the range, if any. */
  rangeProblem: string | null;
}

const ACTION_OPTIONS: string[] = [...AUDIT_AREAS.map((area) => `${area}.`), ...AUDIT_ACTIONS];

/** Narrows the audit log by action or area, actor, target and time; every change applies at once. */
export function AuditFilters({ value, onChange, rangeProblem }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilterForm>) => onChange({ ...value, ...patch });
  const areaName = (area: string) => t(`adminConfig.audit.areas.${area}` as 'adminConfig.audit.areas.auth', { defaultValue: area });
  const actionLabel = (option: string) =>
    option.endsWith('.') ? `${t('adminConfig.audit.area', { area: areaName(option.slice(0, -1)) })} (${option})` : option;

  return (
    <Box
      component="section"
      aria-label={t('adminConfig.audit.filters')}
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' },
        mb: 2,
      }}
    >
      <Autocomplete
        freeSolo
        options={ACTION_OPTIONS}
        value={value.action}
        onChange={(_, action) => set({ action: action ?? '' })}
        onInputChange={(_, action, reason) => reason === 'input' && set({ action })}
        getOptionLabel={actionLabel}
        renderInput={(params) => (
          <TextField
            {...params}
            size="small"
            label={t('adminConfig.audit.action')}
            placeholder={t('adminConfig.audit.anyAction')}
            helperText={t('adminConfig.audit.actionHelp')}
          />
        )}
      />
      <ActorPicker value={value.actor} onChange={(actor) => set({ actor })} />
      <TextField
        select
        size="small"
        label={t('adminConfig.audit.targetType')}
        value={value.targetType}
        onChange={(event) => set({ targetType: event.target.value })}
        helperText=" "
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('adminConfig.audit.anyTarget')}</MenuItem>
        {TARGET_TYPES.map((type) => (
          <MenuItem key={type} value={type}>
            {type}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={t('adminConfig.audit.targetId')}
        value={value.targetId}
        onChange={(event) => set({ targetId: event.target.value })}
        helperText=" "
        slotProps={{ htmlInput: { spellCheck: false, maxLength: 64 } }}
      />
      <TextField
        size="small"
        type="datetime-local"
        label={t('adminConfig.audit.from')}
        value={value.from}
        onChange={(event) => set({ from: event.target.value })}
        helperText=" "
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        size="small"
        type="datetime-local"
        label={t('adminConfig.audit.to')}
        value={value.to}
        onChange={(event) => set({ to: event.target.value })}
        {...problemProps(rangeProblem)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      {isFiltered(value) && (
        <Box>
          <Button onClick={() => onChange(EMPTY_FILTER)}>{t('adminConfig.audit.clear')}</Button>
        </Box>
      )}
    </Box>
  );
}
