import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../apollo/errors';
import { apiErrorText } from '../../../components/apiErrorText';

interface LoadMoreFooterProps {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  error: ApiError | null;
  onLoadMore(): void;
}

/** Under a list: how much of it is shown, and the next page on request. */
export function LoadMoreFooter({ shown, total, hasMore, loading, error, onLoadMore }: LoadMoreFooterProps) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 1, pt: 2 }}>
      {error && (
        <Alert severity="error" sx={{ alignSelf: 'stretch' }}>
          {t('conversation.list.loadMoreError')} {apiErrorText(t, error)}
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" aria-live="polite">
        {t('conversation.list.shown', { shown, total })}
      </Typography>
      {hasMore && (
        <Button
          variant="outlined"
          onClick={onLoadMore}
          disabled={loading}
          startIcon={loading ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined}
        >
          {loading ? t('conversation.list.loadingMore') : t('conversation.list.loadMore')}
        </Button>
      )}
    </Box>
  );
}
