// Manager dashboard (/staff/dashboard): the live hall (windows, services, alerts, devices), window
// actions, clerks' cover, the window-opening policy and its proposals, and today at a glance.
'use strict';
HQ.words({
  'dash.title': ['大厅管理看板', 'Hall dashboard'],
  'dash.managersOnly': ['管理看板只供管理人员使用。', 'The dashboard is for managers only.'],
  'dash.services': ['各事项等候情况（预计等候 / 目标）', 'Services (predicted wait / target)'],
  'dash.col.service': ['事项', 'Service'], 'dash.col.waiting': ['等候', 'Waiting'], 'dash.col.trend': ['趋势', 'Trend'],
  'dash.col.predicted': ['预计等候', 'Predicted'], 'dash.col.target': ['目标', 'Target'],
  'dash.col.windows': ['服务窗口', 'Windows'], 'dash.col.issued': ['今日取号', 'Issued'],
  'dash.alerts': ['提醒与建议', 'Alerts and proposals'], 'dash.windows': ['窗口', 'Windows'],
  'dash.today': ['今日概览', 'Today at a glance'], 'dash.policy': ['开窗策略', 'Window-opening policy'],
  'dash.devices': ['设备状态', 'Devices'], 'dash.audit': ['操作记录', 'Audit trail'],
  'kpi.waiting': ['等候总人数', 'Waiting'], 'kpi.open': ['开放窗口', 'Open windows'],
  'kpi.issued': ['今日取号', 'Tickets today'], 'kpi.over': ['预计超时事项', 'Services over target'],
  'kpi.proposals': ['待审批建议', 'Proposals to decide'],
  'dash.min': ['{m} 分钟', '{m} min'], 'dash.lessThanOne': ['不到 1 分钟', 'under 1 min'], 'dash.none': ['—', '—'],
  'dash.noAlerts': ['暂无提醒', 'No alerts'],
  'dash.approve': ['批准', 'Approve'], 'dash.reject': ['驳回', 'Reject'],
  'dash.open': ['开启', 'Open'], 'dash.pause': ['暂停', 'Pause'], 'dash.resume': ['恢复', 'Resume'],
  'dash.close': ['关闭', 'Close'], 'dash.clerkName': ['工作人员姓名', 'Clerk name'],
  'dash.saveSkills': ['保存事项', 'Save services'], 'dash.moveClerk': ['调到本窗口', 'Move here'],
  'dash.console': ['打开叫号页面', 'Open console'], 'dash.done': ['已完成', 'Done'],
  'dash.chartUnavailable': ['今日统计暂不可用', 'Today\'s figures are not available'],
  'dash.devicesUnavailable': ['设备状态暂不可用', 'Device status not available'],
  'dash.summary': ['今日取号 {i}，办结 {s}，过号 {n}，平均等候 {w} 分钟，满意率 {r}',
    'Issued {i}, served {s}, no-shows {n}, mean wait {w} min, satisfaction {r}'],
  'chart.waiting': ['排队人数', 'Waiting'], 'chart.openWindows': ['开放窗口', 'Open windows'],
  'chart.issued': ['取号', 'Issued'], 'chart.served': ['办结', 'Served'], 'chart.meanWait': ['平均等候（分钟）', 'Mean wait (min)'],
  'dash.waits': ['预计与实际等候', 'Predicted and actual waits'],
  'dash.waitsHow': ['线：当时新取号群众会被告知的预计等候（每分钟记录）；点：每位群众按取号时间的实际等候（到首次叫号）。汇总按每张号取号时告知的预计计算。',
    'Lines: the wait a new arrival would have been told at that minute (recorded every minute). Dots: what each citizen actually waited (to the first call), placed at the time they took the ticket. The summary compares each ticket with the wait it was told when issued.'],
  'dash.waitsSummary': ['{who}：已叫号 {c} 位，取号时告知平均 {p} 分钟，实际平均 {w} 分钟；{o} 位等候超过告知的上限（p90）{s}',
    '{who}: {c} called; told {p} min on average when issued, waited {w} min; {o} waited past the upper end (p90) they were told {s}'],
  'dash.waitsHall': ['全大厅', 'Whole hall'], 'dash.waitsNone': ['今日暂无可比较的叫号', 'Nothing to compare yet today'],
  'chart.predicted': ['预计等候（新取号）', 'Predicted wait (new arrival)'], 'chart.predictedP90': ['预计上限 p90', 'Predicted p90'],
  'chart.actual': ['实际等候（按取号时间）', 'Actual wait (by time of issue)'], 'chart.stillWaiting': ['仍在等候（已等）', 'Still waiting (so far)'],
  'chart.minutes': ['分钟', 'minutes'],
  'dash.staff': ['工作人员账号', 'Staff accounts'], 'dash.role.MANAGER': ['管理人员', 'Manager'], 'dash.role.CLERK': ['窗口人员', 'Clerk'],
  'dash.resetPassword': ['重置密码', 'Reset password'], 'dash.resetConfirm': ['确认重置？', 'Really reset?'],
  'dash.resetDone': ['已重置 {name} 的密码，新密码（只显示这一次，请当面告知）：', 'New password for {name} (shown only this once, tell them in person): '],
  'dash.windowsOf': ['窗口 {w}', 'windows {w}'],
  'policy.mode': ['模式', 'Mode'], 'policy.AUTOMATIC': ['自动开窗', 'Automatic'], 'policy.APPROVAL': ['需审批', 'Approval'],
  'policy.OFF': ['关闭', 'Off'], 'policy.openWhenPredictedWaitOver': ['预计等候超过（分钟）开窗', 'Open when predicted wait over (min)'],
  'policy.closeWhenBelow': ['低于（分钟）关窗', 'Close below (min)'], 'policy.calmFor': ['持续平稳（分钟）', 'Calm for (min)'],
  'policy.staffLeadTime': ['人员到岗时间（分钟）', 'Staff lead time (min)'],
  'policy.openWhenQueueLongerThan': ['排队超过（人）开窗', 'Open when queue over (people)'],
  'policy.save': ['保存策略', 'Save policy'], 'policy.saved': ['策略已保存', 'Policy saved'],
  'dash.cityNotices': ['市级督办', 'City supervision notices'],
  'dash.handovers': ['代办转报', 'Handovers'],
  'ho.col.receipt': ['收件编号', 'Receipt'], 'ho.col.direction': ['方向', 'Direction'], 'ho.col.matter': ['事项', 'Matter'],
  'ho.col.other': ['对方大厅', 'Other hall'], 'ho.col.status': ['状态', 'Status'], 'ho.col.due': ['期限', 'Due'],
  'ho.OUTGOING': ['转出', 'Sent'], 'ho.INCOMING': ['转入', 'Received'],
  'ho.status.SENT': ['已转报', 'Sent'], 'ho.status.RECEIVED': ['待受理', 'To accept'], 'ho.status.ACCEPTED': ['办理中', 'In hand'],
  'ho.status.RETURNED': ['已退回', 'Returned'], 'ho.status.RESULT_READY': ['结果已出', 'Result ready'],
  'ho.status.PICKED_UP': ['已领取', 'Collected'], 'ho.overdue': ['超期', 'Overdue'],
  'notice.RECEIVED': ['待签收', 'To acknowledge'], 'notice.ACKNOWLEDGED': ['待答复', 'To answer'], 'notice.ANSWERED': ['已答复', 'Answered'],
  'notice.overdue': ['已超期', 'Overdue'], 'notice.from': ['{by} 于 {at} 发出', 'sent by {by} at {at}'],
  'notice.due': ['答复期限 {at}', 'answer by {at}'], 'notice.acknowledge': ['签收', 'Acknowledge'],
  'notice.answer': ['提交答复', 'Send answer'], 'notice.answerLabel': ['答复内容', 'Answer'],
  'notice.answered': ['{by} 于 {at} 答复：', 'answered by {by} at {at}: '],
  'device.ONLINE': ['在线', 'Online'], 'device.OFFLINE': ['离线', 'Offline'], 'device.STALE': ['失联', 'Stale'],
  'link.ratings': ['好差评上报', '好差评 export'], 'link.city': ['市平台', 'City hub'],
  'link.ok': ['正常', 'Working'], 'link.failing': ['失败', 'Failing'], 'link.linked': ['已连接', 'Linked'],
  'link.unlinked': ['未连接', 'Not linked'], 'link.exported': ['已上报至第 {n} 条', 'up to rating {n}'],
  'link.since': ['{t} 起', 'since {t}'], 'link.pending': ['待上报 {n} 条', '{n} waiting'],
  'link.heard': ['最近确认 {t}', 'last acknowledged {t}'],
  'device.WARNING': ['预警', 'Warning'], 'device.FAULT': ['故障', 'Fault'], 'device.UNKNOWN': ['未上线', 'Unknown'],
});

