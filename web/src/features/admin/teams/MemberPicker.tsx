import { useQuery } from '@apollo/client/react';
import { Autocomplete, Box, Chip, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../apollo/errors';
import { RoleName } from '../../../components/RoleName';
import { type AdminTeamMemberFragment, TeamMemberSearchDocument } from '../../../graphql/generated/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';

/** People listed per search: typing narrows it on the server. */
const OPTIONS_SIZE = 20;

interface MemberPickerProps {
  value: AdminTeamMemberFragment[];
  onChange(members: AdminTeamMemberFragment[]): void;
  problem?: string;
}

/**
 * Chooses a team's members by typing part of a name or email (the server searches active people, the way the
 * transfer picker does); the chosen ones show as chips that Backspace or their delete button removes.
 */
export function MemberPicker({ value, onChange, problem }: MemberPickerProps) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const query = useDebouncedValue(input.trim(), 250);
  const { data, previousData, loading, error } = useQuery(TeamMemberSearchDocument, {
    variables: { query: query || null, first: OPTIONS_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const options = (data ?? previousData)?.users.edges.map((edge) => edge.node) ?? [];
  const searchError = apiErrorOf(error);
  const roles = new Map(options.map((person) => [person.id, person.role]));

  return (
    <Autocomplete
      multiple
      options={options}
      value={value}
      onChange={(_, members) => onChange(members.map(({ id, displayName, email, active }) => ({ id, displayName, email, active })))}
      inputValue={input}
      onInputChange={(_, text, reason) => {
        // Keep the typed text after a pick, so several people from one search can be added in a row.
        if (reason !== 'reset') setInput(text);
      }}
      disableCloseOnSelect
      // The server has filtered by the text already (also by email, which the label does not show).
      filterOptions={(found) => found}
      getOptionLabel={(person) => person.displayName}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      loading={loading || query !== input.trim()}
      loadingText={t('common.loading')}
      noOptionsText={t('adminPeople.teams.editor.none')}
      renderOption={({ key, ...props }, person) => {
        const role = roles.get(person.id);
        return (
          <Box component="li" key={key} {...props} data-testid="member-option" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Box sx={{ minWidth: 0, flex: '1 1 10rem' }}>
              <Typography noWrap>{person.displayName}</Typography>
              <Typography variant="body2" color="text.secondary" noWrap>
                {person.email}
              </Typography>
            </Box>
            {role && (
              <Typography variant="body2" color="text.secondary">
                <RoleName role={role} />
              </Typography>
            )}
          </Box>
        );
      }}
      renderValue={(members, getItemProps) =>
        members.map((person, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} {...itemProps} size="small" label={person.displayName} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('adminPeople.teams.editor.members')}
          placeholder={t('adminPeople.teams.editor.placeholder')}
          error={!!problem || !!searchError}
          helperText={problem ?? (searchError ? t('adminPeople.teams.editor.searchError') : t('adminPeople.teams.editor.membersHelp'))}
        />
      )}
      fullWidth
    />
  );
}
