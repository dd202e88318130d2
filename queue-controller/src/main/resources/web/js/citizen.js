// The citizen's ticket page (/t/{token}): status, people ahead, wait range, window when called, live.
'use strict';
HQ.words({
  'citizen.title': ['排队进度', 'Queue status'],
  'citizen.yourNumber': ['您的号码', 'Your number'],
  'citizen.ahead': ['前面等候人数', 'People ahead'],
  'citizen.wait': ['预计等候', 'Expected wait'],
  'citizen.minutes': ['{a}–{b} 分钟', '{a}–{b} min'],
  'citizen.aboutMinutes': ['约 {a} 分钟', 'about {a} min'],
  'citizen.soon': ['马上', 'any moment'],
  'citizen.unknown': ['暂无法预计', 'not known yet'],
  'citizen.issued': ['取号时间 {t}', 'Taken at {t}'],
  'citizen.notFound.title': ['找不到这张号票', 'Ticket not found'],
  'citizen.notFound.text': ['号票只在取号当天有效。请核对二维码，或咨询大厅导办人员。',
    'A ticket is valid on the day it was taken only. Check the QR code or ask the hall guide.'],
  'citizen.calledGo': ['请您前往', 'Please go to'],
  'citizen.calledRecall': ['第 {n} 次呼叫，请尽快前往', 'Call number {n}, please hurry to'],
  'citizen.near': ['快到您了：前面还有 {n} 人，请留意叫号。', 'Almost your turn: {n} ahead, listen for your number.'],
  'citizen.nearNext': ['下一位就是您，请到等候区前排。', 'You are next, please move to the front seats.'],
  'citizen.enableAlerts': ['开启到号提醒（声音、振动）', 'Turn on alerts (sound, vibration)'],
  'citizen.alertsOn': ['提醒已开启：快到您时和叫到您时手机会响铃、振动。', 'Alerts on: your phone rings and vibrates when you are near and when called.'],
  'citizen.alertsHint': ['快到您时和叫到您时，手机会响铃并振动。请保持本页面打开。',
    'Your phone rings and vibrates when your turn is near and when you are called. Keep this page open.'],
  'citizen.serving': ['您正在 {w} 办理', 'You are being served at {w}'],
  'citizen.postponed': ['您的业务已暂缓，补齐材料后请联系窗口工作人员。', 'Your matter is on hold; contact the window once you have the missing papers.'],
  'citizen.noShow': ['叫号时您未到窗口。如仍需办理，请联系窗口或导办人员。', 'You were not at the window when called. Ask the window or the hall guide if you still need service.'],
  'citizen.rate.title': ['请对本次服务进行评价（好差评）', 'Please rate this service'],
  'citizen.rate.comment': ['意见或建议（可不填）', 'Comments (optional)'],
  'citizen.rate.send': ['提交评价', 'Send rating'],
  'citizen.rate.thanks': ['感谢您的评价！', 'Thank you for your rating!'],
  'citizen.rate.already': ['这次服务已经评价过了。', 'This service has been rated already.'],
  'citizen.rate.unavailable': ['评价功能暂不可用，请使用窗口评价器。', 'Rating is not available here yet; please use the rating pad at the window.'],
  'rate.5': ['非常满意', 'Very satisfied'],
  'rate.4': ['满意', 'Satisfied'],
  'rate.3': ['基本满意', 'Neutral'],
  'rate.2': ['不满意', 'Dissatisfied'],
  'rate.1': ['非常不满意', 'Very dissatisfied'],
  'citizen.complaint': ['对服务不满意，或遇到办不成的事？请拨打 {h} 政务服务便民热线。',
    'Not satisfied, or could not get it done? Call the {h} government service hotline.'],
  'citizen.call': ['拨打 {h}', 'Call {h}'],
  'citizen.live': ['实时更新中 · {t}', 'Live · {t}'],
  'citizen.offline': ['连接中断，正在重新连接…', 'Reconnecting…'],
});

