// Booking page (/book) and the holder's page (/a/{token}): service, day, slot, ID number; the code to
// type at the kiosk; cancel. On-site tickets always remain: booking only reserves a time.
'use strict';
HQ.words({
  'book.title': ['预约办事', 'Book an appointment'],
  'book.service': ['1. 选择办理事项', '1. Choose the matter'],
  'book.date': ['2. 选择日期', '2. Choose the day'],
  'book.slot': ['3. 选择时段', '3. Choose the time'],
  'book.who': ['4. 身份信息', '4. Who you are'],
  'book.id': ['身份证号码', 'Resident ID number'],
  'book.phone': ['手机号码（可不填）', 'Mobile number (optional)'],
  'book.privacy': ['身份证号码仅用于防止重复占号，系统只保存其加密摘要，不保存号码本身。',
    'The ID number only stops slots being hoarded: the system keeps a keyed digest of it, never the number.'],
  'book.submit': ['提交预约', 'Book'],
  'book.code': ['预约码（到大厅后在取号机输入，或刷身份证签到）', 'Appointment code (type it at the kiosk, or check in with your ID card)'],
  'book.when': ['{d} {s}–{e}', '{d} {s}–{e}'],
  'book.checkin': ['请于 {a} 至 {b} 之间到大厅签到，逾时需现场取号。', 'Check in between {a} and {b}; later, please take a ticket on site.'],
  'book.keep': ['保存此页面链接，可随时查看或取消', 'Keep this page\'s link to see or cancel the appointment'],
  'book.cancel': ['取消预约', 'Cancel the appointment'],
  'book.footer': ['现场取号始终开放；预约只是为您预留时段。', 'On-site tickets are always available; an appointment reserves a time.'],
  'book.full': ['已满', 'full'],
  'book.left': ['余 {n}', '{n} left'],
  'book.closed': ['当天不办理此事项的预约。', 'No appointments for this matter on that day.'],
  'book.onsite': ['此事项仅现场取号办理。', 'This matter is served on site only.'],
  'book.badId': ['身份证号码有误：{why}', 'The ID number looks wrong: {why}'],
  'book.idLength': ['应为 18 位', 'it has 18 characters'],
  'book.idCheck': ['校验位不符，请核对', 'the check character does not match'],
  'book.notFound': ['找不到这个预约。', 'No such appointment.'],
  'appt.BOOKED': ['已预约', 'Booked'],
  'appt.CHECKED_IN': ['已签到', 'Checked in'],
  'appt.CANCELLED': ['已取消', 'Cancelled'],
  'appt.NO_SHOW': ['未按时签到', 'Missed'],
  'day.0': ['周日', 'Sun'], 'day.1': ['周一', 'Mon'], 'day.2': ['周二', 'Tue'], 'day.3': ['周三', 'Wed'],
  'day.4': ['周四', 'Thu'], 'day.5': ['周五', 'Fri'], 'day.6': ['周六', 'Sat'],
});

