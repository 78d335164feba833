import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import { Box, Chip, ListItemIcon, ListItemText, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { problemProps } from '../../../components/form/problemProps';
import type { TeamChoice } from './usePeopleChoices';

interface TeamsSelectProps {
  teams: readonly TeamChoice[];
  value: string[];
  onChange(teamIds: string[]): void;
  problem?: string;
}

/** The teams a person belongs to: a select of several, each team with a checkbox, the chosen ones as chips. */
export function TeamsSelect({ teams, value, onChange, problem }: TeamsSelectProps) {
  const { t } = useTranslation();
  const names = new Map(teams.map((team) => [team.id, team.name]));
  return (
    <TextField
      select
      label={t('adminPeople.person.fields.teams')}
      name="teamIds"
      value={value}
      onChange={(event) => {
        const selected = event.target.value as unknown as string[] | string;
        onChange(typeof selected === 'string' ? selected.split(',') : selected);
      }}
      {...problemProps(problem, t('adminPeople.person.fields.teamsHelp'))}
      fullWidth
      slotProps={{
        inputLabel: { shrink: true },
        select: {
          multiple: true,
          displayEmpty: true,
          renderValue: (selected) => {
            const ids = selected as string[];
            if (ids.length === 0) return <Typography color="text.secondary">{t('adminPeople.person.fields.noTeams')}</Typography>;
            return (
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                {ids.map((id) => (
                  <Chip key={id} size="small" label={names.get(id) ?? id} sx={{ maxWidth: '100%' }} />
                ))}
              </Box>
            );
          },
          MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } },
        },
      }}
    >
      {teams.map((team) => (
        <MenuItem key={team.id} value={team.id}>
          {/* The option's own aria-selected says it is chosen; the box only shows it. */}
          <ListItemIcon aria-hidden="true" sx={{ color: value.includes(team.id) ? 'primary.dark' : 'text.secondary' }}>
            {value.includes(team.id) ? <CheckBoxIcon fontSize="small" /> : <CheckBoxOutlineBlankIcon fontSize="small" />}
          </ListItemIcon>
          <ListItemText primary={team.name} />
        </MenuItem>
      ))}
    </TextField>
  );
}
