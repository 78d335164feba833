/** The agent workspace's keyboard shortcuts, as documented in the help dialog (the pages bind the same keys). */
export const SHORTCUTS = [
  { key: '?', label: 'inbox.shortcuts.help' },
  { key: 'j', label: 'inbox.shortcuts.next' },
  { key: 'k', label: 'inbox.shortcuts.previous' },
  { key: 'Enter', label: 'inbox.shortcuts.open_row' },
  { key: '/', label: 'inbox.shortcuts.search' },
  { key: 'c', label: 'inbox.shortcuts.claim' },
  { key: 'a', label: 'inbox.shortcuts.accept' },
  { key: 'r', label: 'inbox.shortcuts.reply' },
  { key: 'n', label: 'inbox.shortcuts.note' },
  { key: 'e', label: 'inbox.shortcuts.complete' },
  { key: 't', label: 'inbox.shortcuts.transfer' },
  { key: 'u', label: 'inbox.shortcuts.back' },
] as const;
