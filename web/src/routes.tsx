import { type ComponentType, lazy } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { NotFoundPage } from './components/NotFoundPage';
import { RootLayout } from './components/RootLayout';
import { RouteErrorPage } from './components/RouteErrorPage';
import { AREA_PERMISSIONS, type Permission } from './features/auth/access';
import { HomeRedirect } from './features/auth/routing/HomeRedirect';
import { PublicOnlyRoute } from './features/auth/routing/PublicOnlyRoute';
import { RequireAuth } from './features/auth/routing/RequireAuth';
import { RequirePermission } from './features/auth/routing/RequirePermission';
import { paths } from './paths';

/** React.lazy for a named export: each page becomes its own chunk, loaded on first visit. */
function lazyNamed<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/** Every page but sign-in sits inside it: the GraphQL client is a chunk of its own, loaded with the first such page. */
const ApolloRoot = lazyNamed(() => import('./apollo/ApolloRoot'), 'ApolloRoot');
const AppShell = lazyNamed(() => import('./components/AppShell'), 'AppShell');
const SignInPage = lazyNamed(() => import('./features/auth/pages/SignInPage'), 'SignInPage');
const RegisterPage = lazyNamed(() => import('./features/auth/pages/RegisterPage'), 'RegisterPage');
const ForgotPasswordPage = lazyNamed(() => import('./features/auth/pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyNamed(() => import('./features/auth/pages/ResetPasswordPage'), 'ResetPasswordPage');
const AccountPage = lazyNamed(() => import('./features/auth/pages/AccountPage'), 'AccountPage');
const PortalLayout = lazyNamed(() => import('./features/portal/pages/PortalLayout'), 'PortalLayout');
const PortalHomePage = lazyNamed(() => import('./features/portal/pages/PortalHomePage'), 'PortalHomePage');
const PortalConversationPage = lazyNamed(() => import('./features/portal/pages/PortalConversationPage'), 'PortalConversationPage');
const AgentWorkspaceLayout = lazyNamed(() => import('./features/inbox/pages/AgentWorkspaceLayout'), 'AgentWorkspaceLayout');
const InboxPage = lazyNamed(() => import('./features/inbox/pages/InboxPage'), 'InboxPage');
const AgentConversationPage = lazyNamed(() => import('./features/inbox/pages/AgentConversationPage'), 'AgentConversationPage');
const DashboardPage = lazyNamed(() => import('./features/admin/dashboard/DashboardPage'), 'DashboardPage');
const UsersPage = lazyNamed(() => import('./features/admin/users/UsersPage'), 'UsersPage');
const RolesPage = lazyNamed(() => import('./features/admin/roles/RolesPage'), 'RolesPage');
const TeamsPage = lazyNamed(() => import('./features/admin/teams/TeamsPage'), 'TeamsPage');
const SettingsPage = lazyNamed(() => import('./features/admin/settings/SettingsPage'), 'SettingsPage');
const AuditLogPage = lazyNamed(() => import('./features/admin/audit/AuditLogPage'), 'AuditLogPage');
const ReportsPage = lazyNamed(() => import('./features/admin/reports/ReportsPage'), 'ReportsPage');
const ConsolePage = lazyNamed(() => import('./features/admin/console/ConsolePage'), 'ConsolePage');

/** The permissions of an area, from the one table in access.ts. */
function permissionsOf(path: string): readonly Permission[] {
  const area = AREA_PERMISSIONS.find((entry) => entry.prefix === path);
  if (!area) throw new Error(`no permissions declared for ${path}`);
  return area.anyOf;
}

/** An admin page behind its permission. */
function adminRoute(path: string, Page: ComponentType): RouteObject {
  return {
    path: path.replace('/admin/', ''),
    element: <RequirePermission anyOf={permissionsOf(path)} />,
    children: [{ index: true, element: <Page /> }],
  };
}

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      // Outside ApolloRoot: a first visit renders sign-in without the GraphQL client (the page loads it for its
      // form), which keeps it inside the bundle budget (scripts/bundle-budget.mjs).
      { element: <PublicOnlyRoute />, children: [{ path: paths.signIn, element: <SignInPage /> }] },
      {
        element: <ApolloRoot />,
        children: [
          { element: <PublicOnlyRoute />, children: [{ path: paths.register, element: <RegisterPage /> }] },
          { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
          { path: paths.resetPassword, element: <ResetPasswordPage /> },
          {
            element: <RequireAuth />,
            children: [
              {
                element: <AppShell />,
                errorElement: <RouteErrorPage />,
                children: [
                  { path: paths.account, element: <AccountPage /> },
                  {
                    path: paths.portal,
                    element: <RequirePermission anyOf={permissionsOf(paths.portal)} />,
                    children: [
                      {
                        element: <PortalLayout />,
                        children: [
                          { index: true, element: <PortalHomePage /> },
                          { path: 'conversations/:id', element: <PortalConversationPage /> },
                        ],
                      },
                    ],
                  },
                  {
                    path: '/agent',
                    element: <RequirePermission anyOf={permissionsOf('/agent')} />,
                    children: [
                      { index: true, element: <Navigate to={paths.inbox} replace /> },
                      {
                        element: <AgentWorkspaceLayout />,
                        children: [
                          { path: 'inbox', element: <InboxPage /> },
                          { path: 'conversations/:id', element: <AgentConversationPage /> },
                        ],
                      },
                    ],
                  },
                  {
                    path: '/admin',
                    children: [
                      { index: true, element: <HomeRedirect /> },
                      adminRoute(paths.adminDashboard, DashboardPage),
                      adminRoute(paths.adminUsers, UsersPage),
                      adminRoute(paths.adminRoles, RolesPage),
                      adminRoute(paths.adminTeams, TeamsPage),
                      adminRoute(paths.adminSettings, SettingsPage),
                      adminRoute(paths.adminAudit, AuditLogPage),
                      adminRoute(paths.adminReports, ReportsPage),
                      adminRoute(paths.adminConsole, ConsolePage),
                    ],
                  },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
