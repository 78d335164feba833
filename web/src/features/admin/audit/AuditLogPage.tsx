import { useQuery } from '@apollo/client/react';
import { Alert, Box, Button, CircularProgress, Skeleton, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../i18n/adminConfig';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { apiErrorText } from '../../../components/apiErrorText';
import { PageHeader } from '../../../components/PageHeader';
import { RetryAlert } from '../../../components/RetryAlert';
import { AuditLogsDocument } from '../../../graphql/generated/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { appendPage } from '../../conversations/model/connection';
import { AuditDetailDialog } from './AuditDetailDialog';
import { AuditFilters } from './AuditFilters';
import { AuditLogTable, type AuditRecord } from './AuditLogTable';
import { type AuditFilterForm, EMPTY_FILTER, filterInputOf, rangeInverted } from './auditFilter';
import { useFindAuditRecord } from './useFindAuditRecord';
import { VerifyChain } from './VerifyChain';

const PAGE_SIZE = 25;

/** `/admin/audit`: the tamper-evident record of who did what, filtered, paged, opened one by one, and verified. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilterForm>(EMPTY_FILTER);
  const [open, setOpen] = useState<AuditRecord | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const findRecord = useFindAuditRecord();
  const inverted = rangeInverted(filter);
  // Typing in a field asks the server once it settles, not at every key.
  const input = useDebouncedValue(
    useMemo(() => filterInputOf(filter), [filter]),
    300,
  );
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AuditLogsDocument, {
    variables: { filter: input, first: PAGE_SIZE },
    skip: inverted,
    fetchPolicy: 'cache-and-network',
  });
  const apiError = apiErrorOf(error);
  const rangeRefused = apiError?.fields.some((problem) => problem.field.endsWith('to'));
  const rangeProblem = inverted || rangeRefused ? t('adminConfig.audit.toBeforeFrom') : null;
  const shown = data ?? previousData;
  const connection = shown?.auditLogs;
  const records = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          auditLogs: { ...fetchMoreResult.auditLogs, edges: appendPage(previous.auditLogs.edges, fetchMoreResult.auditLogs.edges) },
        }),
      });
    } catch (caught) {
      setMoreError(apiErrorOf(caught));
    } finally {
      setLoadingMore(false);
    }
  };

  const showRecord = async (id: string) => {
    const record = records.find((candidate) => candidate.id === id) ?? (await findRecord(id));
    if (record) setOpen(record);
    return !!record;
  };

  return (
    <>
      <PageHeader title={t('admin.audit.title')} subtitle={t('admin.audit.subtitle')} />
      <VerifyChain onShowRecord={showRecord} />
      <AuditFilters value={filter} onChange={setFilter} rangeProblem={rangeProblem} />
      {apiError && !rangeRefused && (
        <RetryAlert message={`${t('adminConfig.loadError')} ${apiErrorText(t, apiError)}`} onRetry={() => void refetch()} />
      )}
      {!shown && loading && <Skeleton variant="rounded" height={360} aria-hidden="true" />}
      {connection && (
        <>
          <Typography variant="body2" color="text.secondary" aria-live="polite" sx={{ mb: 1 }} data-testid="audit-count">
            {t('adminConfig.audit.count', { count: connection.totalCount })}
          </Typography>
          {records.length > 0 ? (
            <AuditLogTable records={records} onOpen={setOpen} />
          ) : (
            <Alert severity="info">{t('adminConfig.audit.empty')}</Alert>
          )}
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 1, pt: 2 }}>
            {moreError && (
              <Alert severity="error" sx={{ alignSelf: 'stretch' }}>
                {apiErrorText(t, moreError)}
              </Alert>
            )}
            {connection.pageInfo.hasNextPage && (
              <Button
                variant="outlined"
                onClick={() => void loadMore()}
                disabled={loadingMore}
                startIcon={loadingMore ? <CircularProgress size={16} color="inherit" aria-hidden="true" /> : undefined}
              >
                {loadingMore ? t('adminConfig.audit.loadingMore') : t('adminConfig.audit.loadMore')}
              </Button>
            )}
          </Box>
        </>
      )}
      <AuditDetailDialog record={open} onClose={() => setOpen(null)} />
    </>
  );
}
