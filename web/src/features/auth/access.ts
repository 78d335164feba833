import type { SessionUser } from '../../apollo/sessionStore';
import { paths } from '../../paths';

/** Permission keys of the catalogue (design, section 3) that the web app checks. */
export type Permission =
  | 'conversation:create'
  | 'conversation:read:own'
  | 'conversation:read:any'
  | 'conversation:handle'
  | 'conversation:transfer'
  | 'conversation:assign'
  | 'message:send'
  | 'evaluation:submit'
  | 'template:use'
  | 'template:manage'
  | 'tag:manage'
  | 'assistant:use'
  | 'user:read'
  | 'user:manage'
  | 'role:manage'
  | 'settings:manage'
  | 'audit:read'
  | 'report:read'
  | 'report:export'
  | 'apitoken:manage';

/** Which permissions open which part of the app: any one of them is enough. The first match wins. */
export const AREA_PERMISSIONS: ReadonlyArray<{ prefix: string; anyOf: readonly Permission[] }> = [
  { prefix: '/portal', anyOf: ['conversation:create', 'conversation:read:own'] },
  { prefix: '/agent', anyOf: ['conversation:read:any'] },
  { prefix: paths.adminDashboard, anyOf: ['report:read'] },
  { prefix: paths.adminReports, anyOf: ['report:read'] },
  { prefix: paths.adminUsers, anyOf: ['user:manage'] },
  { prefix: paths.adminRoles, anyOf: ['role:manage'] },
  { prefix: paths.adminTeams, anyOf: ['user:manage'] },
  { prefix: paths.adminSettings, anyOf: ['settings:manage'] },
  { prefix: paths.adminAudit, anyOf: ['audit:read'] },
  { prefix: paths.adminConsole, anyOf: ['settings:manage'] },
];

export function hasPermission(user: SessionUser | null | undefined, permission: Permission): boolean {
  return !!user?.role.permissions.includes(permission);
}

export function hasAnyPermission(user: SessionUser | null | undefined, permissions: readonly Permission[]): boolean {
  return permissions.some((permission) => hasPermission(user, permission));
}

function pathnameOf(target: string): string {
  return target.split(/[?#]/)[0];
}

/** Whether the user may open a path (only the areas above are restricted; the rest is open to every signed-in user). */
export function canAccessPath(user: SessionUser, target: string): boolean {
  const pathname = pathnameOf(target);
  const area = AREA_PERMISSIONS.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return area ? hasAnyPermission(user, area.anyOf) : true;
}

/** The landing page of a role: built-in roles by key, custom roles by what they may do. */
export function homePathFor(user: SessionUser): string {
  switch (user.role.key) {
    case 'admin':
      return paths.adminDashboard;
    case 'agent':
      return paths.inbox;
    case 'customer':
      return paths.portal;
  }
  if (hasPermission(user, 'conversation:read:any')) return paths.inbox;
  if (hasAnyPermission(user, ['conversation:create', 'conversation:read:own'])) return paths.portal;
  if (hasPermission(user, 'report:read')) return paths.adminDashboard;
  const adminArea = AREA_PERMISSIONS.find((area) => area.prefix.startsWith('/admin/') && hasAnyPermission(user, area.anyOf));
  return adminArea ? adminArea.prefix : paths.account;
}

/**
 * A safe place to go back to after signing in: only a path inside this app (never `//host` or a URL),
 * never an auth page, and only where the user is allowed; otherwise their home.
 */
export function postSignInPath(user: SessionUser, next: string | null | undefined): string {
  if (next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) {
    const pathname = pathnameOf(next);
    const authPages: string[] = [paths.signIn, paths.register, paths.forgotPassword, paths.resetPassword, paths.home];
    if (!authPages.includes(pathname) && canAccessPath(user, next)) return next;
  }
  return homePathFor(user);
}
