import { useMutation } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { type ApiError, apiErrorOf } from '../../../apollo/errors';
import { type RoleMatrixFieldsFragment, UpdateRoleDocument } from '../../../graphql/generated/graphql';

export type MatrixRole = RoleMatrixFieldsFragment;

/** Unsaved permission changes of one role: what it would have, and how many boxes differ from what it has. */
export interface RoleDraft {
  permissions: ReadonlySet<string>;
  changes: number;
}

export interface RoleDrafts {
  /** Whether the role would have the permission (its draft, else what it has). */
  granted(role: MatrixRole, permission: string): boolean;
  toggle(role: MatrixRole, permission: string): void;
  draftOf(role: MatrixRole): RoleDraft | null;
  discard(roleId: string): void;
  /** Saves one role's draft; resolves to the refusal, or null once saved. */
  save(role: MatrixRole): Promise<ApiError | null>;
  savingId: string | null;
  /** How many roles have unsaved changes. */
  dirtyCount: number;
}

function differences(a: ReadonlySet<string>, b: readonly string[]): number {
  const other = new Set(b);
  let count = 0;
  for (const key of a) if (!other.has(key)) count += 1;
  for (const key of other) if (!a.has(key)) count += 1;
  return count;
}

/** Permission edits kept per role until that role is saved or discarded, so each role is saved on its own. */
export function useRoleDrafts(catalogueOrder: readonly string[]): RoleDrafts {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, ReadonlySet<string>>>(new Map());
  const [savingId, setSavingId] = useState<string | null>(null);
  const [updateRole] = useMutation(UpdateRoleDocument);

  const granted = useCallback(
    (role: MatrixRole, permission: string) => (drafts.get(role.id) ?? new Set(role.permissions)).has(permission),
    [drafts],
  );

  const toggle = useCallback((role: MatrixRole, permission: string) => {
    setDrafts((previous) => {
      const next = new Set(previous.get(role.id) ?? role.permissions);
      if (next.has(permission)) next.delete(permission);
      else next.add(permission);
      const map = new Map(previous);
      // Back to what the role has: no draft left, so the row of buttons goes away.
      if (differences(next, role.permissions) === 0) map.delete(role.id);
      else map.set(role.id, next);
      return map;
    });
  }, []);

  const discard = useCallback((roleId: string) => {
    setDrafts((previous) => {
      const map = new Map(previous);
      map.delete(roleId);
      return map;
    });
  }, []);

  const save = useCallback(
    async (role: MatrixRole) => {
      const draft = drafts.get(role.id);
      if (!draft) return null;
      setSavingId(role.id);
      try {
        // In the catalogue's order, as the server stores them.
        const permissions = catalogueOrder.filter((key) => draft.has(key));
        await updateRole({ variables: { id: role.id, input: { permissions } } });
        discard(role.id);
        return null;
      } catch (caught) {
        return apiErrorOf(caught);
      } finally {
        setSavingId(null);
      }
    },
    [drafts, catalogueOrder, updateRole, discard],
  );

  return useMemo(
    () => ({
      granted,
      toggle,
      discard,
      save,
      savingId,
      dirtyCount: drafts.size,
      draftOf(role: MatrixRole) {
        const permissions = drafts.get(role.id);
        return permissions ? { permissions, changes: differences(permissions, role.permissions) } : null;
      },
    }),
    [granted, toggle, discard, save, savingId, drafts],
  );
}
