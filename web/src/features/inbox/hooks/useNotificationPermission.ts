import { useCallback, useState } from 'react';

export type NotificationState = NotificationPermission | 'unsupported';

function currentState(): NotificationState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** The browser's permission for desktop notifications, asked only when the person presses the button. */
export function useNotificationPermission(): { state: NotificationState; request(): void } {
  const [state, setState] = useState<NotificationState>(currentState);
  const request = useCallback(() => {
    if (typeof Notification === 'undefined') return;
    void Notification.requestPermission().then(setState, () => setState(currentState()));
  }, []);
  return { state, request };
}
