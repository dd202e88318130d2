// A handover for staff (/staff/handover/{receipt}): the 收件通知书 to print at the station (receipt number,
// matter, materials received, the receiving hall, the deadlines, the QR code the citizen follows it with),
// its steps, and the steps this hall may take (the receiving hall: accept, return, result; the station: pickup).
'use strict';
HQ.words({
  'hs.title': ['代办转报', 'Handover'],
  'hs.back': ['返回', 'Back'],
  'hs.receiptDoc': ['收件通知书', 'Receipt notice'],
  'hs.incomingDoc': ['转报件', 'Handover received'],
  'hs.scan': ['扫码查看办理进度', 'Scan to follow the progress'],
  'hs.materials': ['已收材料', 'Materials received'],
  'hs.print': ['打印收件通知书', 'Print the receipt'],
  'hs.printWindow': ['在窗口 {w} 打印机打印', 'Print on window {w}\'s printer'],
  'hs.p.SENT': ['已发送至窗口 {w} 打印机，正在打印…', 'Sent to window {w}\'s printer…'],
  'hs.p.PRINTED': ['已在窗口 {w} 打印（{at}）', 'Printed at window {w} ({at})'],
  'hs.p.FAILED': ['窗口 {w} 打印失败：{detail}。可排除后重打，或用浏览器打印。', 'Window {w} could not print: {detail}. Fix it and print again, or print from the browser.'],
  'hs.p.EXPIRED': ['窗口 {w} 打印机收到过晚，未打印。请重打。', 'Window {w}\'s printer got it too late and did not print it. Print again.'],
  'hs.p.NOT_SENT': ['未在窗口打印机打印：{detail}', 'Not printed on the window printer: {detail}'],
  'hs.steps': ['办理进度', 'Steps'],
  'hs.f.receipt': ['收件编号', 'Receipt number'], 'hs.f.matter': ['申请事项', 'Matter'],
  'hs.f.from': ['收件单位', 'Received at'], 'hs.f.to': ['办理单位', 'Handled by'],
  'hs.f.sent': ['收件时间', 'Received on'], 'hs.f.acceptDue': ['受理期限', 'To be accepted by'],
  'hs.f.resultDue': ['承诺办结', 'Promised by'], 'hs.f.ticket': ['原号票', 'Ticket'], 'hs.f.note': ['备注', 'Note'],
  'hs.promise': ['本站已收到上述材料，将转报 {to} 办理。{to} 收到材料后出具受理通知书；办理结果可到本站领取。凭本通知书查询、领取。',
    'This station has received the papers above and sends them to {to}, which issues its acceptance notice on receipt; collect the result here. Keep this notice to follow and collect it.'],
  'hs.accept': ['受理', 'Accept'], 'hs.return': ['退回', 'Return'], 'hs.resultPickup': ['结果已出（送回服务站）', 'Result ready (to the station)'],
  'hs.resultPost': ['结果已出（邮寄）', 'Result ready (by post)'], 'hs.pickupTicket': ['出取件号（优先叫号）', 'Pickup ticket (called first)'],
  'hs.pickedUp': ['已领取', 'Collected'], 'hs.reason': ['退回原因', 'Why it is returned'], 'hs.caseNo': ['受理编号（可不填，自动生成）', 'Case number (optional)'],
  'hs.done': ['已记录', 'Recorded'], 'hs.pickupIssued': ['取件号 {n}，请到窗口等候叫号', 'Pickup ticket {n}: wait to be called'],
  'hs.overdue': ['已超期', 'Overdue'],
  'ho.step.SENT': ['已收件并转报', 'Received and sent on'], 'ho.step.RECEIVED': ['办理单位已收到', 'Received by the handling hall'],
  'ho.step.ACCEPTED': ['已受理', 'Accepted'], 'ho.step.RETURNED': ['已退回', 'Returned'],
  'ho.step.RESULT_READY': ['结果已出', 'Result ready'], 'ho.step.PICKED_UP': ['已领取', 'Collected'],
});

