import { Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AuditLogFieldsFragment } from '../../../graphql/generated/graphql';
import { VisuallyHidden } from '../../conversations/components/VisuallyHidden';
import { useDateFormat } from '../../conversations/hooks/useDateFormat';

export type AuditRecord = AuditLogFieldsFragment;

interface AuditLogTableProps {
  records: readonly AuditRecord[];
  onOpen(record: AuditRecord): void;
}

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** The records, newest first: when, who, what, on what, from where; each opens its detail. */
export function AuditLogTable({ records, onOpen }: AuditLogTableProps) {
  const { t } = useTranslation();
  const dates = useDateFormat();
  return (
    <TableContainer
      tabIndex={0}
      role="region"
      aria-label={t('adminConfig.audit.caption')}
      // Its width never comes from the table: on a phone the table scrolls inside it instead of widening the page.
      sx={{ overflowX: 'auto', contain: 'inline-size', bgcolor: 'background.paper', borderRadius: 3, border: 1, borderColor: 'divider' }}
    >
      <Table size="small" sx={{ minWidth: 720 }}>
        <caption>
          <VisuallyHidden>{t('adminConfig.audit.caption')}</VisuallyHidden>
        </caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('adminConfig.audit.time')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('adminConfig.audit.actorColumn')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('adminConfig.audit.actionColumn')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('adminConfig.audit.target')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('adminConfig.audit.ip')}
            </TableCell>
            <TableCell component="th" scope="col">
              <VisuallyHidden>{t('adminConfig.audit.details')}</VisuallyHidden>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {records.map((record) => (
            <TableRow key={record.id} hover data-testid="audit-row" data-action={record.action} data-record-id={record.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Tooltip title={dates.full(record.createdAt)}>
                  <time dateTime={record.createdAt}>{dates.short(record.createdAt)}</time>
                </Tooltip>
              </TableCell>
              <TableCell>{record.actor?.displayName ?? t('adminConfig.audit.system')}</TableCell>
              <TableCell sx={{ fontFamily: MONO, fontSize: '0.8125rem' }}>{record.action}</TableCell>
              <TableCell sx={{ maxWidth: 220 }}>
                {record.targetType && <Typography variant="body2">{record.targetType}</Typography>}
                {record.targetId && (
                  <Typography variant="caption" color="text.secondary" sx={{ fontFamily: MONO, overflowWrap: 'anywhere' }}>
                    {record.targetId}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ fontFamily: MONO, fontSize: '0.8125rem' }}>{record.ip ?? '—'}</TableCell>
              <TableCell align="right">
                <Button
                  size="small"
                  onClick={() => onOpen(record)}
                  aria-label={t('adminConfig.audit.detailsOf', { seq: record.seq })}
                  data-testid="audit-details"
                >
                  {t('adminConfig.audit.details')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