(() => {
  const $ = id => document.getElementById(id);
  const DURATIONS = ['openWhenPredictedWaitOver', 'closeWhenBelow', 'calmFor', 'staffLeadTime'];
  let hall = null;
  let staff = [];
  let selected = null;
  let policy = null;
  const history = {};
  const charts = {};

  const en = () => HQ.lang() === 'en';
  const serviceName = s => (en() ? s.nameEn || s.name : s.name);
  const windowName = w => (en() ? 'Window ' + w.number : w.name || w.number + '号窗口');
  const minutes = iso => { const m = /PT(?:(\d+)H)?(?:(\d+)M)?/.exec(iso || ''); return m ? (Number(m[1] || 0) * 60 + Number(m[2] || 0)) : ''; };

  function kpis() {
    const q = hall.queues;
    const over = q.filter(s => s.predictedWaitMinutes !== null && s.predictedWaitMinutes > s.targetWaitMinutes).length;
    const proposals = policy ? policy.pending.filter(p => p.status === 'PROPOSED').length : 0;
    const tiles = [
      ['kpi.waiting', q.reduce((a, s) => a + s.waiting, 0), false],
      ['kpi.open', hall.windows.filter(w => w.state === 'OPEN').length + ' / ' + hall.windows.length, false],
      ['kpi.issued', q.reduce((a, s) => a + s.issuedToday, 0), false],
      ['kpi.over', over, over > 0],
      ['kpi.proposals', proposals, proposals > 0],
    ];
    $('kpis').replaceChildren(...tiles.map(([k, v, warn]) => HQ.el('div', { class: 'kpi' + (warn ? ' warn' : ''), 'data-kpi': k },
      HQ.el('div', { class: 'value', text: v }), HQ.el('div', { class: 'label', text: HQ.t(k) }))));
  }

  function trend(s) {
    const h = history[s.id] || (history[s.id] = []);
    const now = Date.now();
    h.push([now, s.waiting]);
    while (h.length > 1 && now - h[0][0] > 5 * 60000) h.shift();
    const d = s.waiting - h[0][1];
    return d > 0 ? '↑ ' + d : d < 0 ? '↓ ' + (-d) : '→';
  }

  function services() {
    $('services').replaceChildren(...hall.queues.map(s => {
      const p = s.predictedWaitMinutes;
      const over = p !== null && p > s.targetWaitMinutes;
      const share = p === null ? 0 : Math.min(100, 100 * p / (2 * s.targetWaitMinutes));
      const bar = HQ.el('span', { class: 'bar' + (over ? ' over' : '') }, HQ.el('span', {}));
      bar.firstChild.style.width = share + '%';
      return HQ.el('tr', { class: over ? 'late' : '', 'data-service': s.id },
        HQ.el('td', { text: serviceName(s) }), HQ.el('td', { class: 'num', text: s.waiting }),
        HQ.el('td', { text: trend(s) }),
        HQ.el('td', {}, bar, p === null ? HQ.t('dash.none') : p < 1 ? HQ.t('dash.lessThanOne') : HQ.t('dash.min', { m: Math.round(p) })),
        HQ.el('td', { class: 'num', text: HQ.t('dash.min', { m: s.targetWaitMinutes }) }),
        HQ.el('td', { class: 'num', text: s.servingWindows }), HQ.el('td', { class: 'num', text: s.issuedToday }));
    }));
  }

  function windows() {
    $('windows').replaceChildren(...hall.windows.map(w => HQ.el('button', {
      type: 'button', class: 'win ' + w.state, 'data-window': w.number, onclick: () => { selected = w.number; panel(); },
    }, HQ.el('div', { class: 'head', text: windowName(w) }),
    HQ.el('div', { class: 'line' }, HQ.el('span', { class: 'badge ' + w.state, text: HQ.t('state.' + w.state) }),
      HQ.el('span', { class: 'ticket', text: w.currentTicket || '' })),
    HQ.el('div', { class: 'meta', text: (w.clerk || '') + (w.since ? ' · ' + HQ.time(w.since) : '') }))));
    if (selected) panel();
  }

  function panel() {
    const w = hall.windows.find(x => x.number === selected);
    const box = $('panel');
    box.hidden = false;
    const clerk = HQ.el('input', { class: 'small', id: 'clerk-name', placeholder: HQ.t('dash.clerkName'),
      'aria-label': HQ.t('dash.clerkName'), value: w.clerk || '' });
    const act = (action, body) => HQ.el('button', { type: 'button', class: 'btn', 'data-window-action': action,
      onclick: () => windowAction(w.number, action, body ? body() : undefined) }, HQ.t('dash.' + action));
    const skills = HQ.el('div', { class: 'skills' }, ...hall.queues.map(s => HQ.el('label', {},
      HQ.el('input', { type: 'checkbox', value: s.id, checked: w.services.includes(s.id) }), ' ' + serviceName(s))));
    const clerks = HQ.el('select', { class: 'small', id: 'move-clerk', 'aria-label': HQ.t('dash.moveClerk') },
      ...staff.filter(a => a.role === 'CLERK').map(a => HQ.el('option', { value: a.user, text: a.name + '（' + a.windows.join(',') + '）' })));
    box.replaceChildren(...[
      HQ.el('strong', { text: windowName(w) + ' · ' + (w.department || '') }),
      w.state === 'CLOSED' ? clerk : null,
      w.state === 'CLOSED' ? act('open', () => ({ clerk: clerk.value.trim() || null })) : null,
      w.state === 'OPEN' ? act('pause') : null,
      w.state === 'PAUSED' ? act('resume') : null,
      w.state !== 'CLOSED' ? act('close') : null,
      HQ.el('a', { class: 'btn', href: '/staff/window/' + w.number, text: HQ.t('dash.console') }),
      HQ.el('div', { style: null }, skills),
      HQ.el('button', { type: 'button', class: 'btn', onclick: () => saveSkills(w.number, skills) }, HQ.t('dash.saveSkills')),
      staff.some(a => a.role === 'CLERK') ? clerks : null,
      staff.some(a => a.role === 'CLERK') ? HQ.el('button', { type: 'button', class: 'btn', onclick: () => moveClerk(w.number, clerks.value) }, HQ.t('dash.moveClerk')) : null,
      HQ.el('div', { id: 'panel-message' })].filter(Boolean));
  }

  function tell(id, r) {
    $(id).replaceChildren(HQ.el('div', { class: 'notice ' + (r.ok ? 'ok' : 'error'), text: r.ok ? HQ.t('dash.done') : HQ.problemText(r.problem) }));
    if (r.status === 401) HQ.toLogin(r.problem);
  }

  async function windowAction(n, action, body) {
    const r = await HQ.api('POST', '/api/v1/windows/' + n + '/' + action, body);
    if (r.ok) merge([r.data.window]);
    tell('panel-message', r);
    audit();
  }

  async function saveSkills(n, box) {
    const services = [...box.querySelectorAll('input:checked')].map(i => i.value);
    const r = await HQ.api('PUT', '/api/v1/windows/' + n + '/skills', { services });
    if (r.ok) merge([r.data.window]);
    tell('panel-message', r);
    audit();
  }

  async function moveClerk(n, user) {
    const a = staff.find(x => x.user === user);
    let r = await HQ.api('PUT', '/api/v1/staff/' + encodeURIComponent(user) + '/windows', { windows: [n] });
    if (r.ok) r = await HQ.api('POST', '/api/v1/windows/' + n + '/clerk', { clerk: a.name });
    if (r.ok) merge([r.data.window]);
    tell('panel-message', r);
    loadStaff();
    audit();
  }

  function merge(changed) {
    changed.forEach(w => {
      const i = hall.windows.findIndex(x => x.number === w.number);
      if (i >= 0) hall.windows[i] = w;
    });
    windows();
    kpis();
  }

  function alertItem(a) {
    return HQ.el('li', { 'data-kind': a.kind }, HQ.el('span', { class: 'time', text: HQ.time(a.at) }),
      a.severity === 'ACTION' ? HQ.el('span', { class: 'badge ACTION', text: '!' }) : null, ' ', a.message);
  }

  async function loadAlerts() {
    const r = await HQ.api('GET', '/api/v1/alerts?limit=30');
    if (r.ok) $('alerts').replaceChildren(...(r.data.length ? r.data.map(alertItem) : [HQ.el('li', { class: 'muted', text: HQ.t('dash.noAlerts') })]));
  }

  function cityNotice(n) {
    const box = HQ.el('div', { class: 'city-notice', 'data-notice': n.id, 'data-status': n.status },
      HQ.el('div', {},
        HQ.el('span', { class: 'badge ' + (n.status === 'ANSWERED' ? 'OPEN' : 'ACTION'), text: HQ.t('notice.' + n.status) }),
        n.overdue ? HQ.el('span', { class: 'badge late', text: HQ.t('notice.overdue') }) : null, ' ',
        HQ.el('strong', { text: n.message }), n.serviceName ? ' · ' + n.serviceName : null),
      HQ.el('div', { class: 'muted' }, HQ.t('notice.from', { by: n.sentBy || '—', at: HQ.dateTime(n.sentAt) }),
        n.answerDue ? ' · ' + HQ.t('notice.due', { at: HQ.dateTime(n.answerDue) }) : null));
    if (n.status === 'ANSWERED') {
      box.append(HQ.el('div', {}, HQ.t('notice.answered', { by: n.answeredBy, at: HQ.dateTime(n.answeredAt) }), n.answer));
      return box;
    }
    if (n.status === 'RECEIVED') {
      box.append(HQ.el('button', { type: 'button', class: 'btn primary small', 'data-action': 'acknowledge',
        onclick: () => noticeStep(n.id, 'acknowledge') }, HQ.t('notice.acknowledge')));
    }
    const text = HQ.el('textarea', { rows: 2, maxlength: 2000, 'aria-label': HQ.t('notice.answerLabel'), 'data-answer': n.id });
    text.value = drafts.get(n.id) || ''; // a list refreshed while a manager types keeps what was typed
    text.addEventListener('input', () => drafts.set(n.id, text.value));
    box.append(HQ.el('label', { class: 'answer' }, HQ.t('notice.answerLabel'), text),
      HQ.el('button', { type: 'button', class: 'btn small', 'data-action': 'answer',
        onclick: () => noticeStep(n.id, 'answer', { text: text.value }) }, HQ.t('notice.answer')));
    return box;
  }

  const drafts = new Map(); // notice id → the answer being typed

  async function loadCityNotices() {
    const r = await HQ.api('GET', '/api/v1/city-notices');
    if (!r.ok) return;
    $('city-notices-card').hidden = !r.data.length;
    $('city-notices').replaceChildren(...r.data.map(cityNotice));
  }

  async function loadHandovers() {
    const r = await HQ.api('GET', '/api/v1/handovers');
    if (!r.ok) return;
    $('handovers-card').hidden = !r.data.length;
    $('handovers').replaceChildren(...r.data.map(h => {
      const late = h.acceptOverdue || h.resultOverdue;
      const due = h.status === 'RECEIVED' || h.status === 'SENT' ? h.acceptDue : h.resultDue;
      return HQ.el('tr', { 'data-receipt': h.receipt, class: h.closed ? 'muted' : '' },
        HQ.el('td', {}, HQ.el('a', { href: '/staff/handover/' + encodeURIComponent(h.receipt), text: h.receipt })),
        HQ.el('td', { text: HQ.t('ho.' + h.direction) }),
        HQ.el('td', { text: h.matterName }),
        HQ.el('td', { text: h.direction === 'OUTGOING' ? h.toHallName : h.fromHallName }),
        HQ.el('td', { text: HQ.t('ho.status.' + h.status) }),
        HQ.el('td', {}, h.closed ? '' : HQ.dateTime(due).slice(0, 5),
          late ? HQ.el('span', { class: 'badge late', text: ' ' + HQ.t('ho.overdue') }) : ''));
    }));
  }

  async function noticeStep(id, action, body) {
    const r = await HQ.api('POST', '/api/v1/city-notices/' + id + '/' + action, body);
    tell('city-notice-message', r);
    if (r.ok && action === 'answer') drafts.delete(id);
    loadCityNotices();
    audit();
  }

  async function loadPolicy() {
    const r = await HQ.api('GET', '/api/v1/policy');
    if (!r.ok) return;
    policy = r.data;
    $('proposals').replaceChildren(...policy.pending.filter(p => p.status === 'PROPOSED').map(p =>
      HQ.el('div', { class: 'proposal', 'data-proposal': p.id },
        HQ.el('div', { text: (p.kind === 'OPEN' ? '建议开启 ' : '建议关闭 ') + p.window + '号窗口' + (p.reason ? '：' + p.reason : '') }),
        HQ.el('button', { type: 'button', class: 'btn primary small', 'data-verdict': 'approve', onclick: () => decide(p.id, 'approve') }, HQ.t('dash.approve')),
        HQ.el('button', { type: 'button', class: 'btn small', 'data-verdict': 'reject', onclick: () => decide(p.id, 'reject') }, HQ.t('dash.reject')))));
    policyForm();
    if (hall) kpis();
  }

  async function decide(id, verdict) {
    const r = await HQ.api('POST', '/api/v1/policy/proposals/' + id + '/' + verdict);
    tell('policy-message', r);
    loadPolicy();
    audit();
  }

  function policyForm() {
    const s = policy.settings;
    const form = $('policy-form');
    if (form.dataset.filled) return;
    form.dataset.filled = '1';
    const mode = HQ.el('select', { class: 'small', name: 'mode', id: 'p-mode' }, ...['AUTOMATIC', 'APPROVAL', 'OFF'].map(m =>
      HQ.el('option', { value: m, selected: s.mode === m, text: HQ.t('policy.' + m) })));
    const fields = [HQ.el('label', { for: 'p-mode', text: HQ.t('policy.mode') }), mode];
    DURATIONS.concat(['openWhenQueueLongerThan']).forEach(k => {
      fields.push(HQ.el('label', { for: 'p-' + k, text: HQ.t('policy.' + k) }),
        HQ.el('input', { class: 'small', id: 'p-' + k, name: k, type: 'number', min: 0, value: DURATIONS.includes(k) ? minutes(s[k]) : s[k] }));
    });
    fields.push(HQ.el('button', { type: 'submit', class: 'btn primary', id: 'policy-save' }, HQ.t('policy.save')));
    form.replaceChildren(...fields);
  }

  async function savePolicy(e) {
    e.preventDefault();
    const f = new FormData($('policy-form'));
    const body = { mode: f.get('mode') };
    DURATIONS.forEach(k => { if (f.get(k) !== '') body[k] = f.get(k) + 'm'; });
    if (f.get('openWhenQueueLongerThan') !== '') body.openWhenQueueLongerThan = Number(f.get('openWhenQueueLongerThan'));
    const r = await HQ.api('PUT', '/api/v1/policy', body);
    $('policy-message').replaceChildren(HQ.el('div', { class: 'notice ' + (r.ok ? 'ok' : 'error'),
      text: r.ok ? HQ.t('policy.saved') : HQ.problemText(r.problem) }));
    if (r.ok) policy = r.data;
    audit();
  }

  async function loadDevices() {
    const [r, l] = await Promise.all([HQ.api('GET', '/api/v1/devices'), HQ.api('GET', '/api/v1/system/links')]);
    if (!r.ok) {
      $('devices').replaceChildren(HQ.el('tr', {}, HQ.el('td', { class: 'muted', text: HQ.t('dash.devicesUnavailable') })));
      return;
    }
    const row = (id, name, kind, state, label, detail) => HQ.el('tr', { 'data-device': id },
      HQ.el('td', { text: name }), HQ.el('td', { class: 'muted', text: kind }),
      HQ.el('td', {}, HQ.el('span', { class: 'badge ' + state, text: label })), HQ.el('td', { class: 'muted', text: detail }));
    const rows = r.data.map(d => row(d.device, d.device, d.kind + (d.window ? ' · ' + d.window + '号窗口' : ''), d.state,
      HQ.t('device.' + d.state), (d.since ? HQ.time(d.since) : '') + (d.detail ? ' ' + d.detail : '')));
    const x = l.ok ? l.data.ratings : null, c = l.ok ? l.data.city : null;
    if (x) { // the 好差评 export and the city hub, beside the devices: what leaves the hall
      rows.push(row('link-ratings', HQ.t('link.ratings'), x.sink, x.problem ? 'OFFLINE' : 'ONLINE',
        HQ.t(x.problem ? 'link.failing' : 'link.ok'), x.problem ? HQ.t('link.since', { t: HQ.dateTime(x.failingSince) })
          + ' ' + x.problem : HQ.t('link.exported', { n: x.exported })));
    }
    if (c) {
      rows.push(row('link-city', HQ.t('link.city'), 'relay', c.linked ? 'ONLINE' : 'OFFLINE',
        HQ.t(c.linked ? 'link.linked' : 'link.unlinked'), [c.pending ? HQ.t('link.pending', { n: c.pending }) : '',
          c.lastAcknowledged ? HQ.t('link.heard', { t: HQ.dateTime(c.lastAcknowledged) }) : '', c.linked ? '' : c.problem || '']
          .filter(Boolean).join(' · ')));
    }
    $('devices').replaceChildren(...rows);
  }

  async function audit() {
    const r = await HQ.api('GET', '/api/v1/audit?limit=10');
    if (!r.ok) return;
    $('audit').replaceChildren(...r.data.map(a => HQ.el('tr', { class: a.outcome >= 400 ? 'warn' : '' },
      HQ.el('td', { class: 'num', text: HQ.time(a.at) }),
      HQ.el('td', { text: a.actor }), HQ.el('td', { text: a.action }), HQ.el('td', { class: 'num', text: a.outcome }))));
  }

  function chart(id, config) {
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart($(id), config);
  }

  async function today() {
    const [timeline, daily] = await Promise.all([HQ.api('GET', '/api/v1/reports/timeline'), HQ.api('GET', '/api/v1/reports/daily')]);
    if (!timeline.ok || !daily.ok || typeof Chart === 'undefined') {
      $('today-summary').textContent = HQ.t('dash.chartUnavailable');
      return;
    }
    const pts = timeline.data.points || [];
    const opts = { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } } };
    chart('chart-timeline', { type: 'line', data: { labels: pts.map(p => HQ.time(p.at)), datasets: [
      { label: HQ.t('chart.waiting'), data: pts.map(p => p.waiting), borderColor: '#1d5fbf', backgroundColor: 'rgba(29,95,191,.12)', fill: true, pointRadius: 0, tension: .25 },
      { label: HQ.t('chart.openWindows'), data: pts.map(p => p.openWindows), borderColor: '#23844f', pointRadius: 0, stepped: true, yAxisID: 'y1' }] },
    options: { ...opts, scales: { y: { beginAtZero: true }, y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } } } } });
    const f = daily.data.figures;
    const hours = (f.hours || []).filter(h => h.issued || h.served || h.called);
    chart('chart-hours', { type: 'bar', data: { labels: hours.map(h => h.hour + ':00'), datasets: [
      { label: HQ.t('chart.issued'), data: hours.map(h => h.issued), backgroundColor: '#8fb3ea' },
      { label: HQ.t('chart.served'), data: hours.map(h => h.served), backgroundColor: '#1d5fbf' },
      { type: 'line', label: HQ.t('chart.meanWait'), data: hours.map(h => h.meanWait), borderColor: '#c8362d', yAxisID: 'y1' }] },
    options: { ...opts, scales: { y: { beginAtZero: true }, y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } } } } });
    const rate = f.ratings && f.ratings.satisfactionRate !== null ? Math.round(f.ratings.satisfactionRate * 100) + '%' : '—';
    $('today-summary').textContent = HQ.t('dash.summary', { i: f.volume.issued, s: f.volume.served, n: f.volume.noShows,
      w: f.waits.mean === null ? '—' : f.waits.mean, r: rate });
  }

  /** Minutes into the hall's day of a server timestamp (they carry the hall's offset). */
  function dayMinute(iso) {
    const m = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso || '');
    return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3] || 0) / 60 : null;
  }

  function clock(v) {
    const h = Math.floor(v / 60);
    const m = Math.round(v % 60);
    return String(h).padStart(2, '0') + ':' + String(m).padStart(2, '0');
  }

  function waitSummary(who, sum) {
    if (!sum || !sum.called && !sum.overP90) return who + '：' + HQ.t('dash.waitsNone');
    const pct = Math.round(sum.overP90Share * 100) + '%';
    const share = sum.overP90Share === null ? '' : en() ? ' (' + pct + ')' : '（' + pct + '）';
    return HQ.t('dash.waitsSummary', { who, c: sum.called, p: sum.meanPromisedMinutes === null ? '—' : sum.meanPromisedMinutes,
      w: sum.meanWaitedMinutes === null ? '—' : sum.meanWaitedMinutes, o: sum.overP90, s: share });
  }

  /** Predicted against actual waits of one service over the day (GET /api/v1/waits). */
  async function waits() {
    const select = $('wait-service');
    if (!hall || typeof Chart === 'undefined') return;
    if (!select.options.length) {
      const busiest = hall.queues.reduce((a, s) => (s.issuedToday > a.issuedToday ? s : a), hall.queues[0]);
      select.replaceChildren(...hall.queues.map(s => HQ.el('option', { value: s.id, selected: s.id === busiest.id, text: serviceName(s) })));
    } else {
      [...select.options].forEach(o => { const s = hall.queues.find(q => q.id === o.value); if (s) o.textContent = serviceName(s); });
    }
    const id = select.value;
    const [one, all] = await Promise.all([HQ.api('GET', '/api/v1/waits?service=' + encodeURIComponent(id)), HQ.api('GET', '/api/v1/waits')]);
    if (!one.ok || !all.ok) {
      $('waits-summary').textContent = HQ.t('dash.chartUnavailable');
      return;
    }
    const samples = one.data.samples;
    const at = s => dayMinute(s.at);
    const point = (x, y) => ({ x, y });
    const called = one.data.tickets.filter(t => !t.stillWaiting);
    const waiting = one.data.tickets.filter(t => t.stillWaiting);
    chart('chart-waits', { type: 'line', data: { datasets: [
      { label: HQ.t('chart.predicted'), data: samples.map(s => point(at(s), s.predictedWaitMinutes)), borderColor: '#c8362d', pointRadius: 0, borderWidth: 2 },
      { label: HQ.t('chart.predictedP90'), data: samples.map(s => point(at(s), s.predictedWaitP90Minutes)), borderColor: '#e8958f', borderDash: [6, 4], pointRadius: 0, borderWidth: 1.5 },
      { type: 'scatter', label: HQ.t('chart.actual'), data: called.map(t => point(dayMinute(t.issuedAt), t.waitedMinutes)), backgroundColor: '#1d5fbf', pointRadius: 3 },
      { type: 'scatter', label: HQ.t('chart.stillWaiting'), data: waiting.map(t => point(dayMinute(t.issuedAt), t.waitedMinutes)), borderColor: '#1d5fbf', backgroundColor: '#fff', pointRadius: 3 },
      { label: HQ.t('chart.waiting'), data: samples.map(s => point(at(s), s.waiting)), borderColor: '#8fb3ea', backgroundColor: 'rgba(143,179,234,.15)', fill: true, pointRadius: 0, yAxisID: 'y1' },
      { label: HQ.t('chart.openWindows'), data: samples.map(s => point(at(s), s.openWindows)), borderColor: '#23844f', pointRadius: 0, stepped: true, yAxisID: 'y1' }] },
    options: { responsive: true, maintainAspectRatio: false, animation: false, parsing: true, plugins: { legend: { position: 'bottom' } },
      scales: { x: { type: 'linear', ticks: { stepSize: 30, callback: clock } },
        y: { beginAtZero: true, title: { display: true, text: HQ.t('chart.minutes') } },
        y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false }, ticks: { precision: 0 } } } } });
    const service = hall.queues.find(q => q.id === id);
    $('waits-summary').replaceChildren(HQ.el('div', { text: waitSummary(HQ.t('dash.waitsHall'), all.data.summary) }),
      HQ.el('div', { text: waitSummary(service ? serviceName(service) : id, one.data.summary) }));
  }

  async function loadStaff() {
    const r = await HQ.api('GET', '/api/v1/staff');
    if (r.ok) staff = r.data;
    staffTable();
  }

  /** Accounts, with a two-step reset of a clerk's password (the generated one is shown once). */
  function staffTable() {
    $('staff').replaceChildren(...staff.map(a => {
      const reset = a.role !== 'CLERK' ? null : HQ.el('button', { type: 'button', class: 'btn small', 'data-reset': a.user,
        text: HQ.t('dash.resetPassword'), onclick: e => {
          if (!e.target.dataset.armed) { e.target.dataset.armed = '1'; e.target.textContent = HQ.t('dash.resetConfirm'); return; }
          resetPassword(a);
        } });
      return HQ.el('tr', { 'data-user': a.user }, HQ.el('td', { text: a.name }), HQ.el('td', { class: 'muted', text: a.user }),
        HQ.el('td', { text: HQ.t('dash.role.' + a.role) }),
        HQ.el('td', { class: 'muted', text: a.windows.length ? HQ.t('dash.windowsOf', { w: a.windows.join(', ') }) : '' }),
        HQ.el('td', {}, reset));
    }));
  }

  async function resetPassword(a) {
    const r = await HQ.api('POST', '/api/v1/staff/' + encodeURIComponent(a.user) + '/password');
    $('staff-message').replaceChildren(r.ok
      ? HQ.el('div', { class: 'notice ok', id: 'reset-done' }, HQ.t('dash.resetDone', { name: a.name }),
        HQ.el('span', { class: 'password-shown', text: r.data.password }))
      : HQ.el('div', { class: 'notice error', text: HQ.problemText(r.problem) }));
    if (r.status === 401) HQ.toLogin(r.problem);
    staffTable();
    audit();
  }

  function live() {
    const es = HQ.hallFeed();
    es.addEventListener('hall', e => {
      hall = JSON.parse(e.data);
      $('hall-name').textContent = hall.hallName + ' · ' + HQ.t('dash.title');
      $('hall-name').removeAttribute('data-i18n');
      kpis(); services(); windows();
      if (!$('wait-service').options.length) waits();
    });
    es.addEventListener('windows', e => { if (hall) merge(JSON.parse(e.data)); });
    es.addEventListener('services', e => { if (hall) { hall.queues = JSON.parse(e.data); services(); kpis(); } });
    es.addEventListener('alert', e => {
      const a = JSON.parse(e.data);
      $('alerts').querySelectorAll('li.muted').forEach(li => li.remove()); // "no alerts" no more
      $('alerts').prepend(alertItem(a));
      if (a.kind.startsWith('POLICY')) loadPolicy();
      if (a.kind.startsWith('DEVICE')) loadDevices();
      if (a.kind === 'CITY_NOTICE') loadCityNotices();
      if (a.kind.startsWith('HANDOVER')) loadHandovers();
    });
  }

  async function start() {
    const me = await HQ.requireStaff();
    if (!me) return;
    $('who').textContent = me.name;
    HQ.logoutButton($('logout'));
    HQ.passwordButton($('change-password'));
    if (me.role !== 'MANAGER') {
      $('banner').replaceChildren(HQ.el('div', { class: 'notice error', id: 'managers-only' }, HQ.t('dash.managersOnly') + ' ',
        me.windows.length ? HQ.el('a', { href: '/staff/window/' + me.windows[0], text: me.windows[0] + '号窗口' }) : null));
      document.querySelector('main').hidden = true;
      return;
    }
    $('policy-form').addEventListener('submit', savePolicy);
    HQ.onLang(() => { if (hall) { kpis(); services(); windows(); } $('policy-form').dataset.filled = ''; if (policy) policyForm(); today(); waits(); staffTable(); loadCityNotices(); loadHandovers(); });
    $('wait-service').addEventListener('change', waits);
    await Promise.all([loadStaff(), loadPolicy()]);
    live();
    loadAlerts(); loadDevices(); audit(); today(); loadCityNotices(); loadHandovers();
    setInterval(() => { today(); waits(); }, 60000);
    setInterval(loadDevices, 15000);
  }

  start();
})();
