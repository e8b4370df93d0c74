// Messages as a Slack channel shows them: author, time, the bot's blocks (or its text when it sent none),
// "(edited)" after an update, a reply count that opens the thread, and ephemerals marked "Only visible to you".
import { formatTs, h } from './dom.js';
import { renderBlocks } from './blocks.js';
import { mrkdwn } from './mrkdwn.js';

export function renderMessage(item, ctx) {
  const ephemeral = item.type === 'ephemeral';
  const blocks = Array.isArray(item.blocks) && item.blocks.length > 0 ? item.blocks : null;
  const actionCtx = { ...ctx, onAction: (element, blockId, button) => ctx.onMessageAction(item, element, blockId, button) };
  const body = blocks
    ? renderBlocks(blocks, actionCtx)
    : h('div', { class: 'mrkdwn message-text', testid: 'message-text' }, mrkdwn(item.text ?? '', ctx.names));
  return h('article', {
    class: `message${ephemeral ? ' ephemeral' : ''}`,
    testid: ephemeral ? 'ephemeral' : 'message',
    'data-ts': item.ts,
    'data-channel': item.channel,
    'data-user': item.user,
  },
  h('div', { class: `avatar ${avatarClass(item)}` }, initial(item.userName)),
  h('div', { class: 'message-content' },
    h('div', { class: 'message-meta' },
      h('span', { class: 'author', testid: 'message-author' }, item.userName ?? item.user),
      item.isBot ? h('span', { class: 'badge' }, 'APP') : null,
      h('span', { class: 'time', title: item.ts }, formatTs(item.ts)),
      item.edited ? h('span', { class: 'edited', testid: 'message-edited' }, '(edited)') : null),
    ephemeral ? h('div', { class: 'ephemeral-label', testid: 'ephemeral-label' }, '👁 Only visible to you') : null,
    body,
    item.replyCount > 0 && ctx.onOpenThread
      ? h('button', { type: 'button', class: 'thread-link', testid: 'thread-open', onclick: () => ctx.onOpenThread(item) },
        `${item.replyCount} ${item.replyCount === 1 ? 'reply' : 'replies'}`)
      : null));
}

export function renderTimeline(container, items, ctx) {
  const atBottom = container.scrollHeight - container.scrollTop - container.clientHeight < 40;
  container.replaceChildren(...items.map((item) => renderMessage(item, ctx)));
  if (items.length === 0) {
    container.append(h('div', { class: 'empty', testid: 'channel-empty' }, 'No messages yet.'));
  }
  if (atBottom) {
    container.scrollTop = container.scrollHeight;
  }
}

export function renderThread(container, thread, channelName, ctx) {
  container.replaceChildren(
    h('div', { class: 'thread-panel', testid: 'thread-panel', 'data-thread-ts': thread.parent.ts },
      h('div', { class: 'thread-channel' }, `#${channelName}`),
      h('div', { class: 'thread-parent', testid: 'thread-parent' }, renderMessage({ ...thread.parent, replyCount: 0 }, ctx)),
      h('div', { class: 'thread-divider' }, `${thread.replies.length} ${thread.replies.length === 1 ? 'reply' : 'replies'}`),
      h('div', { class: 'thread-replies', testid: 'thread-replies' }, thread.replies.map((reply) => renderMessage(reply, ctx)))));
}

function initial(name) {
  return (name ?? '?').trim().charAt(0).toUpperCase() || '?';
}

// A colour per person from a fixed palette (the content security policy allows no inline styles).
function avatarClass(item) {
  if (item.isBot) {
    return 'avatar-bot';
  }
  let hash = 0;
  for (const char of item.user ?? '') {
    hash = (hash * 31 + char.charCodeAt(0)) % 8;
  }
  return `avatar-c${hash}`;
}
