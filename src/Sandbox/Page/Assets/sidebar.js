// The sidebar: channels with unread marks, App Home, the simulator panels, and who the page acts as.
import { byTestId, h } from './dom.js';

export function renderSidebar(world, handlers, currentUser) {
  byTestId('channel-list').replaceChildren(...world.channels.map((channel) =>
    h('li', {},
      h('button', { type: 'button', class: 'nav-item', testid: 'channel-link', 'data-channel-id': channel.id, 'data-channel-name': channel.name, onclick: () => handlers.onChannel(channel.id) },
        h('span', { class: 'hash' }, '#'), channel.name,
        h('span', { class: 'unread-dot', testid: 'channel-unread', hidden: true }, '●')))));
  byTestId('home-link').addEventListener('click', () => handlers.onHome());
  for (const kind of ['gcas', 'oci', 'mail']) {
    byTestId(`panel-link-${kind}`).addEventListener('click', () => handlers.onPanel(kind));
  }
  const switcher = byTestId('user-switcher');
  switcher.replaceChildren(...world.people.map((person) =>
    h('option', { value: person.id, 'data-role': person.role }, `${person.realName} — ${person.roleLabel}`)));
  switcher.value = currentUser;
  switcher.addEventListener('change', () => handlers.onUser(switcher.value));
  showCurrentUser(world, currentUser);
}

export function showCurrentUser(world, userId) {
  const person = world.people.find((p) => p.id === userId);
  const label = byTestId('current-user');
  label.textContent = person ? `${person.realName} (${person.roleLabel})` : userId;
  label.dataset.userId = userId;
  label.dataset.role = person?.role ?? '';
}

export function markUnread(channelId, unread) {
  const link = document.querySelector(`[data-testid="channel-link"][data-channel-id="${CSS.escape(channelId ?? '')}"]`);
  const dot = link?.querySelector('[data-testid="channel-unread"]');
  if (dot) {
    dot.hidden = !unread;
    link.classList.toggle('unread', unread);
  }
}
