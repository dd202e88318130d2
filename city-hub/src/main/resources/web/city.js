// HallQ City overview: every hall of the city in the tree of its four levels, refreshed every 5 s.
// Chinese first, English available; no network beyond the hub itself.
(() => {
  const TEXTS = {
    title: ['城市政务服务监控', 'City service overview'], lang: ['English', '中文'], logout: ['退出', 'Log out'],
    'login.title': ['市政务服务管理办公室登录', 'City service office login'], 'login.user': ['账号', 'User'],
    'login.password': ['密码', 'Password'], 'login.go': ['登录', 'Log in'],
    'login.bad': ['账号或密码不正确', 'Wrong user or password'],
    'tile.halls': ['大厅与站点', 'Halls and stations'], 'tile.waiting': ['正在等候', 'Waiting now'],
    'tile.issued': ['今日取号', 'Tickets today'], 'tile.wait': ['平均等候（分钟）', 'Mean wait (min)'],
    'tile.sat': ['满意率', 'Satisfaction'], 'tile.over': ['超时大厅', 'Halls over target'],
    'tile.stale': ['失联大厅', 'Halls out of touch'], 'map.title': ['大厅分布', 'Where the halls are'],
    'legend.ok': ['正常', 'normal'], 'legend.over': ['超过等候目标', 'over wait target'], 'legend.stale': ['失联', 'out of touch'],
    'table.title': ['各级大厅（含下级合计）', 'Halls by level (totals include the halls below)'],
    'col.name': ['名称', 'Name'], 'col.level': ['层级', 'Level'], 'col.waiting': ['等候', 'Waiting'],
    'col.windows': ['窗口', 'Windows'], 'col.worst': ['最久业务 预计/目标', 'Worst service: predicted/target'],
    'col.issued': ['今日取号', 'Today'], 'col.wait': ['平均等候', 'Mean wait'], 'col.sat': ['满意率', 'Satisfaction'],
    'col.link': ['联系', 'Link'], 'link.ok': ['正常', 'live'], 'link.stale': ['失联 · 最后联系 ', 'out of touch · last heard '],
    'link.never': ['从未联系', 'never heard'], 'unavailable': ['暂时无法获取数据：', 'Figures unavailable: '],
    'tile.alerts': ['未结预警', 'Open alerts'], 'tile.notices': ['督办待答复（超期）', 'Notices unanswered (overdue)'],
    'alerts.title': ['实时预警', 'Alerts'], 'alerts.none': ['暂无预警', 'No open alerts'],
    'alerts.since': ['自 {at} 起', 'since {at}'], 'alerts.supervise': ['督办', 'Send notice'],
    'alerts.supervised': ['已督办', 'Notice sent'],
    WAIT_OVER_TARGET: ['预计等候超目标', 'Predicted wait over target'],
    WAITING_PAST_TARGET: ['群众等候超时', 'Citizens waiting past target'],
    IDLE_WHILE_WAITING: ['窗口空闲而有人等候', 'Windows idle while citizens wait'],
    HANDOVER_OVERDUE: ['转报件超期', 'Handovers past their deadline'],
    'handovers.title': ['代办转报（近 31 天）', 'Handovers (last 31 days)'], 'handovers.none': ['暂无转报件', 'No handovers'],
    'handovers.late': ['{n} 件超期', '{n} overdue'], 'handovers.route': ['{from} → {to}', '{from} → {to}'],
    'handovers.times': ['{at} 转出 · 受理时限 {accept} · 办结时限 {result}', 'sent {at} · accept by {accept} · result by {result}'],
    'handovers.lateAccept': ['受理超期', 'accepted late'], 'handovers.lateResult': ['办结超期', 'result late'],
    'h.SENT': ['已转出', 'sent'], 'h.RECEIVED': ['已收件', 'received'], 'h.ACCEPTED': ['已受理', 'accepted'],
    'h.RETURNED': ['已退回', 'returned'], 'h.RESULT_READY': ['结果已出', 'result ready'], 'h.PICKED_UP': ['已领取', 'picked up'],
    'notices.title': ['督办件（近 30 天）', 'Supervision notices (last 30 days)'], 'notices.none': ['暂无督办件', 'No notices'],
    'form.hall': ['督办对象', 'To hall'], 'form.message': ['督办内容', 'What the hall must do'],
    'form.hours': ['答复时限（小时）', 'Answer within (hours)'], 'form.send': ['发出督办', 'Send'], 'form.clear': ['清空', 'Clear'],
    'form.about': ['关于预警：{m}', 'About the alert: {m}'], 'form.sent': ['已发出，大厅下次联系时接收', 'Sent: the hall takes it in when it next reports'],
    'form.ask': ['{hall}：{m}。请说明原因并报整改措施。', '{hall}: {m}. Explain the cause and report what is done about it.'],
    'form.failed': ['未能发出：', 'Not sent: '],
    SENT: ['待接收', 'not yet received'], RECEIVED: ['已送达', 'received'], ACKNOWLEDGED: ['已签收', 'acknowledged'],
    ANSWERED: ['已答复', 'answered'], overdue: ['已超期', 'overdue'],
    'notice.from': ['{by} 于 {at} 发出', 'sent by {by} at {at}'], 'notice.due': ['答复期限 {at}', 'answer by {at}'],
    'notice.ack': ['{by} 于 {at} 签收', 'acknowledged by {by} at {at}'],
    'notice.answered': ['{by} 于 {at} 答复：', 'answered by {by} at {at}: '],
    'day.date': ['日期', 'Date'], 'day.close': ['关闭', 'Close'], 'day.services': ['各事项', 'Services'],
    'day.windows': ['各窗口', 'Windows'], 'day.alerts': ['当日预警', 'Alerts of the day'],
    'day.title': ['{hall} · {date}', '{hall} · {date}'], 'day.unavailable': ['无法获取该大厅当日数据：', 'The day is unavailable: '],
    'day.issued': ['取号', 'Issued'], 'day.served': ['办结', 'Served'], 'day.meanWait': ['平均等候（分钟）', 'Mean wait (min)'],
    'day.p90': ['P90 等候（分钟）', 'p90 wait (min)'], 'day.within': ['目标内占比', 'Within target'],
    'day.sat': ['满意率', 'Satisfaction'], 'day.noShows': ['过号', 'No-shows'], 'day.open': ['查看当日', 'Open the day'],
    'col.service': ['事项', 'Service'], 'col.served': ['办结', 'Served'], 'col.p90': ['P90 等候', 'p90 wait'],
    'col.within': ['目标内', 'Within target'], 'col.window': ['窗口', 'Window'], 'col.calls': ['叫号', 'Calls'],
    'col.serviceTime': ['平均办理', 'Mean service'], 'col.open': ['开放时长', 'Open'], 'col.busy': ['接待时长', 'Busy'],
    'hours.short': ['{h} 小时', '{h} h'], 'window.no': ['{n} 号窗口', 'Window {n}'],
    CITY: ['市级', 'city'], DISTRICT: ['区县', 'district'], TOWNSHIP: ['乡镇街道', 'street'], VILLAGE: ['村社区', 'village'],
  };
  let lang = localStorage.getItem('hallq.lang') || 'zh';
  let last = null;
  let notices = [];
  let handovers = [];
  let subject = null; // the alert the notice form is about, if any
  const t = (key, args) => Object.entries(args || {}).reduce((s, [k, v]) => s.replaceAll('{' + k + '}', v),
    (TEXTS[key] || [key, key])[lang === 'zh' ? 0 : 1]);
  const $ = id => document.getElementById(id);

  function applyLang() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-t]').forEach(el => { el.textContent = t(el.dataset.t); });
    if (last) draw(last);
    if (day) drawDay(day.data);
  }

  const fmt = (v, digits = 0) => v === null || v === undefined ? '–' : Number(v).toFixed(digits);
  const pct = v => v === null || v === undefined ? '–' : Math.round(v * 100) + '%';
  const dateTime = iso => {
    if (!iso) return '';
    const d = new Date(iso), two = v => String(v).padStart(2, '0');
    return two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
  };
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) e.setAttribute(k, v); });
    kids.forEach(k => e.append(k));
    return e;
  };
  const time = iso => iso ? new Date(iso).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false }) : '';

  function flatten(nodes, depth, out) {
    nodes.forEach(n => { out.push({ node: n, depth }); flatten(n.children, depth + 1, out); });
    return out;
  }

  function state(n) {
    if (n.stale) return 'stale';
    return n.now && n.now.servicesOverTarget > 0 ? 'over' : 'ok';
  }

  function cell(tr, text, cls) {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.appendChild(td);
    return td;
  }

  function table(rows) {
    const body = document.querySelector('#halls tbody');
    body.replaceChildren();
    rows.forEach(({ node: n, depth }) => {
      const tr = document.createElement('tr');
      tr.className = state(n) + ' l' + Math.min(depth, 3);
      tr.dataset.hall = n.hall.id;
      const name = cell(tr, '', 'name l' + Math.min(depth, 3));
      name.append(el('button', { type: 'button', class: 'open-day', 'data-open': n.hall.id, title: t('day.open') },
        n.hall.name));
      cell(tr, t(n.hall.level));
      cell(tr, fmt(n.total.waiting), 'num waiting');
      cell(tr, n.total.openWindows + '/' + n.total.windows, 'num');
      cell(tr, n.now && n.now.worstService ? n.now.worstService + ' ' + fmt(n.now.worstWaitMinutes) + '/'
          + n.now.worstTargetMinutes : '–', 'worst');
      cell(tr, fmt(n.total.issued), 'num issued');
      cell(tr, n.total.firstCalls ? fmt(n.total.waitedMs / 60000 / n.total.firstCalls, 1) : '–', 'num mean-wait');
      cell(tr, n.total.ratings ? pct((n.total.ratings - n.total.badRatings) / n.total.ratings) : '–', 'num');
      cell(tr, n.stale ? (n.lastHeard ? t('link.stale') + time(n.lastHeard) : t('link.never')) : t('link.ok'), 'link-state');
      body.appendChild(tr);
    });
  }

  /** The halls on a plain projection of their coordinates, fitted to the box: no map tiles. */
  function map(rows) {
    const svg = $('map');
    svg.replaceChildren();
    const placed = rows.map(r => r.node).filter(n => n.hall.lat !== null && n.hall.lon !== null);
    if (!placed.length) return;
    const lats = placed.map(n => n.hall.lat), lons = placed.map(n => n.hall.lon);
    const midLat = (Math.min(...lats) + Math.max(...lats)) / 2 * Math.PI / 180;
    const xs = placed.map(n => n.hall.lon * Math.cos(midLat)), ys = placed.map(n => n.hall.lat);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // fit the halls into 440 × 380 of the 600 × 480 box, centred, leaving room for the labels
    const scale = Math.min(440 / Math.max(x1 - x0, 1e-6), 380 / Math.max(y1 - y0, 1e-6));
    const left = (600 - (x1 - x0) * scale) / 2, bottom = 480 - (480 - (y1 - y0) * scale) / 2;
    const at = n => [left + (n.hall.lon * Math.cos(midLat) - x0) * scale, bottom - (n.hall.lat - y0) * scale];
    const byId = new Map(placed.map(n => [n.hall.id, n]));
    const ns = 'http://www.w3.org/2000/svg';
    placed.forEach(n => {
      const p = byId.get(n.hall.parent);
      if (!p) return;
      const [ax, ay] = at(n), [bx, by] = at(p);
      const line = document.createElementNS(ns, 'line');
      Object.entries({ x1: ax, y1: ay, x2: bx, y2: by, class: 'link' }).forEach(([k, v]) => line.setAttribute(k, v));
      svg.appendChild(line);
    });
    const radius = { CITY: 10, DISTRICT: 8, TOWNSHIP: 6, VILLAGE: 4.5 };
    placed.forEach(n => {
      const [x, y] = at(n);
      const c = document.createElementNS(ns, 'circle');
      Object.entries({ cx: x, cy: y, r: radius[n.hall.level], class: state(n) }).forEach(([k, v]) => c.setAttribute(k, v));
      c.dataset.hall = n.hall.id;
      c.addEventListener('click', () => openDay(n.hall.id));
      const title = document.createElementNS(ns, 'title');
      title.textContent = n.hall.name + ' · ' + t('col.waiting') + ' ' + (n.now ? n.now.waiting : '–');
      c.appendChild(title);
      svg.appendChild(c);
      if (n.hall.level === 'CITY' || n.hall.level === 'DISTRICT') {
        const label = document.createElementNS(ns, 'text');
        const right = x > 300; // the name on the side with more room
        label.setAttribute('x', right ? x - 12 : x + 12);
        label.setAttribute('y', y + 4);
        label.setAttribute('text-anchor', right ? 'end' : 'start');
        label.textContent = n.hall.name;
        svg.appendChild(label);
      }
    });
  }

  function tiles(roots) {
    const sum = k => roots.reduce((a, r) => a + (r.total[k] || 0), 0);
    const calls = sum('firstCalls'), ratings = sum('ratings');
    $('t-halls').textContent = sum('halls');
    $('t-waiting').textContent = sum('waiting');
    $('t-issued').textContent = sum('issued');
    $('t-wait').textContent = calls ? (sum('waitedMs') / 60000 / calls).toFixed(1) : '–';
    $('t-sat').textContent = ratings ? Math.round((ratings - sum('badRatings')) / ratings * 100) + '%' : '–';
    $('t-over').textContent = sum('hallsOverTarget');
    $('t-stale').textContent = sum('staleHalls');
    $('t-alerts').textContent = sum('openAlerts');
    const late = sum('overdueNotices');
    $('t-notices').textContent = sum('openNotices') + (late ? (lang === 'zh' ? '（' + late + '）' : ' (' + late + ')') : '');
  }

  /** Every open alert of every hall, the longest-lasting first, each with its 督办 button. */
  function alerts(rows) {
    const list = rows.flatMap(r => (r.node.alerts || []).map(a => ({ a, hall: r.node.hall })))
      .sort((x, y) => x.a.since.localeCompare(y.a.since));
    const sent = new Map(notices.filter(n => n.alertId !== null).map(n => [n.alertId, n]));
    $('alerts-none').hidden = list.length > 0;
    $('alerts').replaceChildren(...list.map(({ a, hall }) => {
      const n = sent.get(a.id);
      const action = n ? el('span', { class: 'badge ' + n.status.toLowerCase() }, t('alerts.supervised') + ' · ' + t(n.status))
        : el('button', { class: 'btn small', type: 'button', 'data-action': 'supervise' }, t('alerts.supervise'));
      if (!n) action.addEventListener('click', () => compose(hall, a));
      return el('li', { 'data-alert': a.id, 'data-hall': hall.id, class: 'alert' },
        el('div', { class: 'line' }, el('strong', {}, hall.name), el('span', { class: 'kind' }, t(a.kind)), action),
        el('div', {}, a.message),
        el('div', { class: 'muted' }, t('alerts.since', { at: dateTime(a.since) })));
    }));
  }

  function noticeList() {
    $('notices-none').hidden = notices.length > 0;
    $('notices').replaceChildren(...notices.map(n => {
      const head = el('div', { class: 'line' }, el('span', { class: 'badge ' + n.status.toLowerCase() }, t(n.status)));
      if (n.overdue) head.append(el('span', { class: 'badge overdue' }, t('overdue')));
      head.append(el('strong', {}, n.hallName));
      const li = el('li', { 'data-notice': n.id, 'data-status': n.status, class: 'notice-item' + (n.overdue ? ' late' : '') },
        head, el('div', {}, n.message),
        el('div', { class: 'muted' }, t('notice.from', { by: n.sentBy, at: dateTime(n.sentAt) }) + ' · '
          + t('notice.due', { at: dateTime(n.answerDue) })));
      if (n.acknowledgedAt && !n.answeredAt) {
        li.append(el('div', { class: 'muted' }, t('notice.ack', { by: n.acknowledgedBy, at: dateTime(n.acknowledgedAt) })));
      }
      if (n.answeredAt) {
        li.append(el('div', { class: 'answer', 'data-answer': '' },
          t('notice.answered', { by: n.answeredBy, at: dateTime(n.answeredAt) }), n.answer));
      }
      return li;
    }));
  }

  /** Handovers: those waiting past a deadline first, then the open ones, then the closed; 50 at most. */
  function handoverList() {
    const rank = h => h.overdue ? 0 : h.closed ? 2 : 1;
    const list = [...handovers].sort((a, b) => rank(a) - rank(b)
      || b.handover.sentAt.localeCompare(a.handover.sentAt)).slice(0, 50);
    const late = handovers.filter(h => h.overdue).length;
    $('handovers-late').hidden = late === 0;
    $('handovers-late').textContent = t('handovers.late', { n: late });
    $('handovers-none').hidden = list.length > 0;
    $('handovers').replaceChildren(...list.map(row => {
      const h = row.handover;
      const head = el('div', { class: 'line' }, el('span', { class: 'badge' + (row.closed ? ' sent' : '') }, t('h.' + row.status)));
      if (row.overdue) head.append(el('span', { class: 'badge overdue' }, t('overdue')));
      else if (row.acceptOverdue) head.append(el('span', { class: 'badge overdue' }, t('handovers.lateAccept')));
      else if (row.resultOverdue) head.append(el('span', { class: 'badge overdue' }, t('handovers.lateResult')));
      head.append(el('strong', {}, h.matterName), el('span', { class: 'muted' }, h.receipt));
      return el('li', { 'data-handover': h.receipt, 'data-status': row.status, class: row.overdue ? 'late' : '' }, head,
        el('div', {}, t('handovers.route', { from: h.fromHallName, to: h.toHallName })),
        el('div', { class: 'muted' }, t('handovers.times', { at: dateTime(h.sentAt),
          accept: dateTime(h.acceptDue), result: dateTime(h.resultDue) })));
    }));
  }

  /** The halls the form can address, kept as chosen when the tree has not changed. */
  function hallChoices(rows) {
    const select = $('notice-hall');
    const ids = rows.map(r => r.node.hall.id).join(',');
    if (select.dataset.ids === ids && select.dataset.lang === lang) return;
    const chosen = select.value;
    select.replaceChildren(el('option', { value: '' }, '—'), ...rows.map(({ node: n, depth }) =>
      el('option', { value: n.hall.id }, '\u3000'.repeat(Math.min(depth, 3)) + n.hall.name)));
    select.value = chosen;
    select.dataset.ids = ids;
    select.dataset.lang = lang;
  }

  function compose(hall, alert) {
    subject = alert;
    $('notice-hall').value = hall.id;
    $('notice-about').textContent = t('form.about', { m: alert.message });
    $('notice-about').hidden = false;
    $('notice-message').value = t('form.ask', { hall: hall.name, m: alert.message });
    $('notice-result').hidden = true;
    $('notice-message').focus();
  }

  function clearForm() {
    subject = null;
    $('notice-about').hidden = true;
    $('notice-message').value = '';
    $('notice-hours').value = 72;
  }

  function draw(data) {
    const rows = flatten(data.halls, 0, []);
    tiles(data.halls);
    table(rows);
    map(rows);
    hallChoices(rows);
    alerts(rows);
    noticeList();
    handoverList();
    $('clock').textContent = time(data.at);
  }

  let day = null; // the hall and date the drill-down shows, while open
  const figure = (v, digits) => v === null || v === undefined ? '–' : Number(v).toFixed(digits);

  async function openDay(id, date) {
    const r = await fetch('/api/v1/city/halls/' + encodeURIComponent(id) + '/day' + (date ? '?date=' + date : ''),
      { credentials: 'same-origin' });
    $('day-card').hidden = false;
    if (!r.ok) {
      const problem = await r.json().catch(() => ({ message: String(r.status) }));
      $('day-error').textContent = t('day.unavailable') + problem.message;
      $('day-error').hidden = false;
      return;
    }
    const first = !day || day.id !== id;
    day = { id, date, data: await r.json() };
    $('day-error').hidden = true;
    drawDay(day.data);
    if (first) $('day-card').scrollIntoView({ block: 'start' });
  }

  function drawDay(d) {
    const f = d.report.city; // the report of this hall alone
    $('day-title').textContent = t('day.title', { hall: d.hall.name, date: d.date });
    $('day-date').value = d.date;
    const tile = (label, value) => el('div', { class: 'tile small' }, el('div', { class: 'value' }, value),
      el('div', { class: 'label' }, t(label)));
    $('day-tiles').replaceChildren(tile('day.issued', String(f.sums.issued)), tile('day.served', String(f.sums.served)),
      tile('day.meanWait', figure(f.meanWaitMinutes, 1)), tile('day.p90', figure(f.p90WaitMinutes, 0)),
      tile('day.within', pct(f.withinTarget)), tile('day.sat', pct(f.satisfaction)), tile('day.noShows', String(f.sums.noShows)));
    hoursChart(d.hours);
    const rows = (id, list) => $(id).querySelector('tbody').replaceChildren(...list.map(cells => {
      const tr = el('tr');
      cells.forEach((v, i) => cell(tr, v, i ? 'num' : ''));
      return tr;
    }));
    rows('day-services', d.report.services.map(sv => [d.serviceNames[sv.serviceId] || sv.serviceId,
      String(sv.figures.sums.issued), String(sv.figures.sums.served), figure(sv.figures.meanWaitMinutes, 1),
      figure(sv.figures.p90WaitMinutes, 0), pct(sv.figures.withinTarget)]));
    rows('day-windows', d.report.windows.map(w => [t('window.no', { n: w.window }), String(w.figures.sums.firstCalls),
      String(w.figures.sums.served), figure(w.figures.meanServiceMinutes, 1),
      hours(w.figures.sums.openMs), hours(w.figures.sums.busyMs), pct(w.figures.satisfaction)]));
    $('day-alerts-none').hidden = d.alerts.length > 0;
    $('day-alerts').replaceChildren(...d.alerts.map(a => el('li', { 'data-alert': a.id },
      el('div', { class: 'line' }, el('span', { class: 'kind' }, t(a.kind)),
        el('span', { class: 'muted' }, dateTime(a.since) + ' – ' + (a.closedAt ? dateTime(a.closedAt) : ''))),
      el('div', {}, a.message))));
  }

  const hours = ms => ms ? t('hours.short', { h: (ms / 3600000).toFixed(1) }) : '–';

  let chart = null;
  function hoursChart(hours) {
    if (typeof Chart === 'undefined') return;
    if (chart) chart.destroy();
    chart = new Chart($('day-hours'), { type: 'bar', data: { labels: hours.map(h => h.hour + ':00'), datasets: [
      { label: t('day.issued'), data: hours.map(h => h.issued), backgroundColor: '#8fb3ea' },
      { label: t('day.served'), data: hours.map(h => h.served), backgroundColor: '#1d5fbf' },
      { type: 'line', label: t('day.meanWait'), data: hours.map(h => h.meanWaitMinutes), borderColor: '#c8362d',
        backgroundColor: '#c8362d', yAxisID: 'y1' }] },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true },
      y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } } } } });
  }

  async function refresh() {
    const r = await fetch('/api/v1/city/overview', { credentials: 'same-origin' });
    if (r.status === 401) {
      $('overview').hidden = true;
      $('logout').hidden = true;
      $('login-card').hidden = false;
      return;
    }
    if (!r.ok) {
      $('clock').textContent = t('unavailable') + r.status;
      return;
    }
    const n = await fetch('/api/v1/city/notices', { credentials: 'same-origin' });
    if (n.ok) notices = await n.json();
    const h = await fetch('/api/v1/city/handovers', { credentials: 'same-origin' });
    if (h.ok) handovers = await h.json();
    last = await r.json();
    if (day && !day.date) openDay(day.id).catch(() => {}); // today's figures move; a chosen date's do not
    $('login-card').hidden = true;
    $('overview').hidden = false;
    $('logout').hidden = false;
    draw(last);
  }

  $('login-form').addEventListener('submit', async e => {
    e.preventDefault();
    const r = await fetch('/api/v1/city/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: $('user').value, password: $('password').value }) });
    $('login-error').hidden = r.ok;
    if (!r.ok) { $('login-error').textContent = t('login.bad'); return; }
    $('password').value = '';
    refresh();
  });
  $('notice-form').addEventListener('submit', async e => {
    e.preventDefault();
    const body = { hallId: $('notice-hall').value, message: $('notice-message').value,
      answerWithinHours: Number($('notice-hours').value) };
    if (subject && subject.hallId === body.hallId) body.alertId = subject.id;
    const r = await fetch('/api/v1/city/notices', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const result = $('notice-result');
    result.hidden = false;
    if (r.ok) {
      result.className = 'notice ok';
      result.textContent = t('form.sent');
      clearForm();
      await refresh();
    } else {
      const problem = await r.json().catch(() => ({ message: String(r.status) }));
      result.className = 'notice error';
      result.textContent = t('form.failed') + problem.message;
    }
  });
  document.querySelector('#halls tbody').addEventListener('click', e => {
    const b = e.target.closest('[data-open]');
    if (b) openDay(b.dataset.open);
  });
  $('day-date').addEventListener('change', () => { if (day && $('day-date').value) openDay(day.id, $('day-date').value); });
  $('day-close').addEventListener('click', () => { day = null; $('day-card').hidden = true; });
  $('notice-clear').addEventListener('click', () => { clearForm(); $('notice-result').hidden = true; });
  $('logout').addEventListener('click', async () => { await fetch('/api/v1/city/logout', { method: 'POST' }); refresh(); });
  $('lang').addEventListener('click', () => { lang = lang === 'zh' ? 'en' : 'zh'; localStorage.setItem('hallq.lang', lang); applyLang(); });
  applyLang();
  refresh();
  setInterval(() => refresh().catch(e => { $('clock').textContent = t('unavailable') + e.message; }), 5000);
})();
