import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { Box, Button, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AdminTeamFieldsFragment } from '../../../graphql/generated/graphql';

/** Members named on a team's card; the rest are counted. */
const MEMBERS_SHOWN = 12;

interface TeamListProps {
  teams: readonly AdminTeamFieldsFragment[];
  onEdit(team: AdminTeamFieldsFragment): void;
  onDelete(team: AdminTeamFieldsFragment): void;
}

/** The desk's teams, by name: each with its member count, its members and its actions. */
export function TeamList({ teams, onEdit, onDelete }: TeamListProps) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" spacing={1.5} aria-label={t('adminPeople.teams.listLabel')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {teams.map((team) => {
        const hidden = team.members.length - MEMBERS_SHOWN;
        return (
          <Box
            component="li"
            key={team.id}
            data-testid="team"
            sx={{
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'flex-start',
              gap: 1.5,
              p: 2,
              borderRadius: '14px',
              border: '1px solid',
              borderColor: 'divider',
              bgcolor: 'background.paper',
            }}
          >
            <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
              <Typography component="h2" variant="h6" sx={{ fontSize: '1.05rem', overflowWrap: 'anywhere' }} data-testid="team-name">
                {team.name}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('adminPeople.teams.memberCount', { count: team.memberCount })}
              </Typography>
              {team.members.length === 0 ? (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {t('adminPeople.teams.noMembers')}
                </Typography>
              ) : (
                <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, listStyle: 'none', m: 0, mt: 1, p: 0 }}>
                  {team.members.slice(0, MEMBERS_SHOWN).map((member) => (
                    <li key={member.id}>
                      {/* The email on hover tells apart people of the same name. */}
                      <Tooltip title={member.email} describeChild>
                        <Chip
                          size="small"
                          variant="outlined"
                          label={member.displayName}
                          data-testid="team-member"
                          sx={{ maxWidth: '100%' }}
                        />
                      </Tooltip>
                    </li>
                  ))}
                  {hidden > 0 && (
                    <Typography component="li" variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
                      {t('adminPeople.teams.moreMembers', { count: hidden })}
                    </Typography>
                  )}
                </Box>
              )}
            </Box>
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button
                size="small"
                variant="outlined"
                startIcon={<EditOutlinedIcon />}
                aria-label={t('adminPeople.teams.editLabel', { name: team.name })}
                onClick={() => onEdit(team)}
              >
                {t('adminPeople.teams.edit')}
              </Button>
              <Button
                size="small"
                variant="outlined"
                color="error"
                startIcon={<DeleteOutlineIcon />}
                aria-label={t('adminPeople.teams.deleteLabel', { name: team.name })}
                onClick={() => onDelete(team)}
              >
                {t('adminPeople.teams.delete')}
              </Button>
            </Box>
          </Box>
        );
      })}
    </Stack>
  );
}
