// The confirm dialog of a button with a `confirm` object: title, text, confirm/deny labels, danger style.
import { byTestId, clear } from './dom.js';
import { plainText, textObject } from './mrkdwn.js';

export function confirmAction(confirm, names) {
  const dialog = byTestId('confirm-dialog');
  byTestId('confirm-title', dialog).textContent = plainText(confirm.title) || 'Are you sure?';
  clear(byTestId('confirm-text', dialog)).append(textObject(confirm.text, names));
  const ok = byTestId('confirm-ok', dialog);
  const cancel = byTestId('confirm-cancel', dialog);
  ok.textContent = plainText(confirm.confirm) || 'Yes';
  cancel.textContent = plainText(confirm.deny) || 'Cancel';
  ok.className = confirm.style === 'danger' ? 'btn btn-danger' : 'btn btn-primary';
  ok.dataset.style = confirm.style ?? 'primary';
  return new Promise((resolve) => {
    const done = (result) => {
      ok.removeEventListener('click', onOk);
      cancel.removeEventListener('click', onCancel);
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) {
        dialog.close();
      }
      resolve(result);
    };
    const onOk = () => done(true);
    const onCancel = (event) => {
      event.preventDefault();
      done(false);
    };
    ok.addEventListener('click', onOk);
    cancel.addEventListener('click', onCancel);
    dialog.addEventListener('cancel', onCancel);
    dialog.showModal();
  });
}
