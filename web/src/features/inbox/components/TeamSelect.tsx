import { ListItemText, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { problemProps } from '../../../components/form/problemProps';
import { useDeskTeams } from '../hooks/useDeskTeams';

interface TeamSelectProps {
  label: string;
  value: string;
  onChange(teamId: string): void;
  /** A problem with the choice, shown under the field. */
  problem?: string | null;
}

/** Chooses one of the desk's teams, each shown with how many people it has. */
export function TeamSelect({ label, value, onChange, problem }: TeamSelectProps) {
  const { t } = useTranslation();
  const { teams, loading } = useDeskTeams();
  return (
    <TextField
      select
      label={label}
      value={teams.some((team) => team.id === value) ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      required
      fullWidth
      {...problemProps(problem, !loading && teams.length === 0 ? t('inbox.transfer.noTeams') : ' ')}
    >
      {teams.map((team) => (
        <MenuItem key={team.id} value={team.id}>
          <ListItemText primary={team.name} secondary={t('inbox.teams.members', { count: team.memberCount })} />
        </MenuItem>
      ))}
    </TextField>
  );
}
