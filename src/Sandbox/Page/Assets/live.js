// The two live inputs of the page: the server's event stream (the only thing the browser listens to; it never
// polls) and the message box, which sends a slash command or a plain message as the current user.
import { byTestId } from './dom.js';
import { toast } from './toast.js';

const PANEL_EVENTS = ['gcas', 'oci', 'mail'];

export function connectEvents({ onHello, onActivity, onPanelChanged }) {
  const status = byTestId('connection-status');
  const source = new EventSource('/api/events');
  source.addEventListener('hello', () => {
    status.dataset.state = 'live';
    status.title = 'Live';
    onHello();
  });
  source.addEventListener('activity', (event) => onActivity(JSON.parse(event.data)));
  for (const name of PANEL_EVENTS) {
    source.addEventListener(name, () => onPanelChanged(name));
  }
  source.addEventListener('error', () => {
    status.dataset.state = 'reconnecting';
    status.title = 'Reconnecting…';
  });
  return source;
}

export function wireComposer(send, noAck) {
  const form = byTestId('composer');
  const input = byTestId('composer-input');
  const button = byTestId('composer-send');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text.length === 0) {
      return;
    }
    input.value = '';
    button.disabled = true;
    try {
      const answer = await send(text);
      if (answer.acknowledged === false) {
        toast(noAck, 'error');
      }
    } catch (error) {
      toast(error.message, 'error');
    } finally {
      button.disabled = false;
    }
  });
}
