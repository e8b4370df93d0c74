// Input blocks of modals (plain_text_input, single or multiline, and checkboxes), reading their values back and
// checking them the way Slack's client does before anything is sent.
import { h } from './dom.js';
import { plainText, textObject } from './mrkdwn.js';

export function inputBlock(block, index, ctx) {
  const blockId = block.block_id ?? `b${index}`;
  const element = block.element ?? {};
  const actionId = element.action_id ?? `a${index}`;
  const wrapper = h('div', {
    class: 'block input-block',
    testid: 'input-block',
    'data-block-id': blockId,
    'data-action-id': actionId,
    'data-kind': element.type ?? 'unknown',
    'data-optional': block.optional ? 'true' : 'false',
  });
  wrapper.append(h('label', { class: 'input-label', testid: 'input-label' }, plainText(block.label),
    block.optional ? h('span', { class: 'optional' }, ' (optional)') : null));
  wrapper.append(control(element, actionId, ctx));
  if (block.hint) {
    wrapper.append(h('div', { class: 'input-hint' }, plainText(block.hint)));
  }
  const error = ctx.errors?.[blockId];
  wrapper.append(h('div', { class: 'input-error', testid: 'input-error', 'data-block-id': blockId, hidden: !error }, error ?? ''));
  return wrapper;
}

function control(element, actionId, ctx) {
  if (element.type === 'plain_text_input') {
    const attributes = {
      class: 'text-input',
      testid: 'input',
      'data-action-id': actionId,
      placeholder: element.placeholder?.text ?? '',
    };
    if (Number.isInteger(element.max_length)) {
      attributes.maxLength = element.max_length;
    }
    const input = element.multiline ? h('textarea', { ...attributes, rows: 4 }) : h('input', { ...attributes, type: 'text' });
    input.value = element.initial_value ?? '';
    return input;
  }
  if (element.type === 'checkboxes') {
    const initial = new Set((element.initial_options ?? []).map((option) => option.value));
    return h('div', { class: 'checkboxes', testid: 'checkboxes', 'data-action-id': actionId },
      (element.options ?? []).map((option) => h('label', { class: 'checkbox-option' },
        h('input', { type: 'checkbox', testid: 'checkbox-option', 'data-value': option.value ?? '', value: option.value ?? '', checked: initial.has(option.value) }),
        h('span', { class: 'checkbox-text' }, textObject(option.text, ctx.names),
          option.description ? h('span', { class: 'checkbox-description' }, textObject(option.description, ctx.names)) : null))));
  }
  return h('div', { class: 'unsupported-element', testid: 'unsupported-element' }, `[${element.type ?? 'element'} input]`);
}

/** Values by action_id, as the sandbox API takes them. */
export function collectValues(root) {
  const textValues = {};
  const checkedValues = {};
  for (const block of root.querySelectorAll('[data-testid="input-block"]')) {
    const actionId = block.dataset.actionId;
    if (block.dataset.kind === 'plain_text_input') {
      textValues[actionId] = block.querySelector('[data-testid="input"]').value;
    } else if (block.dataset.kind === 'checkboxes') {
      checkedValues[actionId] = [...block.querySelectorAll('input[type="checkbox"]:checked')].map((box) => box.value);
    }
  }
  return { textValues, checkedValues };
}

/** Errors by block_id for required inputs left empty or text shorter than min_length; empty when fine. */
export function checkValues(root, blocks) {
  const errors = {};
  const definitions = new Map((blocks ?? []).map((block, index) => [block.block_id ?? `b${index}`, block]));
  for (const block of root.querySelectorAll('[data-testid="input-block"]')) {
    const definition = definitions.get(block.dataset.blockId) ?? {};
    const optional = block.dataset.optional === 'true';
    let empty = false;
    if (block.dataset.kind === 'plain_text_input') {
      const value = block.querySelector('[data-testid="input"]').value;
      empty = value.trim().length === 0;
      const min = definition.element?.min_length;
      if (!empty && Number.isInteger(min) && value.length < min) {
        errors[block.dataset.blockId] = `Please enter at least ${min} characters.`;
        continue;
      }
    } else if (block.dataset.kind === 'checkboxes') {
      empty = block.querySelectorAll('input[type="checkbox"]:checked').length === 0;
    }
    if (empty && !optional) {
      errors[block.dataset.blockId] = 'Please fill out this field.';
    }
  }
  return errors;
}

export function showErrors(root, errors) {
  for (const error of root.querySelectorAll('[data-testid="input-error"]')) {
    const message = errors?.[error.dataset.blockId];
    error.textContent = message ?? '';
    error.hidden = !message;
    error.closest('[data-testid="input-block"]')?.classList.toggle('has-error', Boolean(message));
  }
}
