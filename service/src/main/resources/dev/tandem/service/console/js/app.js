// The console's shell: language, log-in, the sections of each role, and live updates to the open section.
import { api, saveToken, savedToken, ApiError } from './api.js';
import { chooseLanguage, loadLanguage, saveLanguage, translate, t, language, setZone } from './i18n.js';
import { LiveFeed } from './live.js';
import { h, clear, toast } from './ui.js';
import { storeSections } from './store.js';
import { hqSections } from './hq.js';
import { describeEvent } from './words.js';

const main = document.getElementById('main');
const state = { me: null, network: null, stores: new Map(), parts: new Map(), section: null, feed: null };

async function boot() {
  await loadLanguage(chooseLanguage());
  const switcher = document.getElementById('lang-switch');
  switcher.value = language();
  switcher.addEventListener('change', async () => {
    saveLanguage(switcher.value);
    await loadLanguage(switcher.value);
    translate();
    renderShell();
  });
  document.getElementById('logout').addEventListener('click', logout);
  addEventListener('hashchange', () => show());
  translate();
  if (savedToken()) {
    try {
      await start();
      return;
    } catch (error) {
      saveToken(null);
    }
  }
  showLogin();
}

function showLogin(message) {
  const user = h('input', { name: 'username', autocomplete: 'username', required: true, 'data-testid': 'username' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true,
    'data-testid': 'password' });
  const error = h('p', { class: 'error', 'data-testid': 'login-error' }, message || '');
  const form = h('form', { onsubmit: async event => {
    event.preventDefault();
    try {
      const login = await api.login(user.value.trim(), password.value);
      saveToken(login.token);
      await start();
    } catch (failure) {
      error.textContent = failure instanceof ApiError && failure.status === 401 ? t('login.refused')
        : t('error.generic', { detail: failure.message });
    }
  } },
  h('label', {}, t('login.username'), user), h('label', {}, t('login.password'), password),
  h('button', { type: 'submit', 'data-testid': 'login-submit' }, t('login.submit')), error,
  h('p', { class: 'muted' }, t('login.demoHint')));
  clear(document.getElementById('nav'));
  clear(main, h('div', { class: 'card login', 'data-testid': 'login' }, h('h1', {}, t('login.title')), form));
  user.focus();
}

async function start() {
  state.me = await api.get('/api/me');
  state.network = await api.get('/api/network');
  setZone(state.network.asOf.slice(19));
  state.stores = new Map(state.network.stores.map(store => [store.id, store]));
  state.parts = new Map(state.network.parts.map(part => [part.number, part]));
  document.getElementById('logout').hidden = false;
  state.feed = new LiveFeed(onLive, on => {
    const indicator = document.getElementById('live');
    indicator.className = `live ${on ? 'on' : 'off'}`;
    indicator.dataset.state = on ? 'on' : 'off';
    indicator.textContent = on ? t('live.on') : t('live.off');
  }, () => fail(new ApiError(401, {})));
  state.feed.start();
  if (!location.hash) {
    location.hash = sections()[0].path;
  }
  renderShell();
}

function sections() {
  return state.me.role === 'HQ' ? hqSections : storeSections;
}

function renderShell() {
  if (!state.me) {
    showLogin();
    return;
  }
  const who = state.me.role === 'HQ' ? t('role.hq')
    : t('role.store', { store: storeName(state.me.store) });
  clear(document.getElementById('who'), h('span', { 'data-testid': 'who' }, `${state.me.username} · ${who}`));
  const live = document.getElementById('live');
  live.textContent = live.dataset.state === 'on' ? t('live.on') : t('live.off');
  show();
}

function show() {
  if (!state.me) {
    return;
  }
  const list = sections();
  const path = location.hash.slice(1).split('?')[0];
  const current = list.find(section => section.path === path) || list[0];
  clear(document.getElementById('nav'), list.map(section => h('a', { href: `#${section.path}`,
    class: section === current ? 'active' : null, 'data-testid': `nav-${section.id}` }, t(section.label))));
  const view = current.render(context());
  state.section = view;
  clear(main, view.element);
}

function context() {
  return {
    me: state.me,
    network: state.network,
    stores: state.stores,
    parts: state.parts,
    storeName,
    partName: number => state.parts.get(number)?.name || number,
    go: path => { location.hash = path; },
    fail,
  };
}

function storeName(id) {
  const store = state.stores.get(id);
  return store ? `${store.name} (${id})` : id;
}

function fail(error) {
  if (error instanceof ApiError && error.status === 401) {
    saveToken(null);
    state.me = null;
    showLogin(t('login.expired'));
    return;
  }
  toast(error instanceof ApiError ? t('error.api', { detail: error.message }) : t('error.generic',
    { detail: error.message }), 'error');
}

function onLive(type, event) {
  const record = event.record;
  if (record && state.me.role !== 'HQ' && record.createdBy !== state.me.username) {
    toast(describeEvent(type, record, context()));
  }
  if (state.section && state.section.onLive) {
    state.section.onLive(type, event);
  }
}

async function logout() {
  try {
    await api.post('/api/logout');
  } catch (error) {
    // the token is dropped here whatever the service says
  }
  if (state.feed) {
    state.feed.stop();
  }
  saveToken(null);
  state.me = null;
  document.getElementById('logout').hidden = true;
  location.hash = '';
  showLogin();
}

boot();