const Book = (() => {
  const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const CHECK = '10X98765432';
  let services = [];
  let choice = { service: null, date: null, slot: null };
  let shown = null;

  /** The same check as the controller's: length and the ISO 7064 check character. */
  function idProblem(text) {
    const id = text.trim().toUpperCase();
    if (!/^\d{17}[\dX]$/.test(id)) return HQ.t('book.idLength');
    const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
    return CHECK[sum % 11] === id[17] ? null : HQ.t('book.idCheck');
  }

  let today = new Date();

  /** Today and the 7 days ahead, by the hall's clock (the controller's, not this phone's). */
  function dates() {
    const out = [];
    const d = today;
    for (let i = 0; i <= 7; i++) {
      const x = new Date(d.getFullYear(), d.getMonth(), d.getDate() + i);
      const iso = x.getFullYear() + '-' + String(x.getMonth() + 1).padStart(2, '0') + '-' + String(x.getDate()).padStart(2, '0');
      out.push({ iso, label: (x.getMonth() + 1) + '/' + x.getDate() + ' ' + HQ.t('day.' + x.getDay()) });
    }
    return out;
  }

  function chip(_label, selected, disabled, onclick, id) {
    return HQ.el('button', { type: 'button', class: 'chip' + (selected ? ' selected' : ''), disabled, onclick, id });
  }

  function renderDates() {
    const box = document.getElementById('dates');
    box.replaceChildren(...dates().map(d => {
      const b = chip(d.label, d.iso === choice.date, false, () => { choice.date = d.iso; choice.slot = null; refresh(); },
        'date-' + d.iso);
      b.textContent = d.label;
      return b;
    }));
  }

  async function renderSlots() {
    const box = document.getElementById('slots');
    const note = document.getElementById('slots-note');
    box.replaceChildren();
    note.textContent = '';
    if (!choice.service || !choice.date) return;
    const r = await HQ.api('GET', '/api/v1/appointments/slots?service=' + encodeURIComponent(choice.service)
      + '&date=' + choice.date);
    if (!r.ok) {
      note.textContent = r.status === 409 ? HQ.t('book.onsite') : HQ.problemText(r.problem);
      return;
    }
    if (r.data.length === 0) {
      note.textContent = HQ.t('book.closed');
      return;
    }
    box.replaceChildren(...r.data.map(s => {
      const start = s.start.slice(0, 5);
      const b = chip('', choice.slot === start, s.available === 0, () => { choice.slot = start; renderSlots(); update(); },
        'slot-' + start.replace(':', ''));
      b.textContent = start + '  ' + (s.available === 0 ? HQ.t('book.full') : HQ.t('book.left', { n: s.available }));
      return b;
    }));
  }

  function update() {
    const id = document.getElementById('id-number').value;
    document.getElementById('submit').disabled = !(choice.service && choice.date && choice.slot && id.trim().length === 18);
  }

  function refresh() {
    renderDates();
    renderSlots();
    update();
  }

  async function submit() {
    const error = document.getElementById('error');
    error.textContent = '';
    const id = document.getElementById('id-number').value;
    const why = idProblem(id);
    if (why) {
      error.textContent = HQ.t('book.badId', { why });
      return;
    }
    const phone = document.getElementById('phone').value.trim();
    const body = { serviceId: choice.service, date: choice.date, slot: choice.slot, idNumber: id.trim() };
    if (phone) body.phone = phone;
    document.getElementById('submit').disabled = true;
    const r = await HQ.api('POST', '/api/v1/appointments', body);
    if (!r.ok) {
      error.textContent = HQ.problemText(r.problem);
      update();
      renderSlots();
      return;
    }
    history.replaceState(null, '', '/a/' + r.data.token);
    show(r.data);
  }

  function show(a) {
    shown = a;
    document.getElementById('choose').hidden = true;
    document.getElementById('who').hidden = true;
    document.getElementById('done').hidden = false;
    document.getElementById('code').textContent = a.code;
    document.getElementById('done-service').textContent = a.serviceName;
    document.getElementById('done-when').textContent = HQ.t('book.when', { d: a.date, s: a.slotStart.slice(0, 5),
      e: a.slotEnd.slice(0, 5) });
    document.getElementById('done-checkin').textContent = HQ.t('book.checkin', { a: HQ.time(a.checkInFrom),
      b: HQ.time(a.checkInUntil) });
    const status = document.getElementById('done-status');
    status.textContent = HQ.t('appt.' + a.status);
    status.className = 'badge ' + a.status;
    document.getElementById('done-link').href = '/a/' + a.token;
    document.getElementById('cancel').hidden = a.status !== 'BOOKED';
  }

  async function cancel() {
    const r = await HQ.api('POST', '/api/v1/appointments/' + encodeURIComponent(shown.token) + '/cancel');
    if (r.ok) show(r.data);
    else document.getElementById('done-checkin').textContent = HQ.problemText(r.problem);
  }

  async function start() {
    document.getElementById('cancel').addEventListener('click', cancel);
    const m = /^\/a\/([A-Za-z0-9_-]{16,64})$/.exec(location.pathname);
    if (m) {
      const r = await HQ.api('GET', '/api/v1/appointments/' + m[1]);
      if (r.ok) {
        show(r.data);
      } else {
        document.getElementById('choose').hidden = true;
        document.getElementById('who').hidden = true;
        document.getElementById('error').textContent = HQ.t('book.notFound');
      }
      HQ.onLang(() => shown && show(shown));
      return;
    }
    const health = await HQ.api('GET', '/health');
    const m2 = health.ok && /^(\d{4})-(\d{2})-(\d{2})/.exec(health.data.time || '');
    if (m2) today = new Date(Number(m2[1]), Number(m2[2]) - 1, Number(m2[3]));
    const r = await HQ.api('GET', '/api/v1/services');
    services = r.ok ? r.data : [];
    const wanted = new URLSearchParams(location.search).get('service'); // from the city's services page
    if (services.some(s => s.id === wanted)) choice.service = wanted;
    const select = document.getElementById('service');
    const fill = () => select.replaceChildren(HQ.el('option', { value: '', text: '—' }),
      ...services.map(s => HQ.el('option', { value: s.id, text: HQ.lang() === 'zh' ? s.name : s.nameEn,
        selected: s.id === choice.service })));
    fill();
    HQ.onLang(() => { fill(); refresh(); });
    select.addEventListener('change', () => { choice.service = select.value || null; choice.slot = null; refresh(); });
    document.getElementById('id-number').addEventListener('input', update);
    document.getElementById('submit').addEventListener('click', submit);
    choice.date = dates()[0].iso;
    refresh();
  }

  document.addEventListener('DOMContentLoaded', start);
  return { idProblem };
})();
