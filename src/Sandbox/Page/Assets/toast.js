// Short notices in the corner: what was done, or why it could not be.
import { byTestId, h } from './dom.js';

const LIFETIME_MS = 8000;

export function toast(message, kind = 'info') {
  const item = h('div', { class: `toast toast-${kind}`, testid: 'toast', 'data-kind': kind, role: kind === 'error' ? 'alert' : 'status' }, message);
  byTestId('toasts').append(item);
  setTimeout(() => item.remove(), LIFETIME_MS);
}
