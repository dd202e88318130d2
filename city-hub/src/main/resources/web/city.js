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
    CITY: ['市级', 'city'], DISTRICT: ['区县', 'district'], TOWNSHIP: ['乡镇街道', 'street'], VILLAGE: ['村社区', 'village'],
  };
  let lang = localStorage.getItem('hallq.lang') || 'zh';
  let last = null;
  const t = key => (TEXTS[key] || [key, key])[lang === 'zh' ? 0 : 1];
  const $ = id => document.getElementById(id);

  function applyLang() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-t]').forEach(el => { el.textContent = t(el.dataset.t); });
    if (last) draw(last);
  }

  const fmt = (v, digits = 0) => v === null || v === undefined ? '–' : Number(v).toFixed(digits);
  const pct = v => v === null || v === undefined ? '–' : Math.round(v * 100) + '%';
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
      cell(tr, n.hall.name, 'name l' + Math.min(depth, 3));
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
  }

  function draw(data) {
    const rows = flatten(data.halls, 0, []);
    tiles(data.halls);
    table(rows);
    map(rows);
    $('clock').textContent = time(data.at);
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
    last = await r.json();
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
  $('logout').addEventListener('click', async () => { await fetch('/api/v1/city/logout', { method: 'POST' }); refresh(); });
  $('lang').addEventListener('click', () => { lang = lang === 'zh' ? 'en' : 'zh'; localStorage.setItem('hallq.lang', lang); applyLang(); });
  applyLang();
  refresh();
  setInterval(() => refresh().catch(e => { $('clock').textContent = t('unavailable') + e.message; }), 5000);
})();
