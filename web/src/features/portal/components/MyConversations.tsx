import ForumOutlinedIcon from '@mui/icons-material/ForumOutlined';
import { Alert, Button, Skeleton, Stack, Typography } from '@mui/material';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../../components/apiErrorText';
import { EmptyState } from '../../../components/EmptyState';
import { MyConversationsDocument, type MyConversationsQueryVariables } from '../../../graphql/generated/graphql';
import { LoadMoreFooter } from '../../conversations/components/LoadMoreFooter';
import { useLiveConversationList } from '../../conversations/hooks/useLiveConversationList';
import { MyConversationRow } from './MyConversationRow';

const PAGE_SIZE = 20;
const VARIABLES: MyConversationsQueryVariables = { first: PAGE_SIZE };

/** The customer's own conversations, newest activity first, kept live. */
export function MyConversations() {
  const { t } = useTranslation();
  const titleId = useId();
  const list = useLiveConversationList(MyConversationsDocument, VARIABLES, PAGE_SIZE);
  const connection = list.data?.conversations;

  let content: ReactNode;
  if (connection && connection.edges.length === 0) {
    content = (
      <EmptyState icon={<ForumOutlinedIcon />} title={t('portal.home.emptyTitle')} description={t('portal.home.emptyDescription')} />
    );
  } else if (connection) {
    content = (
      <>
        <Stack component="ul" spacing={1} aria-labelledby={titleId} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {connection.edges.map(({ node }) => (
            <MyConversationRow key={node.id} conversation={node} />
          ))}
        </Stack>
        <LoadMoreFooter
          shown={connection.edges.length}
          total={connection.totalCount}
          hasMore={connection.pageInfo.hasNextPage}
          loading={list.loadingMore}
          error={list.loadMoreError}
          onLoadMore={list.loadMore}
        />
      </>
    );
  } else if (list.error) {
    content = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={list.reload}>
            {t('common.retry')}
          </Button>
        }
      >
        {t('conversation.list.loadError')} {apiErrorText(t, list.error)}
      </Alert>
    );
  } else {
    content = (
      <Stack spacing={1} aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton variant="rounded" height={84} />
        <Skeleton variant="rounded" height={84} />
      </Stack>
    );
  }

  return (
    <section aria-labelledby={titleId}>
      <Typography id={titleId} variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {t('portal.home.listTitle')}
      </Typography>
      {content}
    </section>
  );
}
