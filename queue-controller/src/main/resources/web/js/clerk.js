// Clerk console for one window (/staff/window/{n}): the current citizen, the next in line, every
// window action, and the service guide of the current matter. A hardware keypad on the same window
// works alongside: both act on the controller, and this page follows the live feed.
'use strict';
HQ.words({
  'clerk.title': ['窗口叫号', 'Window console'],
  'clerk.current': ['当前办理', 'Now at the window'],
  'clerk.callNext': ['叫下一位', 'Call next'],
  'clerk.recall': ['重呼', 'Recall'],
  'clerk.start': ['开始办理', 'Start'],
  'clerk.complete': ['办结', 'Complete'],
  'clerk.caseNumber': ['办件编号（选填，办结时记录）', 'Case number (optional, kept on completion)'],
  'clerk.noShow': ['未到（过号）', 'No-show'],
  'clerk.postpone': ['暂缓（缺材料）', 'Postpone'],
  'clerk.specific': ['指定号码', 'Ticket'],
  'clerk.call': ['叫号', 'Call'],
  'clerk.bringBack': ['恢复暂缓', 'Bring back'],
  'clerk.transfer': ['转移到', 'Transfer to'],
  'clerk.transferGo': ['转移', 'Transfer'],
  'clerk.pause': ['暂停服务', 'Pause'],
  'clerk.resume': ['恢复服务', 'Resume'],
  'clerk.next': ['等候队列（接下来）', 'Next in line'],
  'clerk.col.number': ['号码', 'Number'],
  'clerk.col.service': ['事项', 'Matter'],
  'clerk.col.priority': ['类别', 'Class'],
  'clerk.col.waited': ['取号时间', 'Taken'],
  'clerk.nobody': ['暂无等候', 'Nobody waiting'],
  'clerk.none': ['当前无人办理', 'Nobody at the window'],
  'clerk.guideHint': ['叫号后显示当前事项的办事指南，便于一次性告知。', 'The guide of the current matter shows here once a citizen is called.'],
  'clerk.notYours': ['{n}号窗口未分配给您，只能查看。', 'Window {n} is not assigned to you: view only.'],
  'clerk.called': ['已呼叫 {t}', 'Called {t}'],
  'clerk.done': ['已完成：{a}', 'Done: {a}'],
  'clerk.needNumber': ['请输入号码，如 A023', 'Enter a ticket number, e.g. A023'],
  'clerk.toService': ['事项：{s}', 'Matter: {s}'],
  'clerk.toWindow': ['{w}', '{w}'],
  'clerk.calledAt': ['{t} 呼叫，第 {n} 次', 'called {t}, {n}×'],
  'clerk.waitingFor': ['本窗口事项等候：{list}', 'Waiting for this window\'s matters: {list}'],
  'clerk.handover': ['转报（代办）', 'Hand over'],
  'clerk.handoverTitle': ['转报其他大厅办理（代办转报）', 'Hand the matter over to another hall'],
  'clerk.hoMatter': ['事项编号', 'Matter id'],
  'clerk.hoMatterName': ['事项名称（本站不办的事项须填写）', 'Matter name (needed when this hall does not handle it)'],
  'clerk.hoTo': ['办理大厅', 'Receiving hall'],
  'clerk.hoPropose': ['查询推荐大厅', 'Ask the city which hall'],
  'clerk.hoMaterials': ['已收材料（每行一项）', 'Materials received (one per line)'],
  'clerk.hoNote': ['备注', 'Note'],
  'clerk.hoSend': ['办结并转报，打印收件通知书', 'Complete, hand over and print the receipt'],
  'clerk.hoSent': ['已转报，收件编号 {r}', 'Handed over: receipt {r}'],
  'clerk.hoReason.LINE': ['上级', 'above this hall'], 'clerk.hoReason.HIGHER': ['上级层级', 'higher level'],
  'clerk.hoReason.OTHER': ['其他', 'other'],
  'priority.GREEN_CHANNEL': ['绿色通道', 'Green channel'],
  'priority.URGENT': ['加急', 'Urgent'],
  'priority.APPOINTMENT': ['预约', 'Appointment'],
  'priority.NORMAL': ['普通', 'Normal'],
});

