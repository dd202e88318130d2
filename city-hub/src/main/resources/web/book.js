// HallQ City: book any hall's slots on one page. The hub asks the hall that owns the slots and passes
// its answer back; a hall the city cannot reach cannot be booked, and the page says so. Public, phone first.
(() => {
  const TEXTS = {
    title: ['全市预约办事', 'Book at any hall'], lang: ['English', '中文'],
    matter: ['1. 办理事项', '1. Matter'], hall: ['2. 办理地点', '2. Where'], date: ['3. 选择日期', '3. Day'],
    slot: ['4. 选择时段', '4. Time'], who: ['5. 身份信息', '5. Who you are'], id: ['身份证号码', 'Resident ID number'],
    phone: ['手机号码（可不填）', 'Mobile number (optional)'],
    privacy: ['身份证号码由市平台直接转交办理大厅，仅用于防止重复占号；市平台不保存。',
      'The city passes your ID number straight to the hall, only to stop slots being hoarded; the city keeps nothing of it.'],
    submit: ['提交预约', 'Book'], code: ['预约码（到大厅后在取号机输入，或刷身份证签到）',
      'Appointment code (type it at the kiosk, or check in with your ID card)'],
    keep: ['在办理大厅的页面查看或取消预约', 'See or cancel it on the hall\'s page'],
    back: ['查看各大厅排队情况', 'Waiting at each hall'],
    footer: ['现场取号始终开放；预约只是为您预留时段。', 'On-site tickets are always available; an appointment reserves a time.'],
    choose: ['请选择', 'Choose'], waiting: ['等候 {n} 人', '{n} waiting'],
    unreachable: ['暂时无法预约', 'cannot be booked now'],
    offline: ['{h}暂时无法在线预约（市平台与该大厅的连接中断）。请稍后再试，或选择其他大厅；现场取号不受影响。',
      '{h} cannot be booked online now (the city has lost its link to it). Please try later or choose another hall; tickets on site are not affected.'],
    noPage: ['{h}未开通在线预约，请现场取号。', '{h} takes no online bookings; please take a ticket on site.'],
    full: ['已满', 'full'], left: ['余 {n}', '{n} left'],
    closedDay: ['当天不办理此事项的预约。', 'No appointments for this matter on that day.'],
    onsite: ['此事项在该大厅仅现场取号办理。', 'This hall serves this matter on site only.'],
    badId: ['身份证号码有误，请核对（应为 18 位，末位为数字或 X）', 'The ID number looks wrong (18 characters, the last a digit or X)'],
    LIMIT: ['该时段已约满，请选择其他时段', 'That time is fully booked; please choose another'],
    PERSON_LIMIT: ['您的预约数已达上限（全市合计），请先办理或取消已有预约', 'You hold as many appointments as allowed (across the city); use or cancel one first'],
    RATE_LIMITED: ['提交过于频繁，请一分钟后再试', 'Too many bookings; please wait a minute'],
    CLOSED: ['该时段已不可预约', 'That time can no longer be booked'],
    INVALID: ['提交的信息有误：{m}', 'Something was wrong: {m}'],
    other: ['暂时无法预约，请稍后再试', 'The booking could not be made; please try later'],
    network: ['网络连接中断，请稍后再试', 'No connection; please try later'],
    when: ['{d} {s}–{e}', '{d} {s}–{e}'],
    checkin: ['请于 {a} 至 {b} 之间到大厅签到，逾时需现场取号。', 'Check in between {a} and {b}; later, please take a ticket on site.'],
    'day.0': ['周日', 'Sun'], 'day.1': ['周一', 'Mon'], 'day.2': ['周二', 'Tue'], 'day.3': ['周三', 'Wed'],
    'day.4': ['周四', 'Thu'], 'day.5': ['周五', 'Fri'], 'day.6': ['周六', 'Sat'],
  };
  let lang = localStorage.getItem('hallq.lang') || 'zh';
  const params = new URLSearchParams(location.search);
  const choice = { matter: params.get('matter'), hall: params.get('hall'), date: null, slot: null };
  let view = null, hall = null, done = null, asked = 0;
  const $ = id => document.getElementById(id);
  const t = (key, args) => Object.entries(args || {}).reduce((s, [k, v]) => s.replaceAll('{' + k + '}', v),
    (TEXTS[key] || [key, key])[lang === 'zh' ? 0 : 1]);
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'onclick') e.addEventListener('click', v);
      else if (k === 'disabled') e.disabled = !!v;
      else if (v !== null && v !== undefined) e.setAttribute(k, v);
    });
    kids.forEach(k => e.append(k));
    return e;
  };
  const name = m => lang === 'zh' ? m.name : (m.nameEn || m.name);

  async function call(method, path, body) {
    try {
      const r = await fetch(path, { method, headers: body ? { 'Content-Type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined });
      const data = await r.json().catch(() => null);
      return { ok: r.ok, status: r.status, data };
    } catch (e) {
      return { ok: false, status: 0, data: { code: 'NETWORK' } };
    }
  }

  /** What a refusal means for the citizen, in their language. */
  function why(p) {
    const code = p && p.code;
    if (code === 'HALL_OFFLINE') return t('offline', { h: hall ? hall.hallName : '' });
    if (code === 'NO_PAGE') return t('noPage', { h: hall ? hall.hallName : '' });
    if (code === 'NETWORK') return t('network');
    if (code === 'INVALID' && /idNumber|ID number|resident/i.test(p.message || '')) return t('badId');
    if (code === 'INVALID') return t('INVALID', { m: p.message || '' });
    return TEXTS[code] ? t(code) : t('other');
  }

  function matterHalls() {
    const m = view && view.matters.find(x => x.id === choice.matter);
    if (!m) return [];
    const rank = p => (p.live && p.accepting ? 0 : p.live ? 1 : 2);
    return [...m.halls].sort((a, b) => rank(a) - rank(b) || (a.predictedWaitMinutes ?? 1e9) - (b.predictedWaitMinutes ?? 1e9));
  }

  function drawChoices() {
    const matter = $('matter'), where = $('hall');
    matter.replaceChildren(el('option', { value: '' }, t('choose')), ...[...(view ? view.matters : [])]
      .sort((a, b) => name(a).localeCompare(name(b), lang === 'zh' ? 'zh-CN' : 'en'))
      .map(m => el('option', { value: m.id }, name(m))));
    matter.value = choice.matter || '';
    const halls = matterHalls();
    where.replaceChildren(el('option', { value: '' }, t('choose')), ...halls.map(p => {
      const o = el('option', { value: p.hallId }, p.hallName + ' · ' + (p.live ? t('waiting', { n: p.waiting }) : t('unreachable')));
      o.disabled = !p.live;
      return o;
    }));
    where.value = halls.some(p => p.hallId === choice.hall) ? choice.hall : '';
  }

  function dates() {
    if (!hall || !hall.today) return [];
    const [y, m, d] = hall.today.split('-').map(Number);
    const out = [];
    for (let i = 0; i <= 7; i++) {
      const x = new Date(y, m - 1, d + i);
      const iso = x.getFullYear() + '-' + String(x.getMonth() + 1).padStart(2, '0') + '-' + String(x.getDate()).padStart(2, '0');
      out.push({ iso, label: (x.getMonth() + 1) + '/' + x.getDate() + ' ' + t('day.' + x.getDay()) });
    }
    return out;
  }

  function drawDates() {
    const bookable = hall && hall.bookable;
    $('dates').replaceChildren(...(bookable ? dates() : []).map(d => el('button', { type: 'button', id: 'date-' + d.iso,
      class: 'chip' + (d.iso === choice.date ? ' selected' : ''), 'aria-pressed': String(d.iso === choice.date),
      onclick: () => { choice.date = d.iso; choice.slot = null; drawDates(); slots(); update(); } }, d.label)));
  }

  function showHallState(problem) {
    const box = $('hall-state');
    box.hidden = !problem;
    box.textContent = problem ? why(problem) : '';
  }

  async function slots() {
    const box = $('slots'), note = $('slots-note');
    box.replaceChildren();
    note.textContent = '';
    if (!hall || !hall.bookable || !choice.matter || !choice.date) return;
    const mine = ++asked;
    const r = await call('GET', '/api/v1/city/book/' + encodeURIComponent(hall.hallId) + '/slots?service='
      + encodeURIComponent(choice.matter) + '&date=' + choice.date);
    if (mine !== asked) return; // a later choice has asked since
    if (!r.ok) {
      if (r.data && (r.data.code === 'HALL_OFFLINE' || r.data.code === 'NO_PAGE')) {
        hall.bookable = false;
        hall.why = r.data.code;
        showHallState(r.data);
        drawDates();
        update();
      } else note.textContent = r.status === 409 ? t('onsite') : why(r.data);
      return;
    }
    if (!Array.isArray(r.data) || r.data.length === 0) {
      note.textContent = t('closedDay');
      return;
    }
    box.replaceChildren(...r.data.map(s => {
      const start = s.start.slice(0, 5);
      return el('button', { type: 'button', id: 'slot-' + start.replace(':', ''), disabled: s.available === 0,
        class: 'chip' + (choice.slot === start ? ' selected' : ''), 'aria-pressed': String(choice.slot === start),
        onclick: () => { choice.slot = start; slots(); update(); } },
      start + '  ' + (s.available === 0 ? t('full') : t('left', { n: s.available })));
    }));
  }

  function update() {
    const id = $('id-number').value.trim();
    $('submit').disabled = !(hall && hall.bookable && choice.matter && choice.date && choice.slot && id.length === 18);
  }

  async function chooseHall() {
    hall = null;
    choice.slot = null;
    showHallState(null);
    drawDates();
    slots();
    update();
    remember();
    if (!choice.hall) return;
    const r = await call('GET', '/api/v1/city/book/' + encodeURIComponent(choice.hall));
    if (!r.ok) {
      showHallState(r.data);
      return;
    }
    hall = r.data;
    if (!hall.bookable) showHallState({ code: hall.why });
    if (!choice.date || !dates().some(d => d.iso === choice.date)) choice.date = hall.today;
    drawDates();
    slots();
    update();
  }

  function remember() {
    const q = new URLSearchParams();
    if (choice.matter) q.set('matter', choice.matter);
    if (choice.hall) q.set('hall', choice.hall);
    history.replaceState(null, '', location.pathname + (q.toString() ? '?' + q : ''));
  }

  async function submit() {
    const error = $('error');
    error.hidden = true;
    const id = $('id-number').value.trim().toUpperCase();
    if (!/^\d{17}[\dX]$/.test(id)) {
      error.textContent = t('badId');
      error.hidden = false;
      return;
    }
    const body = { serviceId: choice.matter, date: choice.date, slot: choice.slot, idNumber: id };
    const phone = $('phone').value.trim();
    if (phone) body.phone = phone;
    $('submit').disabled = true;
    const r = await call('POST', '/api/v1/city/book/' + encodeURIComponent(hall.hallId), body);
    if (!r.ok) {
      error.textContent = why(r.data);
      error.hidden = false;
      if (r.data && r.data.code === 'HALL_OFFLINE') {
        hall.bookable = false;
        hall.why = r.data.code;
        showHallState(r.data);
        drawDates();
      }
      update();
      slots();
      return;
    }
    $('id-number').value = '';
    done = r.data;
    drawDone();
  }

  function drawDone() {
    if (!done) return;
    const a = done.appointment;
    $('choose').hidden = true;
    $('who').hidden = true;
    $('done').hidden = false;
    $('code').textContent = a.code;
    $('done-hall').textContent = done.hallName;
    $('done-service').textContent = a.serviceName;
    $('done-when').textContent = t('when', { d: a.date, s: a.slotStart.slice(0, 5), e: a.slotEnd.slice(0, 5) });
    const hm = iso => (/T(\d{2}:\d{2})/.exec(iso || '') || [, ''])[1];
    $('done-checkin').textContent = t('checkin', { a: hm(a.checkInFrom), b: hm(a.checkInUntil) });
    $('done-link').href = done.holderUrl;
  }

  function draw() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-t]').forEach(e => { e.textContent = t(e.dataset.t); });
    drawChoices();
    drawDates();
    if (hall && !hall.bookable) showHallState({ code: hall.why });
    slots();
    drawDone();
  }

  async function start() {
    $('matter').addEventListener('change', () => { choice.matter = $('matter').value || null; choice.hall = null; drawChoices(); chooseHall(); });
    $('hall').addEventListener('change', () => { choice.hall = $('hall').value || null; chooseHall(); });
    $('id-number').addEventListener('input', update);
    $('submit').addEventListener('click', submit);
    $('lang').addEventListener('click', () => { lang = lang === 'zh' ? 'en' : 'zh'; localStorage.setItem('hallq.lang', lang); draw(); });
    const r = await call('GET', '/api/v1/city/services');
    view = r.ok ? r.data : { matters: [], from: [] };
    if (!r.ok) showHallState({ code: 'NETWORK' });
    draw();
    if (choice.hall) chooseHall();
  }

  start();
})();
