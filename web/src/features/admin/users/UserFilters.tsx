import SearchIcon from '@mui/icons-material/Search';
import { Box, Button, InputAdornment, MenuItem, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleName } from '../../../components/RoleName';
import type { UserFilter } from '../../../graphql/generated/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import type { RoleChoice, TeamChoice } from './usePeopleChoices';

export interface UserFilterState {
  query: string;
  /** A role key, or '' for any. */
  role: string;
  teamId: string;
  status: '' | 'active' | 'deactivated';
}

export const NO_FILTER: UserFilterState = { query: '', role: '', teamId: '', status: '' };

/** The API's filter for what the controls say: empty controls filter nothing. */
export function toUserFilter(state: UserFilterState): UserFilter {
  return {
    query: state.query.trim() || null,
    role: state.role || null,
    teamId: state.teamId || null,
    active: state.status === '' ? null : state.status === 'active',
  };
}

interface UserFiltersProps {
  state: UserFilterState;
  roles: readonly RoleChoice[];
  teams: readonly TeamChoice[];
  onChange(patch: Partial<UserFilterState>): void;
}

/** Search by name or email (asked once typing pauses) and filters by role, team and status. */
export function UserFilters({ state, roles, teams, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(state.query);
  const debounced = useDebouncedValue(typed, 300);
  // Only the typed text drives this; clearing the filters empties the field below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the debounced text changes, nothing else
  useEffect(() => {
    if (debounced !== state.query) onChange({ query: debounced });
  }, [debounced]);
  useEffect(() => {
    if (state.query === '') setTyped('');
  }, [state.query]);
  const filtered = state.query !== '' || state.role !== '' || state.teamId !== '' || state.status !== '';

  return (
    <Box
      role="search"
      aria-label={t('adminPeople.users.filters.label')}
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))', md: '2fr repeat(3, minmax(0, 1fr)) auto' },
        alignItems: 'start',
        mb: 2,
      }}
    >
      <TextField
        type="search"
        size="small"
        label={t('adminPeople.users.filters.search')}
        placeholder={t('adminPeople.users.filters.searchHint')}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        slotProps={{
          htmlInput: { maxLength: 100, 'data-testid': 'user-search' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon aria-hidden="true" />
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        select
        size="small"
        label={t('adminPeople.users.filters.role')}
        value={state.role}
        onChange={(event) => onChange({ role: event.target.value })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('adminPeople.users.filters.anyRole')}</MenuItem>
        {roles.map((role) => (
          <MenuItem key={role.id} value={role.key}>
            <RoleName role={role} />
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('adminPeople.users.filters.team')}
        value={state.teamId}
        onChange={(event) => onChange({ teamId: event.target.value })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('adminPeople.users.filters.anyTeam')}</MenuItem>
        {teams.map((team) => (
          <MenuItem key={team.id} value={team.id}>
            {team.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('adminPeople.users.filters.status')}
        value={state.status}
        onChange={(event) => onChange({ status: event.target.value as UserFilterState['status'] })}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('adminPeople.users.filters.anyStatus')}</MenuItem>
        <MenuItem value="active">{t('adminPeople.users.status.active')}</MenuItem>
        <MenuItem value="deactivated">{t('adminPeople.users.status.deactivated')}</MenuItem>
      </TextField>
      {filtered && (
        <Button onClick={() => onChange(NO_FILTER)} sx={{ height: 40, justifySelf: 'start' }}>
          {t('adminPeople.users.filters.clear')}
        </Button>
      )}
    </Box>
  );
}
