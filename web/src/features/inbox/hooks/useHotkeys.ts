import { useEffect, useRef } from 'react';

/** Single keys (`c`, `?`, `Enter`…) and what they do; a handler returning `false` leaves the key alone. */
export type Hotkeys = Record<string, (event: KeyboardEvent) => unknown>;

/** Typing in a field, or working inside a dialog or menu: keys belong to that, not to the page. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [role="dialog"], [role="menu"], [role="listbox"]')) return true;
  return false;
}

/**
 * Page shortcuts on single keys. They never fire while typing in a field, in a dialog or a menu, with Ctrl,
 * Alt or Meta held, or during IME composition (Chinese input); letters never fire with Shift either.
 */
export function useHotkeys(keys: Hotkeys, enabled = true): void {
  const current = useRef(keys);
  useEffect(() => {
    current.current = keys;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      if (event.shiftKey && /^[a-z]$/i.test(event.key)) return;
      const handler = current.current[event.key];
      if (handler && handler(event) !== false) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
