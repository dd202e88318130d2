// HallQ City for citizens: which halls handle a matter, how many wait there now and the predicted
// wait, nearest first from a chosen district, with each hall's booking page. Public, phone-sized.
(() => {
  const TEXTS = {
    title: ['办事去哪儿', 'Where to go'], lang: ['English', '中文'],
    intro: ['选择要办理的事项，查看各政务服务大厅、便民服务中心和站点现在的排队人数与预计等候时间。',
      'Choose a matter to see how many wait now, and how long, at each service hall, centre and station.'],
    matter: ['办理事项', 'Matter'], from: ['我在', 'I am in'], anywhere: ['不限（按等候时间排序）', 'Anywhere (shortest wait first)'],
    none: ['暂无可办理该事项的大厅数据', 'No hall has reported this matter'],
    updated: ['更新于', 'Updated'], every: ['每 30 秒自动更新', 'refreshed every 30 s'],
    waiting: ['正在等候 {n} 人', '{n} waiting'], wait: ['预计等候约 {m} 分钟', 'about {m} min wait'],
    waitShort: ['基本无需等候', 'hardly any wait'], closed: ['当前暂停取号', 'not taking tickets now'],
    stale: ['暂无实时数据', 'no live figures now'], km: ['约 {d} 公里', 'about {d} km'],
    book: ['预约办理', 'Book a visit'], unavailable: ['暂时无法获取数据，请稍后再试', 'Figures are unavailable; please try later'],
    CITY: ['市级中心', 'city centre'], DISTRICT: ['区县中心', 'district centre'], TOWNSHIP: ['街道（乡镇）便民服务中心', 'street centre'],
    VILLAGE: ['村（社区）服务站', 'village station'],
  };
  let lang = localStorage.getItem('hallq.lang') || 'zh';
  let view = null;
  const params = new URLSearchParams(location.search);
  const $ = id => document.getElementById(id);
  const t = (key, args) => Object.entries(args || {}).reduce((s, [k, v]) => s.replaceAll('{' + k + '}', v),
    (TEXTS[key] || [key, key])[lang === 'zh' ? 0 : 1]);
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) e.setAttribute(k, v); });
    kids.forEach(k => e.append(k));
    return e;
  };

  /** Great-circle distance in km. */
  function km(a, b) {
    const rad = x => x * Math.PI / 180;
    const dLat = rad(b.lat - a.lat), dLon = rad(b.lon - a.lon);
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }

  function options() {
    const matter = $('matter'), from = $('from');
    const chosen = matter.value || params.get('matter'), place = from.value || params.get('from') || '';
    const name = m => lang === 'zh' ? m.name : (m.nameEn || m.name);
    matter.replaceChildren(...[...view.matters].sort((a, b) => name(a).localeCompare(name(b), lang === 'zh' ? 'zh-CN' : 'en'))
      .map(m => el('option', { value: m.id }, name(m))));
    if (view.matters.some(m => m.id === chosen)) matter.value = chosen;
    from.replaceChildren(el('option', { value: '' }, t('anywhere')), ...view.from.map(f => el('option', { value: f.id }, f.name)));
    if (view.from.some(f => f.id === place)) from.value = place;
  }

  function places() {
    const matter = view.matters.find(m => m.id === $('matter').value);
    const origin = view.from.find(f => f.id === $('from').value);
    const list = (matter ? matter.halls : []).map(p => ({ p, d: origin && p.lat !== null && p.lon !== null ? km(origin, p) : null }));
    const rank = x => (x.p.live && x.p.accepting ? 0 : x.p.live ? 1 : 2);
    list.sort((a, b) => origin
      ? (a.d === null) - (b.d === null) || a.d - b.d || rank(a) - rank(b)
      : rank(a) - rank(b) || (a.p.predictedWaitMinutes ?? 1e9) - (b.p.predictedWaitMinutes ?? 1e9));
    $('none').hidden = list.length > 0;
    $('places').replaceChildren(...list.map(({ p, d }) => {
      const figures = el('div', { class: 'figures' });
      if (!p.live) {
        figures.append(el('span', { class: 'muted' }, t('stale')));
      } else {
        figures.append(el('strong', {}, t('waiting', { n: p.waiting })));
        if (!p.accepting) figures.append(el('span', { class: 'closed' }, t('closed')));
        else if (p.predictedWaitMinutes !== null) {
          const m = Math.round(p.predictedWaitMinutes);
          figures.append(el('span', { class: m > p.targetWaitMinutes ? 'long' : 'short' },
            m < 1 ? t('waitShort') : t('wait', { m })));
        }
      }
      const li = el('li', { class: 'place' + (p.live ? '' : ' stale'), 'data-hall': p.hallId },
        el('div', { class: 'line' }, el('strong', { class: 'hall' }, p.hallName),
          d === null ? '' : el('span', { class: 'muted' }, t('km', { d: d < 10 ? d.toFixed(1) : Math.round(d) }))),
        el('div', { class: 'muted' }, t(p.level)), figures);
      if (p.live && p.bookingUrl) li.append(el('a', { class: 'btn primary book', href: '/city/book?matter=' + encodeURIComponent($('matter').value)
        + '&hall=' + encodeURIComponent(p.hallId) }, t('book')));
      return li;
    }));
    const q = new URLSearchParams();
    if ($('matter').value) q.set('matter', $('matter').value);
    if ($('from').value) q.set('from', $('from').value);
    history.replaceState(null, '', location.pathname + (q.toString() ? '?' + q : ''));
  }

  function draw() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-t]').forEach(e => { e.textContent = t(e.dataset.t); });
    if (!view) return;
    options();
    places();
    $('updated').textContent = new Date(view.at).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });
  }

  async function refresh() {
    try {
      const r = await fetch('/api/v1/city/services');
      if (!r.ok) throw new Error(String(r.status));
      view = await r.json();
      $('error').hidden = true;
    } catch (e) {
      $('error').textContent = t('unavailable');
      $('error').hidden = false;
    }
    draw();
  }

  $('matter').addEventListener('change', places);
  $('from').addEventListener('change', places);
  $('lang').addEventListener('click', () => { lang = lang === 'zh' ? 'en' : 'zh'; localStorage.setItem('hallq.lang', lang); draw(); });
  draw();
  refresh();
  setInterval(refresh, 30000);
})();
