import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import SearchOffOutlinedIcon from '@mui/icons-material/SearchOffOutlined';
import { Alert, Box, Button, Skeleton, Stack } from '@mui/material';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../../components/apiErrorText';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { paths } from '../../../paths';
import { LoadMoreFooter } from '../../conversations/components/LoadMoreFooter';
import { InboxFilters } from '../components/InboxFilters';
import { InboxList } from '../components/InboxList';
import { INBOX_PANEL_ID, InboxTabs, tabId } from '../components/InboxTabs';
import { WorkspaceTools } from '../components/WorkspaceTools';
import { useHotkeys } from '../hooks/useHotkeys';
import { useInbox } from '../hooks/useInbox';
import { useInboxFilters } from '../hooks/useInboxFilters';
import { useMatchingSnippets } from '../hooks/useMatchingSnippets';

/** `/agent/inbox`: the live queue, by tab (mine, unassigned, all) and filters. */
export function InboxPage() {
  const { t } = useTranslation();
  const filters = useInboxFilters();
  const inbox = useInbox(filters.state);
  const matches = useMatchingSnippets(filters.state);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys({ '/': () => searchRef.current?.focus() });
  const connection = inbox.data?.conversations;
  const from = `${paths.inbox}${filters.search ? `?${filters.search}` : ''}`;

  let content: ReactNode;
  if (connection && connection.edges.length === 0) {
    content =
      filters.activeCount > 0 ? (
        <EmptyState
          icon={<SearchOffOutlinedIcon />}
          title={t('inbox.home.noMatchTitle')}
          description={t('inbox.home.noMatchDescription')}
        />
      ) : (
        <EmptyState icon={<InboxOutlinedIcon />} title={t('inbox.home.emptyTitle')} description={t('inbox.home.emptyDescription')} />
      );
  } else if (connection) {
    content = (
      <>
        <InboxList conversations={connection.edges.map((edge) => edge.node)} from={from} matches={matches} />
        <LoadMoreFooter
          shown={connection.edges.length}
          total={connection.totalCount}
          hasMore={connection.pageInfo.hasNextPage}
          loading={inbox.loadingMore}
          error={inbox.loadMoreError}
          onLoadMore={inbox.loadMore}
        />
      </>
    );
  } else if (inbox.error) {
    content = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={inbox.reload}>
            {t('common.retry')}
          </Button>
        }
      >
        {t('conversation.list.loadError')} {apiErrorText(t, inbox.error)}
      </Alert>
    );
  } else {
    content = (
      <Stack spacing={1} aria-busy="true" aria-label={t('common.loading')}>
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} variant="rounded" height={96} />
        ))}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader title={t('inbox.home.title')} subtitle={t('inbox.home.subtitle')} actions={<WorkspaceTools />} />
      <Stack spacing={2}>
        <InboxFilters
          state={filters.state}
          activeCount={filters.activeCount}
          onChange={filters.set}
          onClear={filters.clear}
          searchRef={searchRef}
        />
        <InboxTabs value={filters.state.tab} counts={connection?.counts} onChange={(tab) => filters.set({ tab })} />
        <Box id={INBOX_PANEL_ID} role="tabpanel" aria-labelledby={tabId(filters.state.tab)}>
          {content}
        </Box>
      </Stack>
    </>
  );
}
