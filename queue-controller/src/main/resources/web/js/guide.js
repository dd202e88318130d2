// The service guide (办事指南) of a matter, from GET /api/v1/services/{id}/guide: conditions,
// materials, steps, time limits, fees, pick-up and where to go.
'use strict';
HQ.words({
  'guide.title': ['办事指南', 'Service guide'],
  'guide.none': ['暂无此事项的办事指南，请咨询窗口工作人员。', 'No guide for this matter yet; please ask at the window.'],
  'guide.conditions': ['办理条件', 'Conditions'],
  'guide.materials': ['所需材料', 'Materials'],
  'guide.steps': ['办理流程', 'Steps'],
  'guide.timeLimit': ['办理时限', 'Time limit'],
  'guide.fees': ['收费标准', 'Fees'],
  'guide.free': ['不收费', 'Free of charge'],
  'guide.pickup': ['领取方式', 'Pick-up'],
  'guide.windows': ['办理窗口', 'Windows'],
  'guide.visits': ['最多跑 {n} 次', 'At most {n} visit(s)'],
  'guide.notes': ['温馨提示', 'Notes'],
  'guide.onTheSpot': ['即办', 'On the spot'],
  'guide.workingDays': ['{n} 个工作日', '{n} working days'],
  'guide.days': ['{n} 天', '{n} days'],
  'guide.promised': ['承诺 {t}', 'promised: {t}'],
  'guide.legal': ['法定 {t}', 'by law: {t}'],
  'guide.copies': ['原件 {o} 份，复印件 {c} 份', '{o} original(s), {c} cop(ies)'],
  'guide.optional': ['视情况提交', 'if applicable'],
});

const Guide = (() => {
  const en = () => HQ.lang() === 'en';
  const pickName = (zh, english) => (en() && english) || zh || '';

  function limit(l) {
    if (!l) return '';
    const t = l.unit === 'ON_THE_SPOT' ? HQ.t('guide.onTheSpot')
      : HQ.t(l.unit === 'WORKING_DAYS' ? 'guide.workingDays' : 'guide.days', { n: l.days });
    return t + (l.note ? '（' + l.note + '）' : '');
  }

  function material(m) {
    return pickName(m.name, m.nameEn) + ' — ' + HQ.t('guide.copies', { o: m.originals, c: m.copies })
      + (m.required === false ? '，' + HQ.t('guide.optional') : '') + (m.notes ? '；' + m.notes : '');
  }

  function section(dl, key, items, ordered) {
    if (!items || (Array.isArray(items) && !items.length)) return;
    const dd = HQ.el('dd');
    if (Array.isArray(items)) {
      const list = HQ.el(ordered ? 'ol' : 'ul');
      items.forEach(i => list.append(HQ.el('li', { text: i })));
      dd.append(list);
    } else {
      dd.textContent = items;
    }
    dl.append(HQ.el('dt', { text: HQ.t('guide.' + key) }), dd);
  }

  function render(g) {
    const dl = HQ.el('dl', { 'data-guide': 'shown' });
    section(dl, 'conditions', g.conditions);
    section(dl, 'materials', (g.materials || []).map(material));
    section(dl, 'steps', (g.steps || []).map(s => pickName(s.name, s.nameEn) + (s.detail ? '：' + s.detail : '')), true);
    const limits = [g.promisedTimeLimit && HQ.t('guide.promised', { t: limit(g.promisedTimeLimit) }),
      g.legalTimeLimit && HQ.t('guide.legal', { t: limit(g.legalTimeLimit) }),
      g.visits !== undefined && g.visits !== null && HQ.t('guide.visits', { n: g.visits })].filter(Boolean).join('；');
    section(dl, 'timeLimit', limits);
    section(dl, 'fees', g.fees && g.fees.length
      ? g.fees.map(f => f.item + ' ' + f.yuan + ' 元' + (f.per ? '/' + f.per : '') + (f.basis ? '（' + f.basis + '）' : ''))
      : HQ.t('guide.free'));
    section(dl, 'pickup', g.pickup);
    section(dl, 'windows', (g.windows || []).map(w => (en() ? 'Window ' + w.number : w.name) + ' · ' + (w.department || '')));
    section(dl, 'notes', g.notes);
    return dl;
  }

  /** Fills {@code box} with the guide of a service, or says there is none; never throws. */
  async function show(serviceId, box) {
    box.replaceChildren(HQ.el('p', { class: 'muted', text: '…' }));
    const r = await HQ.api('GET', '/api/v1/services/' + encodeURIComponent(serviceId) + '/guide');
    if (!r.ok || !r.data || typeof r.data !== 'object') {
      box.replaceChildren(HQ.el('p', { class: 'muted', 'data-guide': 'none', text: HQ.t('guide.none') }));
      return false;
    }
    box.replaceChildren(render(r.data));
    return true;
  }

  return { show };
})();
