// Block Kit as Slack lays it out: header, section (text, fields, accessory), context, divider, actions, input,
// plus fallbacks for the rest. ctx.onAction(element, blockId) is called for buttons; ctx.errors holds a modal's
// per-block errors.
import { h } from './dom.js';
import { link, mrkdwn, plainText, textObject } from './mrkdwn.js';
import { inputBlock } from './inputs.js';

export function renderBlocks(blocks, ctx) {
  const container = h('div', { class: 'blocks', testid: 'blocks' });
  (Array.isArray(blocks) ? blocks : []).forEach((block, index) => {
    container.append(renderBlock(block ?? {}, index, ctx));
  });
  return container;
}

export function blockIdOf(block, index) {
  return block.block_id ?? `b${index}`;
}

function renderBlock(block, index, ctx) {
  const blockId = blockIdOf(block, index);
  switch (block.type) {
    case 'header':
      return h('div', { class: 'block block-header', testid: 'block-header', 'data-block-id': blockId }, plainText(block.text));
    case 'section':
      return section(block, blockId, ctx);
    case 'divider':
      return h('hr', { class: 'block block-divider', testid: 'block-divider' });
    case 'context':
      return h('div', { class: 'block block-context', testid: 'block-context', 'data-block-id': blockId },
        (block.elements ?? []).map((element) => contextElement(element, ctx)));
    case 'actions':
      return h('div', { class: 'block block-actions', testid: 'block-actions', 'data-block-id': blockId },
        (block.elements ?? []).map((element) => renderElement(element, blockId, ctx)));
    case 'input':
      return inputBlock(block, index, ctx);
    case 'image':
      return h('figure', { class: 'block block-image', testid: 'block-image' },
        h('div', { class: 'image-placeholder' }, `🖼 ${block.alt_text ?? ''}`),
        block.title ? h('figcaption', {}, plainText(block.title)) : null);
    case 'rich_text':
      return h('div', { class: 'block block-rich-text mrkdwn', testid: 'block-rich-text' }, richText(block.elements ?? [], ctx));
    case 'markdown':
      return h('div', { class: 'block block-markdown', testid: 'block-markdown' }, block.text ?? '');
    default:
      return h('div', { class: 'block block-unsupported', testid: 'block-unsupported' }, `[${block.type ?? 'unknown'} block]`);
  }
}

function section(block, blockId, ctx) {
  const body = h('div', { class: 'section-body' });
  if (block.text) {
    body.append(h('div', { class: 'section-text', testid: 'section-text' }, textObject(block.text, ctx.names)));
  }
  if (Array.isArray(block.fields) && block.fields.length > 0) {
    body.append(h('div', { class: 'section-fields', testid: 'section-fields' },
      block.fields.map((field) => h('div', { class: 'section-field', testid: 'section-field' }, textObject(field, ctx.names)))));
  }
  const accessory = block.accessory ? h('div', { class: 'section-accessory' }, renderElement(block.accessory, blockId, ctx)) : null;
  return h('div', { class: 'block block-section', testid: 'block-section', 'data-block-id': blockId }, body, accessory);
}

function contextElement(element, ctx) {
  if (element?.type === 'image') {
    return h('span', { class: 'context-image', title: element.alt_text ?? '' }, '▪');
  }
  return h('span', { class: 'context-item' }, textObject(element, ctx.names));
}

export function renderElement(element, blockId, ctx) {
  if (element?.type === 'button') {
    const style = element.style === 'primary' || element.style === 'danger' ? ` btn-${element.style}` : '';
    return h('button', {
      type: 'button',
      class: `btn${style}`,
      testid: 'button',
      'data-action-id': element.action_id ?? '',
      'data-block-id': blockId,
      'data-style': element.style ?? 'default',
      onclick: (event) => ctx.onAction?.(element, blockId, event.currentTarget),
    }, plainText(element.text));
  }
  if (element?.type === 'image') {
    return h('span', { class: 'context-image', title: element.alt_text ?? '' }, '🖼');
  }
  return h('span', { class: 'unsupported-element', testid: 'unsupported-element' }, `[${element?.type ?? 'element'}]`);
}

function richText(elements, ctx) {
  return elements.map((element) => {
    const children = (element.elements ?? []).map((item) => richItem(item, ctx));
    switch (element.type) {
      case 'rich_text_preformatted':
        return h('pre', { class: 'code-block' }, children);
      case 'rich_text_quote':
        return h('blockquote', { class: 'quote' }, children);
      case 'rich_text_list':
        return h(element.style === 'ordered' ? 'ol' : 'ul', {}, (element.elements ?? []).map((item) =>
          h('li', {}, (item.elements ?? []).map((inner) => richItem(inner, ctx)))));
      default:
        return h('div', {}, children);
    }
  });
}

function richItem(item, ctx) {
  let node;
  switch (item.type) {
    case 'text':
      node = document.createTextNode(item.text ?? '');
      break;
    case 'link':
      node = link(item.url ?? '', item.text ?? item.url ?? '');
      break;
    case 'user':
      node = mrkdwn(`<@${item.user_id ?? ''}>`, ctx.names);
      break;
    case 'channel':
      node = mrkdwn(`<#${item.channel_id ?? ''}>`, ctx.names);
      break;
    case 'emoji':
      node = document.createTextNode(emojiOf(item));
      break;
    default:
      node = document.createTextNode(item.text ?? '');
  }
  const style = item.style ?? {};
  for (const [flag, tag] of [['code', 'code'], ['strike', 's'], ['italic', 'i'], ['bold', 'b']]) {
    if (style[flag]) {
      node = h(tag, {}, node);
    }
  }
  return node;
}

function emojiOf(item) {
  try {
    return item.unicode ? String.fromCodePoint(...item.unicode.split('-').map((code) => Number.parseInt(code, 16))) : `:${item.name}:`;
  } catch {
    return `:${item.name}:`;
  }
}
