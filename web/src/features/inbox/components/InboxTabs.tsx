import { Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { InboxTab } from '../hooks/useInboxFilters';

export const INBOX_PANEL_ID = 'inbox-panel';
export const tabId = (tab: InboxTab) => `inbox-tab-${tab}`;

interface InboxTabsProps {
  value: InboxTab;
  counts: { mine: number; unassigned: number; all: number } | undefined;
  onChange(tab: InboxTab): void;
}

/** Mine / Unassigned / All, each with its count under the current filters. */
export function InboxTabs({ value, counts, onChange }: InboxTabsProps) {
  const { t } = useTranslation();
  const tabs: InboxTab[] = ['mine', 'unassigned', 'all'];
  return (
    <Tabs
      value={value}
      onChange={(_, tab: InboxTab) => onChange(tab)}
      aria-label={t('inbox.tabs.label')}
      variant="scrollable"
      scrollButtons={false}
      sx={{ borderBottom: '1px solid', borderColor: 'divider', minHeight: 44, '& .MuiTab-root': { minHeight: 44 } }}
    >
      {tabs.map((tab) => (
        <Tab
          key={tab}
          value={tab}
          id={tabId(tab)}
          aria-controls={INBOX_PANEL_ID}
          data-testid={`inbox-tab-${tab}`}
          label={counts ? t('inbox.tabs.withCount', { label: t(`inbox.tabs.${tab}`), count: counts[tab] }) : t(`inbox.tabs.${tab}`)}
          sx={{ color: 'text.secondary', '&.Mui-selected': { color: '#553C9A' } }}
        />
      ))}
    </Tabs>
  );
}
