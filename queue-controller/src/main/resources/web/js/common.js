// HallQ web: language, API calls and problem messages shared by every page. Chinese first, English available.
'use strict';
const HQ = (() => {
  const dict = { zh: {}, en: {} };
  let lang = localStorage.getItem('hallq.lang') || 'zh';
  // 长辈模式 (elderly mode: large text, high contrast), kept on this phone; set before the page is drawn
  let elderly = localStorage.getItem('hallq.elderly') === 'on';
  document.documentElement.classList.toggle('elderly', elderly);

  function words(table) {
    for (const [key, [zh, en]] of Object.entries(table)) {
      dict.zh[key] = zh;
      dict.en[key] = en;
    }
  }

  function t(key, vars) {
    let s = (dict[lang] && dict[lang][key]) || dict.zh[key] || key;
    for (const [k, v] of Object.entries(vars || {})) {
      s = s.split('{' + k + '}').join(v);
    }
    return s;
  }

  function apply(root) {
    (root || document).querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    (root || document).querySelectorAll('[data-i18n-placeholder]').forEach(el => {
      el.placeholder = t(el.dataset.i18nPlaceholder);
    });
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }

  const listeners = [];
  function setLang(l) {
    lang = l;
    localStorage.setItem('hallq.lang', l);
    apply();
    listeners.forEach(f => f());
  }

  words({
    'lang.switch': ['English', '中文'],
    'elderly.switch': ['长辈模式', 'Large text'],
    'problem.UNAUTHENTICATED': ['请先登录', 'Please log in'],
    'problem.SESSION_EXPIRED': ['登录已过期，请重新登录', 'Your session has expired, please log in again'],
    'problem.WRONG_CREDENTIALS': ['用户名或密码错误', 'Wrong user name or password'],
    'problem.FORBIDDEN': ['您没有权限执行此操作', 'You are not allowed to do this'],
    'problem.LOCKED': ['密码错误次数过多，请稍后再试', 'Too many wrong passwords, try again later'],
    'problem.STORAGE': ['暂时无法保存，请重试', 'Could not be stored, please retry'],
    'problem.NETWORK': ['网络连接中断，正在重试…', 'Connection lost, retrying…'],
    'staff.logout': ['退出', 'Log out'],
    'state.OPEN': ['服务中', 'Open'],
    'state.PAUSED': ['暂停', 'Paused'],
    'state.CLOSED': ['关闭', 'Closed'],
    // a ticket's status, as every page names it
    'status.WAITING': ['等候中', 'Waiting'],
    'status.CALLED': ['已叫号', 'Called'],
    'status.SERVING': ['正在办理', 'Being served'],
    'status.POSTPONED': ['暂缓办理', 'On hold'],
    'status.DONE': ['已办结', 'Done'],
    'status.NO_SHOW': ['已过号', 'Missed'],
    'status.VOIDED': ['已作废', 'Void'],
    'status.EXPIRED': ['已过期', 'Expired'],
    'problem.INTERNAL': ['系统出错，请联系管理员', 'Internal error, please contact the administrator'],
    'staff.password': ['修改密码', 'Change password'],
    'pw.current': ['原密码', 'Current password'], 'pw.new': ['新密码（至少 8 个字符）', 'New password (at least 8 characters)'],
    'pw.repeat': ['再次输入新密码', 'New password again'], 'pw.save': ['保存新密码', 'Save new password'],
    'pw.cancel': ['取消', 'Cancel'], 'pw.mismatch': ['两次输入的新密码不一致', 'The two new passwords differ'],
    'pw.saved': ['密码已修改；您在其他设备上的登录已退出', 'Password changed; your logins elsewhere have ended'],
  });

  /** A fetch that always answers {ok, status, data, problem}; never throws. */
  async function api(method, path, body) {
    const init = { method, credentials: 'same-origin', headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    try {
      const r = await fetch(path, init);
      const text = await r.text();
      let data = null;
      try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
      if (r.ok) {
        return { ok: true, status: r.status, data };
      }
      const problem = data && data.code ? data : { status: r.status, code: 'HTTP_' + r.status, message: text };
      return { ok: false, status: r.status, problem };
    } catch (e) {
      return { ok: false, status: 0, problem: { status: 0, code: 'NETWORK', message: String(e) } };
    }
  }

  /** A problem in the reader's language: our texts for known codes, the server's (Chinese / English) otherwise. */
  function problemText(p) {
    if (!p) return '';
    if (p.code === 'FORBIDDEN' && p.message) return pick(p.message);
    const key = 'problem.' + p.code;
    if (dict.zh[key]) return t(key);
    return pick(p.message || ('HTTP ' + p.status));
  }

  /** Server texts are "中文 / English" when they are for people; show the half that matches. */
  function pick(message) {
    const parts = String(message).split(' / ');
    if (parts.length === 2) return lang === 'zh' ? parts[0] : parts[1];
    return message;
  }

  /** The hall's wall-clock time of a server timestamp (they carry the hall's offset), e.g. 10:15. */
  function time(iso) {
    const m = /T(\d{2}:\d{2})/.exec(iso || '');
    return m ? m[1] : '';
  }

  /** The hall's date and time of a server timestamp, e.g. 12-02 10:15. */
  function dateTime(iso) {
    const m = /^\d{4}-(\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso || '');
    return m ? m[1] + ' ' + m[2] : '';
  }

  /** This device's time of day, 24-hour. */
  function now() {
    return new Date().toLocaleTimeString('zh-CN', { hour12: false });
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'text') e.textContent = v;
      else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** Staff pages: who is logged in, or off to the login page with a way back. */
  async function requireStaff() {
    const r = await api('GET', '/api/v1/auth/me');
    if (r.ok) return r.data;
    toLogin(r.problem);
    return null;
  }

  /** A log-out button: ends the session, then the login page says so. */
  function logoutButton(button) {
    button.addEventListener('click', async () => {
      await api('POST', '/api/v1/auth/logout');
      location.href = '/staff?why=LOGGED_OUT';
    });
  }

  /** A "change password" button: opens a form under the top bar (old password, new one twice). */
  function passwordButton(button) {
    button.addEventListener('click', () => {
      const open = document.getElementById('password-panel');
      if (open) { open.remove(); return; }
      const field = (id, key, auto) => [el('label', { for: id, text: t(key) }),
        el('input', { id, type: 'password', autocomplete: auto, required: true, maxlength: 71 })];
      const message = el('div', { id: 'pw-message' });
      const form = el('form', { class: 'card password-form', id: 'password-panel' }, el('h2', { text: t('staff.password') }),
        ...field('pw-current', 'pw.current', 'current-password'), ...field('pw-new', 'pw.new', 'new-password'),
        ...field('pw-repeat', 'pw.repeat', 'new-password'),
        el('div', { class: 'row' }, el('button', { type: 'submit', class: 'btn primary', id: 'pw-save', text: t('pw.save') }),
          el('button', { type: 'button', class: 'btn', text: t('pw.cancel'), onclick: () => form.remove() })), message);
      const say = (ok, text) => message.replaceChildren(el('div', { class: 'notice ' + (ok ? 'ok' : 'error'), text }));
      form.addEventListener('submit', async e => {
        e.preventDefault();
        const [current, fresh, again] = ['pw-current', 'pw-new', 'pw-repeat'].map(id => document.getElementById(id).value);
        if (fresh !== again) { say(false, t('pw.mismatch')); return; }
        const r = await api('POST', '/api/v1/auth/password', { currentPassword: current, newPassword: fresh });
        if (r.status === 401) { toLogin(r.problem); return; }
        if (r.ok) form.querySelectorAll('input').forEach(i => { i.value = ''; });
        say(r.ok, r.ok ? t('pw.saved') : problemText(r.problem));
      });
      document.querySelector('header.topbar').after(form);
      document.getElementById('pw-current').focus();
    });
  }

  /** The staff live feed: the #live-dot shows the connection, an ended session goes to the login page. */
  function hallFeed() {
    const es = new EventSource('/api/v1/live/hall');
    const dot = document.getElementById('live-dot');
    es.onopen = () => dot.classList.remove('off');
    es.onerror = () => dot.classList.add('off');
    es.addEventListener('expired', () => { es.close(); toLogin({ code: 'SESSION_EXPIRED' }); });
    return es;
  }

  function toLogin(problem) {
    const q = new URLSearchParams({ next: location.pathname });
    if (problem && problem.code) q.set('why', problem.code);
    location.href = '/staff?' + q.toString();
  }

  /** Elderly mode on or off: the class on the page, the pressed state of its switch, and this phone's memory. */
  function setElderly(on) {
    elderly = on;
    localStorage.setItem('hallq.elderly', on ? 'on' : 'off');
    markElderly();
  }

  function markElderly() {
    document.documentElement.classList.toggle('elderly', elderly);
    document.querySelectorAll('[data-elderly-toggle]').forEach(b => b.setAttribute('aria-pressed', String(elderly)));
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-lang-toggle]').forEach(b =>
      b.addEventListener('click', () => setLang(lang === 'zh' ? 'en' : 'zh')));
    document.querySelectorAll('[data-elderly-toggle]').forEach(b =>
      b.addEventListener('click', () => setElderly(!elderly)));
    markElderly();
    apply();
  });

  return {
    words, t, apply, api, problemText, pick, time, dateTime, now, el, requireStaff, toLogin, logoutButton, passwordButton, hallFeed,
    lang: () => lang, onLang: f => listeners.push(f), elderly: () => elderly,
  };
})();
