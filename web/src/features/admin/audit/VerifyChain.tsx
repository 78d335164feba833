import { useApolloClient } from '@apollo/client/react';
import { Alert, Box, Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { apiErrorText } from '../../../components/apiErrorText';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { VerifyAuditLogDocument, type VerifyAuditLogQuery } from '../../../graphql/generated/graphql';

type Verification = VerifyAuditLogQuery['verifyAuditLog'];

interface VerifyChainProps {
  /** Opens the first broken record; resolves to false when it could not be found. */
  onShowRecord(id: string): Promise<boolean>;
}

/** Walks the hash chain on request and says whether it is intact, or where it first breaks (with a way there). */
export function VerifyChain({ onShowRecord }: VerifyChainProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [verifying, setVerifying] = useState(false);
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [finding, setFinding] = useState(false);
  const [notFound, setNotFound] = useState(false);

  const verify = async () => {
    setVerifying(true);
    setError(null);
    setResult(null);
    setNotFound(false);
    try {
      const { data } = await client.query({ query: VerifyAuditLogDocument, fetchPolicy: 'network-only' });
      setResult(data?.verifyAuditLog ?? null);
    } catch (caught) {
      setError(apiErrorOf(caught));
    } finally {
      setVerifying(false);
    }
  };

  const showBroken = async (id: string) => {
    setFinding(true);
    setNotFound(!(await onShowRecord(id).catch(() => false)));
    setFinding(false);
  };

  return (
    <Box sx={{ mb: 2 }}>
      <SubmitButton
        type="button"
        size="medium"
        variant="outlined"
        loading={verifying}
        label={t('adminConfig.audit.verify')}
        loadingLabel={t('adminConfig.audit.verifying')}
        onClick={() => void verify()}
        data-testid="verify-chain"
      />
      <Box role="status" aria-live="polite" sx={{ mt: result || error ? 1.5 : 0 }}>
        {error && <Alert severity="error">{apiErrorText(t, error)}</Alert>}
        {result?.ok && (
          <Alert severity="success" data-testid="chain-result" data-ok="true">
            {t('adminConfig.audit.verifiedOk', { count: result.checked })}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert
            severity="error"
            data-testid="chain-result"
            data-ok="false"
            action={
              result.brokenId ? (
                <Button color="inherit" size="small" disabled={finding} onClick={() => void showBroken(result.brokenId!)}>
                  {finding ? t('adminConfig.audit.findingRecord') : t('adminConfig.audit.showBroken', { seq: result.brokenAt })}
                </Button>
              ) : undefined
            }
          >
            {t('adminConfig.audit.verifiedBroken', { seq: result.brokenAt })}
            {notFound && ` ${t('adminConfig.audit.recordNotFound')}`}
          </Alert>
        )}
      </Box>
    </Box>
  );
}