(() => {
  const $ = id => document.getElementById(id);
  const n = Number(location.pathname.split('/').pop());
  let me = null;
  let hall = null;
  let win = null;
  let current = null;
  let allowed = false;
  let guideFor = null;
  let refreshTimer = null;

  function say(kind, text) {
    $('message').replaceChildren(HQ.el('div', { class: 'notice ' + kind, id: 'message-text', text }));
  }

  function serviceName(id) {
    const s = hall && hall.queues.find(q => q.id === id);
    if (!s) return id || '';
    return HQ.lang() === 'en' ? (s.nameEn || s.name) : s.name;
  }

  function windowName(w) {
    return HQ.lang() === 'en' ? 'Window ' + w.number : (w.name || w.number + '号窗口');
  }

  function renderWindow() {
    if (!win) return;
    $('title').textContent = windowName(win) + ' · ' + (win.department || '');
    $('title').removeAttribute('data-i18n');
    $('window-state').textContent = HQ.t('state.' + win.state);
    $('window-state').className = 'badge ' + win.state;
    $('window-state').dataset.state = win.state;
    $('current-number').textContent = win.currentTicket || '—';
    $('current-service').textContent = win.currentTicket ? serviceName(win.currentService) : HQ.t('clerk.none');
    const st = $('current-status');
    st.hidden = !win.currentStatus;
    st.textContent = win.currentStatus ? HQ.t('status.' + win.currentStatus) : '';
    st.className = 'badge ' + (win.currentStatus || '');
    $('current-detail').textContent = current && current.number === win.currentTicket
      ? HQ.t('clerk.calledAt', { t: HQ.time(current.calledAt), n: current.callCount }) : '';
    enable();
    if (win.currentService && win.currentService !== guideFor) {
      guideFor = win.currentService;
      $('guide-for').textContent = serviceName(guideFor);
      Guide.show(guideFor, $('guide'));
    }
  }

  function enable() {
    const open = win.state === 'OPEN';
    const status = win.currentStatus;
    const can = {
      'call-next': open && status !== 'CALLED',
      'call': open && status !== 'CALLED',
      'bring-back': true,
      'recall': status === 'CALLED',
      'start': status === 'CALLED',
      'no-show': status === 'CALLED',
      'complete': status === 'SERVING',
      'postpone': status === 'CALLED' || status === 'SERVING',
      'transfer': status === 'CALLED' || status === 'SERVING',
      'pause': open && !status,
      'resume': win.state === 'PAUSED',
    };
    document.querySelectorAll('[data-action]').forEach(b => {
      b.disabled = !allowed || !can[b.dataset.action];
    });
    $('pause').hidden = win.state === 'PAUSED';
    $('resume').hidden = win.state !== 'PAUSED';
  }

  async function loadCurrent() {
    current = null;
    if (win && win.currentTicket) {
      const r = await HQ.api('GET', '/api/v1/tickets?number=' + encodeURIComponent(win.currentTicket));
      if (r.ok) current = r.data;
    }
    renderWindow();
  }

  async function loadUpcoming() {
    const r = await HQ.api('GET', '/api/v1/windows/' + n + '/upcoming?limit=6');
    if (!r.ok) return;
    const rows = r.data.map(t => HQ.el('tr', { 'data-number': t.number },
      HQ.el('td', { class: 'num', text: t.number }),
      HQ.el('td', { text: serviceName(t.serviceId) }),
      HQ.el('td', {}, t.priority !== 'NORMAL' ? HQ.el('span', { class: 'badge late', text: HQ.t('priority.' + t.priority) }) : ''),
      HQ.el('td', { class: 'num', text: HQ.time(t.issuedAt) })));
    $('upcoming').replaceChildren(...(rows.length ? rows
      : [HQ.el('tr', {}, HQ.el('td', { colspan: 4, class: 'muted', text: HQ.t('clerk.nobody') }))]));
  }

  function renderSummary() {
    if (!hall || !win) return;
    const list = win.services.map(id => {
      const q = hall.queues.find(s => s.id === id);
      return serviceName(id) + ' ' + (q ? q.waiting : 0);
    }).join(' · ');
    $('waiting-summary').textContent = HQ.t('clerk.waitingFor', { list });
  }

  function fillTransfer() {
    const sel = $('transfer-to');
    const opts = [];
    hall.queues.forEach(s => opts.push(HQ.el('option', { value: 's:' + s.id, text: HQ.t('clerk.toService', { s: serviceName(s.id) }) })));
    hall.windows.filter(w => w.number !== n).forEach(w =>
      opts.push(HQ.el('option', { value: 'w:' + w.number, text: HQ.t('clerk.toWindow', { w: windowName(w) }) })));
    sel.replaceChildren(...opts);
  }

  function refreshSoon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(loadUpcoming, 150);
  }

  async function act(action) {
    const body = {};
    if (action === 'call' || action === 'bring-back') {
      const number = $('ticket-number').value.trim().toUpperCase();
      if (!/^[A-Z]\d{1,5}$/.test(number)) {
        say('warn', HQ.t('clerk.needNumber'));
        return;
      }
      body.ticket = number;
    }
    if (action === 'complete' && $('case-number').value.trim()) body.caseNumber = $('case-number').value.trim();
    if (action === 'transfer') {
      const v = $('transfer-to').value;
      if (v.startsWith('s:')) body.toService = v.slice(2);
      else body.toWindow = Number(v.slice(2));
    }
    const r = await HQ.api('POST', '/api/v1/windows/' + n + '/' + action, body);
    if (!r.ok) {
      if (r.status === 401) HQ.toLogin(r.problem);
      say('error', HQ.problemText(r.problem));
      return;
    }
    win = r.data.window;
    const t = r.data.ticket;
    if (action === 'complete') $('case-number').value = '';
    if (action === 'call-next' && !t) say('info', HQ.t('clerk.nobody'));
    else if (['call-next', 'call', 'recall'].includes(action)) say('ok', HQ.t('clerk.called', { t: t.number }));
    else say('ok', HQ.t('clerk.done', { a: document.querySelector('[data-action="' + action + '"]').textContent }));
    await loadCurrent();
    loadUpcoming();
    keepFocus(action);
  }

  /** After a key press the button pressed may now be disabled: the focus goes on to the usual next step. */
  const NEXT_STEP = { 'call-next': 'start', call: 'start', recall: 'start', start: 'complete' };
  function keepFocus(action) {
    const focused = document.activeElement;
    if (focused && focused !== document.body && !focused.disabled) return;
    const next = document.querySelector('[data-action="' + (NEXT_STEP[action] || 'call-next') + '"]');
    const target = next && !next.disabled ? next : document.querySelector('#actions [data-action]:enabled');
    if (target) target.focus();
  }

  /** 代办转报: the citizen at the window is completed as handed over; the receipt opens to print. */
  function handoverForm() {
    const form = $('handover-form');
    $('handover-open').addEventListener('click', () => {
      form.hidden = !form.hidden;
      $('handover-open').setAttribute('aria-expanded', String(!form.hidden));
      if (!form.hidden) {
        if (current && !$('ho-matter').value) $('ho-matter').value = current.serviceId;
        $('ho-matter').focus();
      }
    });
    $('ho-proposals').addEventListener('change', () => {
      const o = $('ho-proposals').selectedOptions[0];
      if (o && o.value) { $('ho-to').value = o.value; $('ho-to').dataset.name = o.dataset.name; }
    });
    $('ho-propose').addEventListener('click', async () => {
      const r = await HQ.api('GET', '/api/v1/handover-proposals?service=' + encodeURIComponent($('ho-matter').value.trim()));
      if (!r.ok) { say('warn', HQ.problemText(r.problem)); return; }
      $('ho-proposals').replaceChildren(...r.data.map(p => HQ.el('option', { value: p.hallId, 'data-name': p.name,
        text: p.name + '（' + HQ.t('clerk.hoReason.' + p.reason) + (p.km !== null ? '，' + p.km + ' km' : '') + '）' })));
      if (r.data.length) { $('ho-to').value = r.data[0].hallId; $('ho-to').dataset.name = r.data[0].name; }
    });
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const to = $('ho-to').value.trim();
      const body = {
        toHall: to, toHallName: $('ho-to').dataset.name && to === $('ho-proposals').value ? $('ho-to').dataset.name : null,
        serviceId: $('ho-matter').value.trim(), matterName: $('ho-matter-name').value.trim() || null,
        materials: $('ho-materials').value.split('\n').map(m => m.trim()).filter(m => m),
        note: $('ho-note').value.trim() || null,
      };
      const r = await HQ.api('POST', '/api/v1/windows/' + n + '/handover', body);
      if (r.status === 401) { HQ.toLogin(r.problem); return; }
      if (!r.ok) { say('error', HQ.problemText(r.problem)); return; }
      say('ok', HQ.t('clerk.hoSent', { r: r.data.receipt }));
      form.reset();
      form.hidden = true;
      window.open('/staff/handover/' + encodeURIComponent(r.data.receipt), '_blank', 'noopener');
      loadUpcoming(); // the window itself follows from the live feed (its citizen completed)
    });
  }

  function live() {
    const es = HQ.hallFeed();
    es.addEventListener('hall', e => {
      hall = JSON.parse(e.data);
      win = hall.windows.find(w => w.number === n) || win;
      fillTransfer();
      renderSummary();
      loadCurrent();
      loadUpcoming();
    });
    es.addEventListener('windows', e => {
      const mine = JSON.parse(e.data).find(w => w.number === n);
      if (mine) {
        win = mine;
        loadCurrent();
      }
      refreshSoon();
    });
    es.addEventListener('services', e => {
      if (hall) hall.queues = JSON.parse(e.data);
      renderSummary();
      refreshSoon();
    });
  }

  async function start() {
    me = await HQ.requireStaff();
    if (!me) return;
    allowed = me.role === 'MANAGER' || me.windows.includes(n);
    $('who').textContent = me.name;
    if (!allowed) {
      $('banner').replaceChildren(HQ.el('div', { class: 'notice error', id: 'not-yours', text: HQ.t('clerk.notYours', { n }) }));
    }
    document.querySelectorAll('[data-action]').forEach(b => b.addEventListener('click', () => act(b.dataset.action)));
    $('ticket-number').addEventListener('keydown', e => { if (e.key === 'Enter') act('call'); });
    HQ.logoutButton($('logout'));
    HQ.passwordButton($('change-password'));
    HQ.onLang(() => { renderWindow(); renderSummary(); fillTransfer(); loadUpcoming(); if (guideFor) Guide.show(guideFor, $('guide')); });
    live();
    handoverForm();
  }

  start();
})();
