import '../../../i18n/adminPeople';
import { useMutation, useQuery } from '@apollo/client/react';
import AddIcon from '@mui/icons-material/Add';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import { Alert, Button, Skeleton, Stack } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../apollo/errors';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { type AdminTeamFieldsFragment, AdminTeamsDocument, DeleteTeamDocument } from '../../../graphql/generated/graphql';
import { ConfirmDialog, type ConfirmRequest } from '../people/ConfirmDialog';
import { Notice } from '../people/Notice';
import { peopleErrorText } from '../people/peopleErrors';
import { TeamEditorDialog, type TeamEditorTarget } from './TeamEditorDialog';
import { TeamList } from './TeamList';

/** `/admin/teams`: teams of agents that conversations can be routed to: create, rename, staff, delete. */
export function TeamsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AdminTeamsDocument);
  const [deleteTeam] = useMutation(DeleteTeamDocument, { refetchQueries: ['AdminTeams'] });
  const [editor, setEditor] = useState<TeamEditorTarget | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const teams = data?.teams;
  // A deleted team's card, and the button that opened the dialog with it, are gone: focus goes to "New team".
  const createRef = useRef<HTMLButtonElement>(null);
  const deleted = useRef(false);
  const afterConfirm = () => {
    if (deleted.current) createRef.current?.focus();
    deleted.current = false;
  };

  const askDelete = (team: AdminTeamFieldsFragment) =>
    setConfirm({
      title: t('adminPeople.teams.deleteDialog.title', { name: team.name }),
      body: t('adminPeople.teams.deleteDialog.body'),
      confirmLabel: t('adminPeople.teams.deleteDialog.confirm'),
      confirmingLabel: t('adminPeople.teams.deleteDialog.confirming'),
      destructive: true,
      run: async () => {
        try {
          await deleteTeam({ variables: { id: team.id } });
          deleted.current = true;
          setNotice(t('adminPeople.teams.deleteDialog.done', { name: team.name }));
          return null;
        } catch (caught) {
          const problem = apiErrorOf(caught);
          return problem ? peopleErrorText(t, problem) : t('errors.unexpected');
        }
      },
    });

  const createButton = (
    <Button
      ref={createRef}
      variant="contained"
      startIcon={<AddIcon />}
      onClick={() => setEditor({ kind: 'create' })}
      data-testid="create-team"
    >
      {t('adminPeople.teams.create')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('adminPeople.teams.title')} subtitle={t('adminPeople.teams.subtitle')} actions={createButton} />
      <Notice message={notice} onDismiss={() => setNotice(null)} />
      {teams && teams.length > 0 ? (
        <TeamList teams={teams} onEdit={(team) => setEditor({ kind: 'edit', team })} onDelete={askDelete} />
      ) : teams ? (
        <EmptyState
          icon={<GroupsOutlinedIcon />}
          title={t('adminPeople.teams.empty.title')}
          description={t('adminPeople.teams.empty.description')}
        />
      ) : loading ? (
        <Stack spacing={1.5} aria-busy="true">
          <Skeleton variant="rounded" height={96} />
          <Skeleton variant="rounded" height={96} />
        </Stack>
      ) : error ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {t('adminPeople.teams.loadError')}
        </Alert>
      ) : null}
      <TeamEditorDialog target={editor} onClose={() => setEditor(null)} onDone={setNotice} />
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} onExited={afterConfirm} />
    </>
  );
}
