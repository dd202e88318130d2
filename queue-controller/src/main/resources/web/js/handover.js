// The citizen's handover page (/h/{token}, from the QR code of the 收件通知书): where the matter is, each step with its time.
'use strict';
HQ.words({
  'ho.title': ['代办进度', 'Handover progress'],
  'ho.receipt': ['收件编号', 'Receipt number'],
  'ho.to': ['办理单位', 'Handled by'],
  'ho.due': ['承诺办结', 'Promised by'],
  'ho.steps': ['办理进度', 'Progress'],
  'ho.materials': ['已收材料', 'Materials received'],
  'ho.notFound.title': ['找不到这件代办事项', 'Handover not found'],
  'ho.notFound.text': ['请核对收件通知书上的二维码，或咨询收件的服务站。', 'Check the QR code on your receipt, or ask the station that took it.'],
  'ho.step.SENT': ['{from} 已收件并转报', '{from} received your papers and sent them on'],
  'ho.step.RECEIVED': ['{to} 已收到转报材料', '{to} has received the papers'],
  'ho.step.ACCEPTED': ['{to} 已受理（受理编号 {d}）', '{to} accepted the matter (number {d})'],
  'ho.step.RETURNED': ['已退回：{d}', 'Returned: {d}'],
  'ho.step.RESULT_READY': ['办理结果已出', 'The result is ready'],
  'ho.step.PICKED_UP': ['已领取办理结果', 'The result was collected'],
  'ho.status.SENT': ['已转报', 'Sent on'],
  'ho.status.RECEIVED': ['待受理', 'Awaiting acceptance'],
  'ho.status.ACCEPTED': ['办理中', 'Being handled'],
  'ho.status.RETURNED': ['已退回', 'Returned'],
  'ho.status.RESULT_READY': ['结果已出', 'Result ready'],
  'ho.status.PICKED_UP': ['已办结', 'Done'],
  'ho.readyPickup': ['办理结果已送达 {from}，请带上收件通知书前往领取。', 'Your result is at {from}: bring your receipt to collect it.'],
  'ho.readyPost': ['办理结果已邮寄，请留意查收。', 'Your result has been sent by post.'],
  'ho.updated': ['更新于 {t}', 'Updated {t}'],
});

(() => {
  const $ = id => document.getElementById(id);
  const token = location.pathname.split('/').pop();

  function draw(h) {
    const v = { from: h.fromHallName, to: h.toHallName };
    $('receipt').textContent = h.receipt;
    $('matter').textContent = h.matterName;
    $('status').textContent = HQ.t('ho.status.' + h.status);
    $('to').textContent = h.toHallName;
    $('due').textContent = h.steps.some(s => s.step === 'RETURNED') ? '—' : HQ.dateTime(h.resultDue).slice(0, 5) || '—';
    $('steps').replaceChildren(...h.steps.map(s => HQ.el('li', {},
      HQ.el('span', { class: 'when', text: HQ.dateTime(s.at) + ' ' }),
      HQ.t('ho.step.' + s.step, Object.assign({ d: s.detail || '' }, v)))));
    $('materials').replaceChildren(...h.materials.map(m => HQ.el('li', { text: m })));
    $('materials-card').hidden = h.materials.length === 0;
    const ready = h.steps.find(s => s.step === 'RESULT_READY');
    const done = h.steps.some(s => s.step === 'PICKED_UP');
    $('ready').hidden = !ready || done;
    if (ready) $('ready').textContent = HQ.t(ready.detail === 'POST' ? 'ho.readyPost' : 'ho.readyPickup', v);
    ['handover', 'steps-card'].forEach(id => { $(id).hidden = false; });
    $('updated').textContent = HQ.t('ho.updated', { t: HQ.now() });
  }

  let last = null;
  async function load() {
    const r = await HQ.api('GET', '/api/v1/handover-track/' + encodeURIComponent(token));
    if (r.status === 404) {
      $('not-found').hidden = false;
      $('handover').hidden = true;
      return;
    }
    if (r.ok) {
      last = r.data;
      draw(last);
    }
  }
  HQ.onLang(() => last && draw(last));
  HQ.apply();
  load();
  setInterval(load, 30000);
})();
