// The service guide (办事指南) of a matter: conditions, materials, steps, time limit, fees, pick-up.
'use strict';
HQ.words({
  'guide.title': ['办事指南', 'Service guide'],
  'guide.none': ['暂无此事项的办事指南，请咨询窗口工作人员。', 'No guide for this matter yet; please ask at the window.'],
  'guide.conditions': ['办理条件', 'Conditions'],
  'guide.materials': ['所需材料', 'Materials'],
  'guide.steps': ['办理流程', 'Steps'],
  'guide.timeLimit': ['办理时限', 'Time limit'],
  'guide.fees': ['收费标准', 'Fees'],
  'guide.pickup': ['领取方式', 'Pick-up'],
});

const Guide = (() => {
  const ORDER = ['conditions', 'materials', 'steps', 'timeLimit', 'fees', 'pickup'];
  const SKIP = new Set(['serviceId', 'service', 'id', 'name', 'nameEn', 'updatedAt', 'version']);

  function text(v) {
    if (v === null || v === undefined) return '';
    if (typeof v !== 'object') return String(v);
    if (Array.isArray(v)) return v.map(text).join('；');
    const en = HQ.lang() === 'en';
    const main = (en && (v.nameEn || v.titleEn || v.textEn)) || v.name || v.title || v.text || v.description || '';
    const rest = Object.entries(v)
      .filter(([k, x]) => !['name', 'title', 'text', 'description', 'nameEn', 'titleEn', 'textEn'].includes(k)
        && x !== null && x !== '' && typeof x !== 'object')
      .map(([k, x]) => (typeof x === 'boolean' ? (x ? k : '') : k + ': ' + x)).filter(Boolean);
    return main + (rest.length ? '（' + rest.join('，') + '）' : '');
  }

  function block(key, value) {
    const dd = HQ.el('dd');
    if (Array.isArray(value)) {
      const list = HQ.el(key === 'steps' ? 'ol' : 'ul');
      value.forEach(item => list.append(HQ.el('li', { text: text(item) })));
      dd.append(list);
    } else {
      dd.textContent = text(value);
    }
    return [HQ.el('dt', { text: HQ.t('guide.' + key) === 'guide.' + key ? key : HQ.t('guide.' + key) }), dd];
  }

  /** Fills {@code box} with the guide of a service, or says there is none; never throws. */
  async function show(serviceId, box) {
    box.replaceChildren(HQ.el('p', { class: 'muted', text: '…' }));
    const r = await HQ.api('GET', '/api/v1/services/' + encodeURIComponent(serviceId) + '/guide');
    if (!r.ok || !r.data || typeof r.data !== 'object') {
      box.replaceChildren(HQ.el('p', { class: 'muted', 'data-guide': 'none', text: HQ.t('guide.none') }));
      return false;
    }
    const g = r.data;
    const keys = ORDER.filter(k => g[k] !== undefined && g[k] !== null && g[k] !== '')
      .concat(Object.keys(g).filter(k => !ORDER.includes(k) && !SKIP.has(k) && g[k] !== null && g[k] !== ''));
    const dl = HQ.el('dl', { 'data-guide': 'shown' });
    keys.forEach(k => dl.append(...block(k, g[k])));
    box.replaceChildren(dl);
    return true;
  }

  return { show };
})();
