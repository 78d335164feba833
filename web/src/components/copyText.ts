/** Copies text: the Clipboard API where the page may use it (secure contexts), else the selection of `fallbackTarget`. */
export async function copyText(text: string, fallbackTarget: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied: try the old way.
  }
  if (!fallbackTarget) return false;
  const range = document.createRange();
  range.selectNodeContents(fallbackTarget);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