(() => {
  const NEAR = 3;
  const token = decodeURIComponent(location.pathname.split('/').pop());
  const $ = id => document.getElementById(id);
  let ticket = null;
  let hotline = '12345';
  let guideFor = null;
  let nearNotified = false;
  let calledCount = 0;
  let score = 0;
  let audio = null;
  let lastUpdate = null;

  function render() {
    const t = ticket;
    if (!t) return;
    $('not-found').hidden = true;
    $('ticket').hidden = false;
    $('number').textContent = t.number;
    $('service').textContent = t.serviceName;
    const status = $('status');
    status.textContent = HQ.t('status.' + t.status);
    status.className = 'badge ' + t.status;
    status.dataset.status = t.status;
    $('issued').textContent = HQ.t('citizen.issued', { t: HQ.time(t.issuedAt) });
    const waiting = t.status === 'WAITING';
    $('facts').hidden = !waiting;
    $('alerts-card').hidden = !(waiting || t.status === 'CALLED');
    if (waiting) {
      $('ahead').textContent = t.peopleAhead;
      $('wait').textContent = waitText(t);
    }
    renderCalled(t);
    renderNear(t);
    $('rating').hidden = t.status !== 'DONE';
    if (t.rating && !$('rating-result').childElementCount) {
      $('stars').hidden = true;
      $('comment').hidden = true;
      $('send-rating').hidden = true;
      $('rating-result').replaceChildren(HQ.el('div', { class: 'notice info', text: HQ.t('citizen.rate.already') }));
    }
    $('complaint').hidden = !(t.status === 'DONE' || t.status === 'NO_SHOW');
    $('complaint-text').textContent = HQ.t('citizen.complaint', { h: hotline });
    $('complaint-link').textContent = HQ.t('citizen.call', { h: hotline });
    $('complaint-link').href = 'tel:' + hotline;
    if (guideFor !== t.serviceId) {
      guideFor = t.serviceId;
      $('guide-card').hidden = false;
      Guide.show(t.serviceId, $('guide'));
    }
    renderStars();
    $('live-text').textContent = lastUpdate ? HQ.t('citizen.live', { t: lastUpdate }) : '';
  }

  function waitText(t) {
    const a = t.predictedWaitMinutes, b = t.predictedWaitP90Minutes;
    if (a === null || a === undefined) return HQ.t('citizen.unknown');
    const lo = Math.floor(a), hi = Math.ceil(b === null || b === undefined ? a : b);
    if (hi < 1) return HQ.t('citizen.soon');
    return hi <= lo ? HQ.t('citizen.aboutMinutes', { a: Math.max(1, lo) }) : HQ.t('citizen.minutes', { a: lo, b: hi });
  }

  function renderCalled(t) {
    const called = t.status === 'CALLED';
    $('called').hidden = !(called || t.status === 'SERVING');
    const where = t.windowName || (t.window + (HQ.lang() === 'zh' ? '号窗口' : ''));
    if (called) {
      $('called-go').textContent = t.callCount > 1 ? HQ.t('citizen.calledRecall', { n: t.callCount }) : HQ.t('citizen.calledGo');
      $('called-where').textContent = HQ.lang() === 'en' ? 'Window ' + t.window : where;
      if (t.callCount > calledCount) {
        calledCount = t.callCount;
        alertPerson('called');
      }
    } else if (t.status === 'SERVING') {
      $('called-go').textContent = HQ.t('citizen.serving', { w: HQ.lang() === 'en' ? 'window ' + t.window : where });
      $('called-where').textContent = '';
    }
    $('called').dataset.window = called ? t.window : '';
  }

  function renderNear(t) {
    const near = t.status === 'WAITING' && t.peopleAhead !== null && t.peopleAhead < NEAR;
    let text = '';
    if (near) text = t.peopleAhead === 0 ? HQ.t('citizen.nearNext') : HQ.t('citizen.near', { n: t.peopleAhead });
    else if (t.status === 'POSTPONED') text = HQ.t('citizen.postponed');
    else if (t.status === 'NO_SHOW') text = HQ.t('citizen.noShow');
    $('near').hidden = !text;
    $('near').textContent = text;
    if (near && !nearNotified) {
      nearNotified = true;
      alertPerson('near');
    }
  }

  function renderStars() {
    const box = $('stars');
    if (!box.childElementCount) {
      [5, 4, 3, 2, 1].forEach(s => box.append(HQ.el('button', {
        type: 'button', 'data-score': s,
        onclick: () => { score = s; renderStars(); },
      }, HQ.el('span', { class: 'face', text: '★'.repeat(s) }), HQ.el('span', { class: 'label' }))));
    }
    box.querySelectorAll('button').forEach(b => {
      const s = Number(b.dataset.score);
      b.classList.toggle('chosen', s === score);
      b.querySelector('.label').textContent = HQ.t('rate.' + s);
    });
    $('send-rating').disabled = score === 0;
  }

  async function sendRating() {
    const body = { score };
    const comment = $('comment').value.trim();
    if (comment) body.comment = comment;
    $('send-rating').disabled = true;
    const r = await HQ.api('POST', '/api/v1/tickets/' + encodeURIComponent(token) + '/rating', body);
    const out = $('rating-result');
    if (r.ok) {
      out.replaceChildren(HQ.el('div', { class: 'notice ok', 'data-rated': score, text: HQ.t('citizen.rate.thanks') }));
      $('stars').hidden = true;
      $('comment').hidden = true;
      $('send-rating').hidden = true;
    } else if (r.status === 409) {
      out.replaceChildren(HQ.el('div', { class: 'notice info', text: HQ.t('citizen.rate.already') }));
      $('send-rating').hidden = true;
    } else if (r.status === 404 || r.status === 405) {
      out.replaceChildren(HQ.el('div', { class: 'notice warn', text: HQ.t('citizen.rate.unavailable') }));
    } else {
      out.replaceChildren(HQ.el('div', { class: 'notice error', text: HQ.problemText(r.problem) }));
      $('send-rating').disabled = false;
    }
  }

  /** Sound and vibration; browsers allow sound only after the person touched the page once. */
  function alertPerson(kind) {
    document.body.dataset.lastAlert = kind;
    if (!audio) return; // the person has not turned alerts on (browsers allow neither before a tap)
    if (navigator.vibrate) navigator.vibrate(kind === 'called' ? [400, 150, 400, 150, 400] : [200]);
    const tones = kind === 'called' ? [880, 660, 880, 660] : [660, 880];
    tones.forEach((f, i) => {
      const o = audio.createOscillator(), g = audio.createGain();
      o.frequency.value = f;
      g.gain.setValueAtTime(0.0001, audio.currentTime + i * 0.3);
      g.gain.exponentialRampToValueAtTime(0.4, audio.currentTime + i * 0.3 + 0.02);
      g.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + i * 0.3 + 0.28);
      o.connect(g).connect(audio.destination);
      o.start(audio.currentTime + i * 0.3);
      o.stop(audio.currentTime + i * 0.3 + 0.3);
    });
  }

  function enableAlerts() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      audio.resume();
    } catch (e) { audio = null; }
    $('alerts-state').textContent = HQ.t('citizen.alertsOn');
    $('enable-alerts').hidden = true;
    alertPerson('test');
  }

  function showNotFound() {
    ticket = null;
    $('ticket').hidden = true;
    $('called').hidden = true;
    $('near').hidden = true;
    $('alerts-card').hidden = true;
    $('rating').hidden = true;
    $('not-found').hidden = false;
  }

  function update(t) {
    ticket = t;
    lastUpdate = HQ.now();
    render();
  }

  function live() {
    const es = new EventSource('/api/v1/live/tickets/' + encodeURIComponent(token));
    es.addEventListener('ticket', e => { $('live-dot').classList.remove('off'); update(JSON.parse(e.data)); });
    es.addEventListener('gone', () => { es.close(); showNotFound(); });
    es.onopen = () => $('live-dot').classList.remove('off');
    es.onerror = () => {
      $('live-dot').classList.add('off');
      $('live-text').textContent = HQ.t('citizen.offline');
    };
  }

  async function start() {
    $('enable-alerts').addEventListener('click', enableAlerts);
    $('send-rating').addEventListener('click', sendRating);
    HQ.onLang(() => { render(); if (ticket) Guide.show(ticket.serviceId, $('guide')); });
    const hall = await HQ.api('GET', '/api/v1/hall');
    if (hall.ok) {
      hotline = hall.data.hotline || hotline;
      $('hall-name').textContent = hall.data.hallName;
      $('hall-name').removeAttribute('data-i18n');
    }
    const r = await HQ.api('GET', '/api/v1/tickets/' + encodeURIComponent(token));
    if (!r.ok) {
      showNotFound();
      return;
    }
    update(r.data);
    live();
  }

  start();
})();