(() => {
  const $ = id => document.getElementById(id);
  const receipt = decodeURIComponent(location.pathname.split('/').pop());
  let h = null;

  function say(kind, text) {
    $('message').replaceChildren(HQ.el('div', { class: 'notice ' + kind, id: 'message-text', text }));
  }

  function fact(key, value, late) {
    return [HQ.el('dt', { text: HQ.t(key) }), HQ.el('dd', {}, value || '—',
      late ? HQ.el('span', { class: 'badge late', text: ' ' + HQ.t('hs.overdue') }) : '')];
  }

  function draw() {
    $('doc-title').textContent = HQ.t(h.direction === 'OUTGOING' ? 'hs.receiptDoc' : 'hs.incomingDoc');
    $('facts').replaceChildren(...[
      fact('hs.f.receipt', h.receipt), fact('hs.f.matter', h.matterName + ' (' + h.serviceId + ')'),
      fact('hs.f.from', h.fromHallName), fact('hs.f.to', h.toHallName), fact('hs.f.sent', HQ.dateTime(h.sentAt)),
      fact('hs.f.acceptDue', HQ.dateTime(h.acceptDue).slice(0, 5), h.acceptOverdue),
      fact('hs.f.resultDue', HQ.dateTime(h.resultDue).slice(0, 5), h.resultOverdue),
      h.ticketNumber ? fact('hs.f.ticket', h.ticketNumber) : [], h.note ? fact('hs.f.note', h.note) : []].flat());
    $('materials').replaceChildren(...h.materials.map(m => HQ.el('li', { text: m })));
    $('promise').textContent = HQ.t('hs.promise', { to: h.toHallName });
    $('promise').hidden = h.direction !== 'OUTGOING';
    $('print').hidden = h.direction !== 'OUTGOING';
    drawPrinting();
    $('qr-box').hidden = !h.trackUrl;
    if (h.trackUrl) $('qr').src = '/api/v1/handovers/' + encodeURIComponent(h.receipt) + '/qr.svg';
    $('steps').replaceChildren(...h.steps.map(s => HQ.el('li', {},
      HQ.el('span', { class: 'when', text: HQ.dateTime(s.at) + ' ' }), HQ.t('ho.step.' + s.step),
      s.detail ? '：' + s.detail : '', s.by ? ' · ' + s.by : '')));
    actions();
    ['receipt-card', 'steps-card'].forEach(id => { $(id).hidden = false; });
  }

  // the window whose printer prints: the one the receipt went to (a window with a printer sends it as the clerk
  // hands over; one without has no print state, and its clerk prints from the browser)
  const printWindow = () => h.printing && h.printing.window;

  function drawPrinting() {
    const p = h.printing;
    $('printing').hidden = !p;
    if (p) {
      $('printing').className = 'no-print notice ' + (p.state === 'PRINTED' ? 'ok' : p.state === 'SENT' ? 'info' : 'error');
      $('printing').textContent = HQ.t('hs.p.' + p.state, { w: p.window, detail: p.detail || '', at: HQ.dateTime(p.at) });
    }
    const w = printWindow();
    $('print-window').hidden = h.direction !== 'OUTGOING' || !w;
    if (w) $('print-window').textContent = HQ.t('hs.printWindow', { w });
  }

  async function printAtWindow() {
    const r = await HQ.api('POST', '/api/v1/handovers/' + encodeURIComponent(receipt) + '/print', { window: printWindow() });
    if (r.status === 401) { HQ.toLogin(r.problem); return; }
    if (!r.ok) { say('error', HQ.problemText(r.problem)); return; }
    h = r.data;
    draw();
    follow(10);
  }

  // while the printer has not answered, look again (it answers within a second or two)
  async function follow(times) {
    if (times <= 0 || !h.printing || h.printing.state !== 'SENT') return;
    await new Promise(done => setTimeout(done, 1500));
    const r = await HQ.api('GET', '/api/v1/handovers/' + encodeURIComponent(receipt));
    if (r.ok) { h = r.data; draw(); }
    follow(times - 1);
  }

  function button(key, onclick, primary) {
    return HQ.el('button', { type: 'button', class: 'btn' + (primary ? ' primary' : ''), onclick, text: HQ.t(key) });
  }

  function actions() {
    const has = step => h.steps.some(s => s.step === step);
    const out = [];
    if (h.closed) { $('actions').replaceChildren(); return; }
    if (h.direction === 'INCOMING') {
      if (!has('ACCEPTED')) {
        const caseNo = HQ.el('input', { id: 'case-no', maxlength: 100, placeholder: HQ.t('hs.caseNo'), 'aria-label': HQ.t('hs.caseNo') });
        const reason = HQ.el('input', { id: 'return-reason', maxlength: 500, placeholder: HQ.t('hs.reason'), 'aria-label': HQ.t('hs.reason') });
        out.push(caseNo, button('hs.accept', () => step('accept', caseNo.value), true), reason,
          button('hs.return', () => step('return', reason.value)));
      } else if (!has('RESULT_READY')) {
        out.push(button('hs.resultPickup', () => step('result', 'PICKUP'), true), button('hs.resultPost', () => step('result', 'POST')));
      }
    } else if (has('RESULT_READY') && !has('PICKED_UP')) {
      out.push(button('hs.pickupTicket', pickupTicket, true), button('hs.pickedUp', () => step('picked-up', null)));
    }
    $('actions').replaceChildren(...out);
  }

  async function step(action, text) {
    const r = await HQ.api('POST', '/api/v1/handovers/' + encodeURIComponent(receipt) + '/' + action, { text: text || null });
    if (r.status === 401) { HQ.toLogin(r.problem); return; }
    if (!r.ok) { say('error', HQ.problemText(r.problem)); return; }
    h = r.data;
    say('ok', HQ.t('hs.done'));
    draw();
  }

  async function pickupTicket() {
    const r = await HQ.api('POST', '/api/v1/handovers/' + encodeURIComponent(receipt) + '/pickup-ticket');
    if (!r.ok) { say('error', HQ.problemText(r.problem)); return; }
    say('ok', HQ.t('hs.pickupIssued', { n: r.data.number }));
  }

  async function load() {
    if (!await HQ.requireStaff()) return;
    const r = await HQ.api('GET', '/api/v1/handovers/' + encodeURIComponent(receipt));
    if (!r.ok) { say('error', HQ.problemText(r.problem)); return; }
    h = r.data;
    draw();
    follow(10);
  }

  $('print').addEventListener('click', () => window.print());
  $('print-window').addEventListener('click', printAtWindow);
  HQ.onLang(() => h && draw());
  load();
})();
