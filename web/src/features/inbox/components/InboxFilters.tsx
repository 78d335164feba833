import { useQuery } from '@apollo/client/react';
import FilterListIcon from '@mui/icons-material/FilterList';
import SearchIcon from '@mui/icons-material/Search';
import { Badge, Box, Button, Collapse, InputAdornment, ListItemText, MenuItem, TextField, useMediaQuery, useTheme } from '@mui/material';
import { type Ref, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TagsDocument } from '../../../graphql/generated/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { VisuallyHidden } from '../../conversations/components/VisuallyHidden';
import { useDeskTeams } from '../hooks/useDeskTeams';
import { type InboxFilterState, PRIORITIES, STATUSES } from '../hooks/useInboxFilters';
import { MultiSelectField } from './MultiSelectField';

interface InboxFiltersProps {
  state: InboxFilterState;
  activeCount: number;
  onChange(patch: Partial<InboxFilterState>): void;
  onClear(): void;
  searchRef?: Ref<HTMLInputElement>;
}

/** Keyword search (debounced) and the filters: status, priority, tags, team and a creation date range. */
export function InboxFilters({ state, activeCount, onChange, onClear, searchRef }: InboxFiltersProps) {
  const { t } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? (wide || activeCount > 0);
  const panelId = useId();
  const tags = useQuery(TagsDocument).data?.tags ?? [];
  const { teams } = useDeskTeams();

  const [keyword, setKeyword] = useState(state.query);
  const debounced = useDebouncedValue(keyword, 300);
  // Only the typed value drives this; a cleared filter resets the field below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the debounced text changes, nothing else.
  useEffect(() => {
    if (debounced !== state.query) onChange({ query: debounced });
  }, [debounced]);
  useEffect(() => {
    if (state.query === '') setKeyword('');
  }, [state.query]);

  return (
    <Box role="search" aria-label={t('inbox.filters.label')} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          type="search"
          label={t('inbox.filters.keyword')}
          value={keyword}
          onChange={(event) => setKeyword(event.target.value)}
          size="small"
          fullWidth
          inputRef={searchRef}
          helperText={t('inbox.filters.keywordHint')}
          slotProps={{
            htmlInput: { maxLength: 200, 'aria-keyshortcuts': '/' },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon aria-hidden="true" />
                </InputAdornment>
              ),
            },
          }}
        />
        <Button
          variant="outlined"
          onClick={() => setOpen(!shown)}
          aria-expanded={shown}
          aria-controls={panelId}
          startIcon={
            <Badge badgeContent={activeCount} color="primary" aria-hidden="true" sx={{ '& .MuiBadge-badge': { bgcolor: '#6B46C1' } }}>
              <FilterListIcon />
            </Badge>
          }
          sx={{ flexShrink: 0, height: 40 }}
        >
          {t('inbox.filters.show')}
          {activeCount > 0 && <VisuallyHidden>{`, ${t('inbox.filters.active', { count: activeCount })}`}</VisuallyHidden>}
        </Button>
      </Box>
      <Collapse in={shown} id={panelId}>
        <Box
          sx={{
            display: 'grid',
            gap: 1.5,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' },
            pt: 0.5,
          }}
        >
          <MultiSelectField
            label={t('inbox.filters.status')}
            value={state.status}
            options={STATUSES.map((status) => ({ value: status, label: t(`conversation.status.${status}`) }))}
            onChange={(status) => onChange({ status })}
          />
          <MultiSelectField
            label={t('inbox.filters.priority')}
            value={state.priority}
            options={PRIORITIES.map((priority) => ({ value: priority, label: t(`conversation.priority.${priority}`) }))}
            onChange={(priority) => onChange({ priority })}
          />
          <MultiSelectField
            label={t('inbox.filters.tags')}
            value={state.tagIds}
            options={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
            onChange={(tagIds) => onChange({ tagIds })}
          />
          <TextField
            select
            size="small"
            label={t('inbox.filters.team')}
            value={state.teamId}
            onChange={(event) => onChange({ teamId: event.target.value })}
          >
            <MenuItem value="">{t('inbox.filters.anyTeam')}</MenuItem>
            {teams.map((team) => (
              <MenuItem key={team.id} value={team.id}>
                <ListItemText primary={team.name} />
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="date"
            size="small"
            label={t('inbox.filters.from')}
            value={state.from}
            onChange={(event) => onChange({ from: event.target.value })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: state.to || undefined } }}
          />
          <TextField
            type="date"
            size="small"
            label={t('inbox.filters.to')}
            value={state.to}
            onChange={(event) => onChange({ to: event.target.value })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: state.from || undefined } }}
          />
        </Box>
        {activeCount > 0 && (
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', pt: 1 }}>
            <Button onClick={onClear}>{t('inbox.filters.clear')}</Button>
          </Box>
        )}
      </Collapse>
    </Box>
  );
}
