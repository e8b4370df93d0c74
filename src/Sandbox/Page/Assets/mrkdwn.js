// Slack's mrkdwn, rendered to DOM nodes. The bot escapes &, < and > Slack-style, so the only real angle brackets
// are Slack's own controls (links, mentions). Formatting markers must not touch ASCII letters or digits
// (snake_case stays as it is); Japanese text around them is fine.
import { h } from './dom.js';
import { emojify } from './emoji.js';

const INLINE = '`([^`\\n]+)`'
  + '|<([^<>\\n]+)>'
  + '|(?<![A-Za-z0-9*])\\*(?=\\S)([^*\\n]*?\\S)\\*(?![A-Za-z0-9*])'
  + '|(?<![A-Za-z0-9_])_(?=\\S)([^_\\n]*?\\S)_(?![A-Za-z0-9_])'
  + '|(?<![A-Za-z0-9~])~(?=\\S)([^~\\n]*?\\S)~(?![A-Za-z0-9~])';

const SAFE_LINK = /^(https?:|mailto:)/i;

export function decodeEntities(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A text object (plain_text or mrkdwn) as a node. */
export function textObject(object, names, testid) {
  if (!object) {
    return h('span', { testid });
  }
  if (object.type === 'mrkdwn') {
    return h('span', { class: 'mrkdwn', testid }, mrkdwn(object.text ?? '', names));
  }
  return h('span', { class: 'plain', testid }, plainText(object));
}

export function plainText(object) {
  const text = object?.text ?? '';
  return object?.emoji === false ? text : emojify(text);
}

export function mrkdwn(text, names) {
  const fragment = document.createDocumentFragment();
  const parts = String(text ?? '').split('```');
  if (parts.length % 2 === 0) {
    // An unclosed fence is plain text.
    parts.splice(parts.length - 2, 2, `${parts[parts.length - 2]}\`\`\`${parts[parts.length - 1]}`);
  }
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      fragment.append(h('pre', { class: 'code-block', testid: 'code-block' }, decodeEntities(part.replace(/^\n/, ''))));
    } else {
      lines(fragment, part, names);
    }
  });
  return fragment;
}

function lines(parent, text, names) {
  const all = text.split('\n');
  let index = 0;
  while (index < all.length) {
    const quoted = [];
    while (index < all.length && /^&gt;/.test(all[index])) {
      quoted.push(all[index].replace(/^&gt;\s?/, ''));
      index += 1;
    }
    if (quoted.length > 0) {
      const quote = h('blockquote', { class: 'quote' });
      inline(quote, quoted.join('\n'), names);
      parent.append(quote);
      continue;
    }
    const plain = [];
    while (index < all.length && !/^&gt;/.test(all[index])) {
      plain.push(all[index]);
      index += 1;
    }
    inline(parent, plain.join('\n'), names);
  }
}

function inline(parent, text, names) {
  const pattern = new RegExp(INLINE, 'g');
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    appendText(parent, text.slice(last, match.index));
    if (match[1] !== undefined) {
      parent.append(h('code', { class: 'inline-code' }, decodeEntities(match[1])));
    } else if (match[2] !== undefined) {
      parent.append(control(match[2], names));
    } else {
      const tag = match[3] !== undefined ? 'b' : match[4] !== undefined ? 'i' : 's';
      const styled = h(tag);
      inline(styled, match[3] ?? match[4] ?? match[5], names);
      parent.append(styled);
    }
    last = pattern.lastIndex;
  }
  appendText(parent, text.slice(last));
}

function appendText(parent, raw) {
  if (raw.length > 0) {
    parent.append(document.createTextNode(emojify(decodeEntities(raw))));
  }
}

function control(content, names) {
  const bar = content.indexOf('|');
  const target = bar < 0 ? content : content.slice(0, bar);
  const label = bar < 0 ? undefined : decodeEntities(content.slice(bar + 1));
  if (target.startsWith('@')) {
    const id = target.slice(1);
    return mention(`@${names?.users?.get(id) ?? label ?? id}`, 'user');
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    return mention(`#${label ?? names?.channels?.get(id) ?? id}`, 'channel');
  }
  if (target.startsWith('!subteam^')) {
    const id = target.slice('!subteam^'.length);
    return mention(label ?? `@${names?.groups?.get(id) ?? id}`, 'group');
  }
  if (target.startsWith('!date^')) {
    return document.createTextNode(label ?? '');
  }
  if (target.startsWith('!')) {
    return mention(`@${target.slice(1)}`, 'broadcast');
  }
  const url = decodeEntities(target);
  return link(url, label ?? url);
}

/** A link only for http(s) and mailto targets; anything else (javascript:, data:) stays text. */
export function link(url, label) {
  if (SAFE_LINK.test(url)) {
    return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'link', testid: 'link' }, label);
  }
  return document.createTextNode(label);
}

function mention(text, kind) {
  return h('span', { class: `mention mention-${kind}`, testid: 'mention' }, text);
}
