// Modals the bot opened (views.open / push / update), shown as dialogs. What the user typed survives reloads:
// the dialog is rebuilt only when the view itself changed (another id or hash).
import { byTestId, clear, h } from './dom.js';
import { renderBlocks } from './blocks.js';
import { checkValues, collectValues, showErrors } from './inputs.js';

export function createModals({ names, act, refresh, toast, onViewAction }) {
  const layer = byTestId('modal-layer');
  let shown = null;

  function show(modals) {
    const top = modals.length > 0 ? modals[modals.length - 1] : null;
    if (!top) {
      shown = null;
      layer.hidden = true;
      clear(layer);
      return;
    }
    if (shown && shown.id === top.id && shown.hash === top.hash) {
      return;
    }
    shown = top;
    layer.hidden = false;
    layer.replaceChildren(render(top));
  }

  function render(view) {
    const ctx = { names, errors: view.errors ?? {}, onAction: (element, blockId, button) => onViewAction(view, element, blockId, button) };
    const body = h('div', { class: 'modal-body', testid: 'modal-body' }, renderBlocks(view.blocks, ctx));
    const submit = view.submit
      ? h('button', { type: 'submit', class: 'btn btn-primary', testid: 'modal-submit' }, view.submit)
      : null;
    const form = h('form', { class: 'modal', testid: 'modal', 'data-view-id': view.id, 'data-callback-id': view.callbackId ?? '', novalidate: true },
      h('header', { class: 'modal-header' },
        h('h2', { testid: 'modal-title' }, view.title ?? ''),
        h('button', { type: 'button', class: 'icon-button', testid: 'modal-dismiss', title: 'Close', onclick: () => close(view) }, '×')),
      body,
      h('footer', { class: 'modal-footer' },
        h('button', { type: 'button', class: 'btn', testid: 'modal-close', onclick: () => close(view) }, view.close ?? 'Cancel'),
        submit));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitView(view, form, submit);
    });
    return form;
  }

  async function submitView(view, form, button) {
    const missing = checkValues(form, view.blocks);
    showErrors(form, missing);
    if (Object.keys(missing).length > 0) {
      return;
    }
    button.disabled = true;
    try {
      const outcome = await act('submit', { viewId: view.id, ...collectValues(form) });
      if (outcome.action === 'errors' || outcome.action === 'required') {
        showErrors(form, outcome.errors);
      } else if (outcome.action === 'timeout') {
        toast('The bot did not acknowledge the submission in time; the modal stays open.', 'error');
      }
    } catch (error) {
      toast(error.message, 'error');
    } finally {
      button.disabled = false;
      await refresh();
    }
  }

  async function close(view) {
    try {
      await act('close', { viewId: view.id });
    } catch (error) {
      toast(error.message, 'error');
    }
    await refresh();
  }

  return { show };
}
