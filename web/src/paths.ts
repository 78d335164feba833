/** The app's routes (design, section 4), in one place for links and redirects. */
export const paths = {
  home: '/',
  signIn: '/signin',
  register: '/register',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  account: '/account',
  portal: '/portal',
  portalConversation: (id: string) => `/portal/conversations/${encodeURIComponent(id)}`,
  inbox: '/agent/inbox',
  agentConversation: (id: string) => `/agent/conversations/${encodeURIComponent(id)}`,
  adminDashboard: '/admin/dashboard',
  adminUsers: '/admin/users',
  adminRoles: '/admin/roles',
  adminTeams: '/admin/teams',
  adminSettings: '/admin/settings',
  adminAudit: '/admin/audit',
  adminReports: '/admin/reports',
  adminConsole: '/admin/console',
} as const;

/** Where help requests go, shown on error pages. Set VITE_SUPPORT_EMAIL at build time to change it. */
export const SUPPORT_EMAIL: string = import.meta.env.VITE_SUPPORT_EMAIL || 'support@localhost';
