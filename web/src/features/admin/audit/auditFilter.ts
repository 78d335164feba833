import type { AuditLogFilter } from '../../../graphql/generated/graphql';

/** The areas of the audit log (the part of an action before its dot), each filterable as a whole with `area.`. */
export const AUDIT_AREAS = [
  'auth',
  'user',
  'role',
  'team',
  'settings',
  'conversation',
  'evaluation',
  'template',
  'tag',
  'apitoken',
] as const;

/** The actions the server records, offered as suggestions (any other can be typed). */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.register',
  'auth.password_change',
  'auth.password_reset',
  'auth.password_reset_requested',
  'auth.refresh_reuse',
  'auth.two_factor_enable',
  'auth.two_factor_disable',
  'auth.two_factor_recovery_use',
  'auth.two_factor_recovery_regenerate',
  'auth.two_factor_rate_limited',
  'user.create',
  'user.update',
  'user.role',
  'user.deactivate',
  'user.reactivate',
  'user.profile_update',
  'user.password_reset_sent',
  'role.create',
  'role.update',
  'role.delete',
  'team.create',
  'team.update',
  'team.delete',
  'settings.update',
  'conversation.start',
  'conversation.claim',
  'conversation.assign',
  'conversation.transfer',
  'conversation.status',
  'conversation.priority',
  'conversation.tags',
  'conversation.reopen',
  'evaluation.submit',
  'template.create',
  'template.update',
  'template.delete',
  'tag.create',
  'tag.update',
  'tag.delete',
  'apitoken.create',
  'apitoken.revoke',
] as const;

export const TARGET_TYPES = ['User', 'Role', 'Team', 'Settings', 'Conversation', 'ReplyTemplate', 'Tag', 'ApiToken'] as const;

/** The filters as the form holds them: times as `datetime-local` values, in the browser's time zone. */
export interface AuditFilterForm {
  action: string;
  actor: { id: string; displayName: string } | null;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFilterForm = { action: '', actor: null, targetType: '', targetId: '', from: '', to: '' };

/** The API's filter: empty fields left out, local times as UTC instants. */
export function filterInputOf(form: AuditFilterForm): AuditLogFilter {
  const at = (local: string) => (local ? new Date(local).toISOString() : null);
  return {
    action: form.action.trim() || null,
    actorId: form.actor?.id ?? null,
    targetType: form.targetType || null,
    targetId: form.targetId.trim() || null,
    from: at(form.from),
    to: at(form.to),
  };
}

/** Whether the range runs backwards (the server refuses it on `to`). */
export function rangeInverted(form: AuditFilterForm): boolean {
  return !!form.from && !!form.to && new Date(form.to) <= new Date(form.from);
}

export function isFiltered(form: AuditFilterForm): boolean {
  return JSON.stringify(form) !== JSON.stringify(EMPTY_FILTER);
}
