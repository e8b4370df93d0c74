// The sandbox page: a Slack-like client over the simulated workspace. It renders what the simulator stored,
// acts through the simulator's act-as-user API, and reloads what the server's event stream says changed.
import { byTestId, h } from './dom.js';
import { get, post, serialized } from './api.js';
import { renderTimeline, renderThread } from './messages.js';
import { renderBlocks } from './blocks.js';
import { createModals } from './modal.js';
import { confirmAction } from './confirm.js';
import { PANELS } from './panels.js';
import { toast } from './toast.js';
import { renderSidebar, markUnread, showCurrentUser } from './sidebar.js';
import { connectEvents, wireComposer } from './live.js';

const PURPOSES = { provisioning: 'GCAS applications, one thread each', ops: 'Alerts for operators', audit: 'Audit trail anchors' };
const NO_ACK = 'The bot did not acknowledge within 3 seconds. Is it running and connected?';

const state = { world: null, names: null, user: null, channel: null, mode: 'channel', drawer: null, views: { modals: [], home: null } };

const report = (error) => toast(error.message, 'error');
const act = (kind, body) => post(`/api/act/${kind}`, { user: state.user, ...body });
const query = () => `user=${encodeURIComponent(state.user)}`;
const channelName = (id) => state.names.channels.get(id) ?? id;

let modals = null;

function messageCtx(withThreads = true) {
  return {
    names: state.names,
    onOpenThread: withThreads ? (item) => openDrawer({ kind: 'thread', channel: item.channel, ts: item.ts }) : null,
    onMessageAction: (item, element, blockId, button) => {
      if (item.type === 'ephemeral') {
        toast('Buttons on ephemeral messages are not simulated in the sandbox.', 'error');
        return;
      }
      onAction(element, button, () => act('click', { channel: item.channel, ts: item.ts, actionId: element.action_id }));
    },
  };
}

async function onAction(element, button, send) {
  if (element.confirm && !(await confirmAction(element.confirm, state.names))) {
    return;
  }
  if (typeof element.url === 'string' && /^https?:/i.test(element.url)) {
    window.open(element.url, '_blank', 'noopener,noreferrer');
  }
  button.disabled = true;
  try {
    const answer = await send();
    if (answer.acknowledged === false) {
      toast(NO_ACK, 'error');
    }
  } catch (error) {
    toast(error.message, 'error');
  } finally {
    button.disabled = false;
  }
}

const reloadChannel = serialized(async () => {
  const { channel, user, mode } = state;
  if (mode !== 'channel') {
    return;
  }
  const data = await get(`/api/channels/${encodeURIComponent(channel)}/messages?${query()}`);
  if (channel === state.channel && user === state.user && state.mode === 'channel') {
    renderTimeline(byTestId('channel-messages'), data.items, messageCtx());
  }
});

const reloadViews = serialized(async () => {
  const user = state.user;
  const views = await get(`/api/users/${encodeURIComponent(user)}/views`);
  if (user !== state.user) {
    return;
  }
  state.views = views;
  modals.show(views.modals);
  if (state.mode === 'home') {
    renderHome();
  }
});

const reloadDrawer = serialized(async () => {
  const drawer = state.drawer;
  if (!drawer) {
    return;
  }
  const fresh = h('div');
  if (drawer.kind === 'thread') {
    try {
      const thread = await get(`/api/channels/${encodeURIComponent(drawer.channel)}/threads/${encodeURIComponent(drawer.ts)}?${query()}`);
      renderThread(fresh, thread, channelName(drawer.channel), messageCtx(false));
    } catch (error) {
      fresh.append(h('div', { class: 'empty', testid: 'thread-gone' }, error.message));
    }
  } else {
    await PANELS[drawer.kind].render(fresh, state.world, toast, () => reloadDrawer());
  }
  if (state.drawer === drawer) {
    const body = byTestId('drawer-body');
    keepValues(body, fresh, ['gcas-sample', 'oci-fault-count']);
    body.replaceChildren(...fresh.childNodes);
  }
});

// What the user chose or typed in a panel survives its reload: listed test ids, and anything marked data-keep
// (text typed into a form, whether a <details> is open).
function keepValues(from, to, testids) {
  for (const id of testids) {
    const before = byTestId(id, from);
    const after = byTestId(id, to);
    if (before && after) {
      after.value = before.value;
    }
  }
  for (const before of from.querySelectorAll('[data-keep]')) {
    const after = to.querySelector(`[data-keep="${CSS.escape(before.dataset.keep)}"]`);
    if (!after) {
      continue;
    }
    if (before.tagName === 'DETAILS') {
      after.open = before.open;
    } else {
      after.value = before.value;
    }
  }
}

function openDrawer(drawer) {
  state.drawer = drawer;
  byTestId('drawer').hidden = false;
  byTestId('drawer-title').textContent = drawer.kind === 'thread' ? 'Thread' : PANELS[drawer.kind].title;
  byTestId('drawer-body').replaceChildren();
  reloadDrawer().catch(report);
}

