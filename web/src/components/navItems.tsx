import AdminPanelSettingsOutlinedIcon from '@mui/icons-material/AdminPanelSettingsOutlined';
import AssessmentOutlinedIcon from '@mui/icons-material/AssessmentOutlined';
import ChatBubbleOutlineIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import DashboardOutlinedIcon from '@mui/icons-material/DashboardOutlined';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import HistoryOutlinedIcon from '@mui/icons-material/HistoryOutlined';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import PeopleOutlineIcon from '@mui/icons-material/PeopleOutlineOutlined';
import SettingsOutlinedIcon from '@mui/icons-material/SettingsOutlined';
import TerminalOutlinedIcon from '@mui/icons-material/TerminalOutlined';
import type { ReactNode } from 'react';
import type { SessionUser } from '../apollo/sessionStore';
import { canAccessPath } from '../features/auth/access';
import { paths } from '../paths';

export type NavLabelKey =
  | 'nav.portal'
  | 'nav.inbox'
  | 'nav.dashboard'
  | 'nav.reports'
  | 'nav.users'
  | 'nav.roles'
  | 'nav.teams'
  | 'nav.settings'
  | 'nav.audit'
  | 'nav.console';

export interface NavItem {
  to: string;
  label: NavLabelKey;
  icon: ReactNode;
}

export interface NavSection {
  title: 'nav.sections.support' | 'nav.sections.insights' | 'nav.sections.administration';
  items: NavItem[];
}

const SECTIONS: NavSection[] = [
  {
    title: 'nav.sections.support',
    items: [
      { to: paths.portal, label: 'nav.portal', icon: <ChatBubbleOutlineIcon /> },
      { to: paths.inbox, label: 'nav.inbox', icon: <InboxOutlinedIcon /> },
    ],
  },
  {
    title: 'nav.sections.insights',
    items: [
      { to: paths.adminDashboard, label: 'nav.dashboard', icon: <DashboardOutlinedIcon /> },
      { to: paths.adminReports, label: 'nav.reports', icon: <AssessmentOutlinedIcon /> },
    ],
  },
  {
    title: 'nav.sections.administration',
    items: [
      { to: paths.adminUsers, label: 'nav.users', icon: <PeopleOutlineIcon /> },
      { to: paths.adminRoles, label: 'nav.roles', icon: <AdminPanelSettingsOutlinedIcon /> },
      { to: paths.adminTeams, label: 'nav.teams', icon: <GroupsOutlinedIcon /> },
      { to: paths.adminSettings, label: 'nav.settings', icon: <SettingsOutlinedIcon /> },
      { to: paths.adminAudit, label: 'nav.audit', icon: <HistoryOutlinedIcon /> },
      { to: paths.adminConsole, label: 'nav.console', icon: <TerminalOutlinedIcon /> },
    ],
  },
];

/** The navigation a user sees: only the places their permissions open. */
export function navSectionsFor(user: SessionUser): NavSection[] {
  return SECTIONS.map((section) => ({ ...section, items: section.items.filter((item) => canAccessPath(user, item.to)) })).filter(
    (section) => section.items.length > 0,
  );
}
