import MoreVertIcon from '@mui/icons-material/MoreVert';
import { Box, Chip, IconButton, Tooltip, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../conversations/components/VisuallyHidden';
import { useDateFormat } from '../../conversations/hooks/useDateFormat';
import { handlesConversations } from './usePeopleChoices';
import type { AdminUser } from './useUserList';

// The pieces of a person's row, shared by the table (wide screens) and the cards (phones).

export function UserStatusChip({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  return user.active ? (
    <Chip size="small" color="success" label={t('adminPeople.users.status.active')} />
  ) : (
    <Chip size="small" variant="outlined" label={t('adminPeople.users.status.deactivated')} />
  );
}

/** Open conversations against capacity, for people who take conversations; a dash for the others. */
export function UserLoad({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  if (!handlesConversations(user.role)) return <span aria-hidden="true">—</span>;
  const full = user.openConversations >= user.capacity;
  const numbers = { open: user.openConversations, capacity: user.capacity };
  return (
    <Typography
      component="span"
      variant="body2"
      color={full ? 'error' : 'text.primary'}
      sx={{ position: 'relative', whiteSpace: 'nowrap' }}
    >
      <span aria-hidden="true">{t('adminPeople.users.load', numbers)}</span>
      <VisuallyHidden>{t('adminPeople.users.loadLabel', numbers)}</VisuallyHidden>
    </Typography>
  );
}

export function UserLastSeen({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  if (!user.lastSeenAt) return <>{t('adminPeople.users.never')}</>;
  return (
    // The full date and time on hover or focus: the short form drops the year and, today, the date.
    <Tooltip title={dates.full(user.lastSeenAt)} describeChild>
      <time dateTime={user.lastSeenAt}>{dates.short(user.lastSeenAt)}</time>
    </Tooltip>
  );
}

export function UserTeams({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  if (user.teams.length === 0) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {t('adminPeople.users.noTeams')}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {user.teams.map((team) => (
        <Chip key={team.id} size="small" variant="outlined" label={team.name} sx={{ maxWidth: '100%' }} />
      ))}
    </Box>
  );
}

/** Name and email, with "You" beside the viewer's own account. */
export function UserIdentity({ user, isViewer }: { user: AdminUser; isViewer: boolean }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }} data-testid="user-name">
          {user.displayName}
        </Typography>
        {isViewer && <Chip size="small" color="primary" variant="outlined" label={t('adminPeople.users.you')} />}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {user.email}
      </Typography>
    </Box>
  );
}

interface UserActionsButtonProps {
  user: AdminUser;
  /** The open menu's id while it belongs to this person. */
  menuId: string | null;
  onOpen(anchor: HTMLElement, user: AdminUser): void;
}

/** Opens the person's actions menu; keeps its id, so focus can come back here after a dialog. */
export function UserActionsButton({ user, menuId, onOpen }: UserActionsButtonProps) {
  const { t } = useTranslation();
  return (
    <IconButton
      id={actionsButtonId(user.id)}
      data-testid="user-actions"
      aria-label={t('adminPeople.users.actionsFor', { name: user.displayName })}
      aria-haspopup="menu"
      aria-expanded={menuId ? true : undefined}
      aria-controls={menuId ?? undefined}
      onClick={(event: MouseEvent<HTMLElement>) => onOpen(event.currentTarget, user)}
    >
      <MoreVertIcon />
    </IconButton>
  );
}

export function actionsButtonId(userId: string): string {
  return `user-actions-${userId}`;
}
