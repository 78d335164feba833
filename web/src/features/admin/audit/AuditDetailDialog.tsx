import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailRow } from '../../../components/DetailRow';
import { useDateFormat } from '../../conversations/hooks/useDateFormat';
import type { AuditRecord } from './AuditLogTable';
import { prettyDetail } from './prettyDetail';

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

/** One record in full: who, what, when, from where, the change as indented JSON, and its hash in the chain. */
export function AuditDetailDialog({ record, onClose }: { record: AuditRecord | null; onClose(): void }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const dates = useDateFormat();
  const titleId = useId();
  const detail = prettyDetail(record?.detail);
  return (
    <Dialog open={!!record} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md" fullScreen={phone}>
      {record && (
        <>
          <DialogTitle id={titleId}>{t('adminConfig.audit.detail.title', { seq: record.seq })}</DialogTitle>
          {/* Focusable: on a phone it scrolls, and keyboard users must be able to scroll it. */}
          <DialogContent dividers tabIndex={0} data-testid="audit-detail">
            <DetailRow label={t('adminConfig.audit.time')} value={dates.full(record.createdAt)} />
            <DetailRow label={t('adminConfig.audit.actorColumn')} value={record.actor?.displayName ?? t('adminConfig.audit.system')} />
            <DetailRow label={t('adminConfig.audit.actionColumn')} value={<Box sx={{ fontFamily: MONO }}>{record.action}</Box>} />
            <DetailRow
              label={t('adminConfig.audit.target')}
              value={[record.targetType, record.targetId].filter(Boolean).join(' · ') || '—'}
            />
            <DetailRow label={t('adminConfig.audit.ip')} value={record.ip ?? '—'} />
            <DetailRow label={t('adminConfig.audit.detail.userAgent')} value={record.userAgent ?? '—'} />
            <DetailRow label={t('adminConfig.audit.detail.sequence')} value={record.seq} />
            <Divider sx={{ my: 1.5 }} />
            <Typography component="h3" variant="subtitle2" gutterBottom>
              {t('adminConfig.audit.detail.data')}
            </Typography>
            {detail ? (
              <Box
                component="pre"
                tabIndex={0}
                data-testid="audit-detail-json"
                sx={{ fontFamily: MONO, fontSize: '0.8125rem', bgcolor: 'action.hover', p: 1.5, borderRadius: 2, overflowX: 'auto', m: 0 }}
              >
                {detail}
              </Box>
            ) : (
              <Typography color="text.secondary">{t('adminConfig.audit.detail.noData')}</Typography>
            )}
            <Typography component="h3" variant="subtitle2" sx={{ mt: 2 }} gutterBottom>
              {t('adminConfig.audit.detail.hash')}
            </Typography>
            <Typography data-testid="audit-detail-hash" sx={{ fontFamily: MONO, fontSize: '0.8125rem', overflowWrap: 'anywhere' }}>
              {record.hash}
            </Typography>
          </DialogContent>
          <DialogActions sx={{ px: 3, py: 1.5 }}>
            <Button variant="contained" onClick={onClose}>
              {t('adminConfig.audit.detail.close')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