function closeDrawer() {
  state.drawer = null;
  byTestId('drawer').hidden = true;
  byTestId('drawer-body').replaceChildren();
}

function showChannel(id) {
  state.mode = 'channel';
  state.channel = id;
  markUnread(id, false);
  byTestId('main-title').textContent = `#${channelName(id)}`;
  byTestId('main-subtitle').textContent = PURPOSES[channelName(id)] ?? '';
  byTestId('channel-messages').hidden = false;
  byTestId('home-view').hidden = true;
  byTestId('composer').hidden = false;
  byTestId('composer-input').placeholder = `Message #${channelName(id)} — e.g. ${state.world.command} help`;
  byTestId('channel-messages').replaceChildren();
  if (state.drawer?.kind === 'thread' && state.drawer.channel !== id) {
    closeDrawer();
  }
  highlight();
  reloadChannel().catch(report);
}

async function showHome() {
  state.mode = 'home';
  byTestId('main-title').textContent = 'App Home';
  byTestId('main-subtitle').textContent = `${state.world.bot.name} — as published for you`;
  byTestId('channel-messages').hidden = true;
  byTestId('home-view').hidden = false;
  byTestId('composer').hidden = true;
  highlight();
  renderHome();
  try {
    const answer = await act('home', {});
    if (answer.acknowledged === false) {
      toast(NO_ACK, 'error');
    }
  } catch (error) {
    toast(error.message, 'error');
  }
  await reloadViews();
}

function renderHome() {
  const home = state.views.home;
  const container = byTestId('home-view');
  if (container.dataset.viewId === (home?.id ?? '') && container.dataset.hash === (home?.hash ?? '') && container.childElementCount > 0) {
    return;
  }
  container.dataset.viewId = home?.id ?? '';
  container.dataset.hash = home?.hash ?? '';
  container.replaceChildren(home
    ? renderBlocks(home.blocks, {
      names: state.names,
      onAction: (element, blockId, button) => onAction(element, button, () => act('click-view', { viewId: home.id, actionId: element.action_id })),
    })
    : h('div', { class: 'empty', testid: 'home-empty' }, 'Nothing published on App Home yet.'));
}

function highlight() {
  for (const link of document.querySelectorAll('[data-testid="channel-link"]')) {
    link.classList.toggle('active', state.mode === 'channel' && link.dataset.channelId === state.channel);
  }
  byTestId('home-link').classList.toggle('active', state.mode === 'home');
}

function switchUser(id) {
  state.user = id;
  showCurrentUser(state.world, id);
  byTestId('home-view').replaceChildren();
  reloadChannel().catch(report);
  reloadViews().catch(report);
  reloadDrawer().catch(report);
  if (state.mode === 'home') {
    showHome();
  }
}

function onActivity(activity) {
  if (activity.kind.startsWith('Message') || activity.kind === 'EphemeralPosted') {
    if (activity.kind === 'EphemeralPosted' && activity.user !== state.user) {
      return;
    }
    if (activity.channel === state.channel && state.mode === 'channel') {
      reloadChannel().catch(report);
    } else {
      markUnread(activity.channel, true);
    }
    if (state.drawer?.kind === 'thread' && state.drawer.channel === activity.channel) {
      reloadDrawer().catch(report);
    }
  } else if (activity.user === state.user) {
    reloadViews().catch(report);
  }
}

async function boot() {
  state.world = await get('/api/world');
  state.names = {
    users: new Map([[state.world.bot.id, state.world.bot.name], ...state.world.people.map((p) => [p.id, p.realName])]),
    channels: new Map(state.world.channels.map((c) => [c.id, c.name])),
    groups: new Map(state.world.groups.map((g) => [g.id, g.handle])),
  };
  modals = createModals({
    names: state.names,
    act,
    refresh: () => reloadViews().catch(report),
    toast,
    onViewAction: (view, element, blockId, button) => onAction(element, button, () => act('click-view', { viewId: view.id, actionId: element.action_id })),
  });
  state.user = state.world.defaultUser;
  byTestId('workspace-name').textContent = state.world.workspace;
  renderSidebar(state.world, {
    onChannel: showChannel,
    onHome: showHome,
    onPanel: (kind) => openDrawer({ kind }),
    onUser: switchUser,
  }, state.user);
  byTestId('drawer-close').addEventListener('click', closeDrawer);
  wireComposer((text) => act('command', { channel: state.channel, text }), NO_ACK);
  showChannel(state.world.channels[0].id);
  connectEvents({
    onHello: () => Promise.all([reloadChannel(), reloadViews(), reloadDrawer()]).catch(report),
    onActivity,
    onPanelChanged: (name) => {
      if (state.drawer?.kind === name) {
        reloadDrawer().catch(report);
      }
    },
  });
  document.body.dataset.ready = 'true';
}

boot().catch((error) => toast(`The sandbox page could not start: ${error.message}`, 'error'));
