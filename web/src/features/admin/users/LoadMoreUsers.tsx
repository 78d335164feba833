import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../../components/apiErrorText';
import type { UserList } from './useUserList';

/** Under the list: how many of the matching people are shown, and the next page on request. */
export function LoadMoreUsers({ list }: { list: UserList }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 1, pt: 2 }}>
      {list.loadMoreError && (
        <Alert severity="error" sx={{ alignSelf: 'stretch' }}>
          {t('adminPeople.users.more.error')} {apiErrorText(t, list.loadMoreError)}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" aria-live="polite">
        {t('adminPeople.users.more.shown', { shown: list.users.length, total: list.total })}
      </Typography>
      {list.hasMore && (
        <Button
          variant="outlined"
          onClick={list.loadMore}
          disabled={list.loadingMore}
          startIcon={list.loadingMore ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined}
        >
          {list.loadingMore ? t('adminPeople.users.more.loading') : t('adminPeople.users.more.load')}
        </Button>
      )}
    </Box>
  );
}
