'use strict';
// ncreg site: the register and each record, drawn from the JSON beside this
// script. Record text only ever becomes text nodes (never markup), and only
// http(s) URLs and safe relative paths become links.
(function () {
  const data = JSON.parse(document.getElementById('ncreg-data').textContent);
  const records = data.records;
  const PAGE = 250;
  const SORTS = ['id', 'title', 'status', 'classification', 'source', 'clause', 'owner', 'identified', 'due', 'overdue'];
  const FILTERS = ['status', 'classification', 'source', 'theme', 'owner', 'overdue', 'q'];

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined) continue;
      node.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
    }
    return node;
  }

  const text = (v) => (v === null || v === undefined ? '' : String(v));
  const overdueDays = (r) => r.overdue.reduce((m, o) => Math.max(m, o.days_overdue), 0);
  const row = (r) => ({
    id: text(r.id),
    title: text(r.title),
    status: text(r.status),
    classification: text(r.classification),
    source: text(r.source && r.source.type),
    clause: text(r.requirement && r.requirement.clause),
    theme: text(r.theme),
    owner: text(r.owner),
    identified: text(r.identified),
    due: text(r.closure_due),
    overdue: overdueDays(r),
  });
  const rows = records.map((r, i) => Object.assign(row(r), { index: i }));

  // The view is the URL fragment: filters, sort and the record shown.
  function state() {
    return new URLSearchParams(location.hash.replace(/^#/, ''));
  }
  function fragment(params) {
    const kept = new URLSearchParams();
    for (const [k, v] of params) if (v) kept.set(k, v);
    return '#' + kept.toString();
  }
  function go(params) {
    history.replaceState(null, '', fragment(params));
    render();
  }

  // Filters: the choices are the values the records hold.
  const form = document.getElementById('filters');
  for (const name of ['status', 'classification', 'source', 'theme', 'owner']) {
    const select = form.elements[name];
    const values = [...new Set(rows.map((r) => r[name]).filter((v) => v))].sort();
    for (const v of values) select.append(el('option', { value: v }, v));
  }
  // Browsers fire input and change for a select, but not all tools fire
  // both; applying the filters twice is harmless.
  const apply = () => {
    const params = state();
    for (const name of FILTERS) params.set(name, form.elements[name].value);
    params.delete('record');
    go(params);
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    const params = state();
    for (const name of FILTERS) params.delete(name);
    go(params);
  });
  for (const button of document.querySelectorAll('button[data-sort]')) {
    button.addEventListener('click', () => {
      const params = state();
      const key = button.dataset.sort;
      params.set('sort', params.get('sort') === key ? '-' + key : key);
      go(params);
    });
  }
  window.addEventListener('hashchange', render);

  function matches(r, params) {
    for (const name of ['status', 'classification', 'source', 'theme', 'owner']) {
      const want = params.get(name);
      if (want && r[name] !== want) return false;
    }
    const overdue = params.get('overdue');
    if (overdue === 'yes' && r.overdue === 0) return false;
    if (overdue === 'no' && r.overdue > 0) return false;
    const q = (params.get('q') || '').trim().toLowerCase();
    if (q) {
      const hay = JSON.stringify(records[r.index]).toLowerCase();
      if (!hay.includes(q)) return false;
    }
    return true;
  }

  function shown(params) {
    const list = rows.filter((r) => matches(r, params));
    const sort = params.get('sort') || 'id';
    const key = SORTS.includes(sort.replace(/^-/, '')) ? sort.replace(/^-/, '') : 'id';
    const sign = sort.startsWith('-') ? -1 : 1;
    list.sort((a, b) => {
      const x = a[key];
      const y = b[key];
      const c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
      return sign * (c || a.id.localeCompare(b.id));
    });
    return list;
  }

  function render() {
    const params = state();
    for (const name of FILTERS) {
      const control = form.elements[name];
      const want = params.get(name) || '';
      // A value no record has (an old link) still shows, as a choice.
      if (control.tagName === 'SELECT' && want && ![...control.options].some((o) => o.value === want)) {
        control.append(el('option', { value: want }, want));
      }
      control.value = want;
    }
    const id = params.get('record');
    const registerView = document.getElementById('register-view');
    const recordView = document.getElementById('record-view');
    if (id !== null) {
      const r = records.find((x) => text(x.id) === id);
      registerView.hidden = true;
      recordView.hidden = false;
      const back = new URLSearchParams(params);
      back.delete('record');
      recordView.replaceChildren(
        el('p', { class: 'back' }, el('a', { href: fragment(back) }, '← Back to the register')),
        r ? recordArticle(r) : el('p', { class: 'warning' }, 'No record ' + id + ' in this register.')
      );
      document.title = id + ' · Nonconformity register';
      return;
    }
    registerView.hidden = false;
    recordView.hidden = true;
    document.title = 'Nonconformity and corrective action register';
    const list = shown(params);
    const sort = params.get('sort') || 'id';
    for (const th of document.querySelectorAll('th')) {
      const key = th.querySelector('button').dataset.sort;
      th.setAttribute('aria-sort', sort === key ? 'ascending' : sort === '-' + key ? 'descending' : 'none');
    }
    document.getElementById('count').textContent =
      list.length === rows.length ? rows.length + ' records' : list.length + ' of ' + rows.length + ' records shown';
    // A long table is drawn a page at a time: laying out thousands of rows
    // takes the browser seconds.
    const visible = params.get('rows') === 'all' ? list : list.slice(0, PAGE);
    const more = document.getElementById('more');
    more.replaceChildren();
    if (visible.length < list.length) {
      const all = new URLSearchParams(params);
      all.set('rows', 'all');
      more.append('Showing the first ' + visible.length + ' of ' + list.length + '. ', el('a', { href: fragment(all) }, 'Show all ' + list.length));
    }
    const tbody = document.querySelector('#register tbody');
    tbody.replaceChildren(
      ...visible.map((r) => {
        const link = new URLSearchParams(params);
        link.set('record', r.id);
        return el(
          'tr',
          { 'data-id': r.id, class: r.overdue > 0 ? 'overdue' : null },
          el('td', {}, el('a', { href: fragment(link) }, r.id)),
          el('td', {}, r.title),
          el('td', {}, r.status),
          el('td', {}, r.classification),
          el('td', {}, r.source),
          el('td', {}, r.clause),
          el('td', {}, r.owner),
          el('td', {}, r.identified),
          el('td', {}, r.due),
          el('td', {}, r.overdue > 0 ? r.overdue + ' days' : '')
        );
      })
    );
  }

  // Evidence: web links and paths inside the register are links; anything
  // else (javascript:, data:, absolute or upward paths) is shown as text.
  function evidence(item) {
    const s = text(item);
    if (/^https?:\/\//i.test(s)) return el('a', { href: s, rel: 'noopener noreferrer' }, s);
    const path = s.replace(/^\.\//, '');
    const unsafe =
      /^[a-z][a-z0-9+.-]*:/i.test(path) ||
      path.startsWith('/') ||
      path.includes('\\') ||
      path.split('/').includes('..');
    if (unsafe || !path) return el('span', { class: 'unlinked', title: 'not linked: not a web link or a path in the register' }, s);
    return el('a', { href: data.root + path.split('/').map(encodeURIComponent).join('/') }, s);
  }

  function value(v, key) {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) {
      return el('span', { class: 'none' }, '—');
    }
    if (key === 'evidence' || key === 'evidence_submitted') {
      const items = Array.isArray(v) ? v : [v];
      return el('ul', { class: 'evidence' }, items.map((i) => el('li', {}, evidence(i))));
    }
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x !== 'object' || x === null)) return el('span', {}, v.map(text).join(', '));
      return el('ol', {}, v.map((x) => el('li', {}, value(x))));
    }
    if (typeof v === 'object') {
      return el('dl', {}, Object.entries(v).map(([k, x]) => [el('dt', {}, label(k)), el('dd', {}, value(x, k))]));
    }
    return el('span', { class: 'text' }, text(v));
  }

  const label = (k) => k.replace(/_/g, ' ');

  // The record in the order of ISO 27001 10.2: the finding, the correction,
  // the cause, the actions, their verification, closure, the certification
  // body's dates; then ncreg's findings and the git timeline.
  const SECTIONS = [
    ['Finding', ['id', 'title', 'status', 'classification', 'source', 'requirement', 'identified', 'owner', 'description', 'extent_of_condition', 'risk', 'related', 'escalated_to']],
    ['Correction', ['correction']],
    ['Root cause', ['root_cause']],
    ['Actions', ['actions']],
    ['Verification of effectiveness', ['verification']],
    ['Closure', ['target_date', 'closure_due', 'closed', 'closed_by', 'reopened', 'decision', 'dispute', 'withdrawn_reason']],
    ['Certification body and deadlines', ['certification_body', 'cap_due', 'extensions', 'overdue']],
  ];
  const SHOWN_ELSEWHERE = ['file', 'theme', 'findings', 'waivers'];

  // The timelines, in the records' order, read the first time one is shown.
  // They follow this script in the page, so that the register shows before
  // the browser has read them: until then a record's timeline is `undefined`,
  // and a record in view is drawn again once the page has loaded.
  let timelines = null;
  function timelineOf(r) {
    if (timelines === null) {
      if (document.readyState === 'loading') return undefined;
      timelines = JSON.parse(document.getElementById('ncreg-timelines').textContent);
    }
    return timelines[records.indexOf(r)] || [];
  }
  document.addEventListener('DOMContentLoaded', () => {
    if (state().get('record') !== null) render();
  });

  function fields(r, keys) {
    // A section that is one mapping (the correction, the cause) shows its fields.
    const only = keys.length === 1 ? r[keys[0]] : undefined;
    if (only && typeof only === 'object' && !Array.isArray(only)) return value(only, keys[0]);
    return el('dl', {}, keys.map((k) => [el('dt', {}, label(k)), el('dd', {}, value(r[k], k))]));
  }

  function actions(list) {
    if (!list || list.length === 0) return el('p', { class: 'none' }, 'No actions yet.');
    return el(
      'table',
      { class: 'actions' },
      el('thead', {}, el('tr', {}, ['#', 'Action', 'Tier', 'Owner', 'Due', 'Done', 'Evidence'].map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        list.map((a) =>
          el(
            'tr',
            {},
            el('td', {}, text(a.id)),
            el('td', { class: 'text' }, text(a.description)),
            el('td', {}, el('span', { class: 'tier tier-' + text(a.tier).replace(/[^a-z]/g, '') }, text(a.tier))),
            el('td', {}, text(a.owner)),
            el('td', {}, text(a.due)),
            el('td', {}, text(a.done)),
            el('td', {}, value(a.evidence, 'evidence'))
          )
        )
      )
    );
  }

  function findings(list, waivers) {
    const parts = [];
    if (list.length === 0) parts.push(el('p', {}, 'No findings.'));
    else
      parts.push(
        el(
          'ul',
          { class: 'findings' },
          list.map((f) =>
            el(
              'li',
              { class: 'finding sev-' + f.severity + (f.waived ? ' waived' : '') },
              el('strong', {}, f.rule + ' ' + f.name),
              ' (' + (f.waived ? 'waived ' : '') + f.severity + ', line ' + f.line + '): ',
              f.message,
              f.hint !== null ? el('div', { class: 'help' }, 'Hint: ' + data.hints[f.hint]) : null
            )
          )
        )
      );
    if (waivers && waivers.length) parts.push(el('h3', {}, 'Waivers'), value(waivers));
    return parts;
  }

  function timeline(changes) {
    if (!data.history) return el('p', { class: 'none' }, 'No git history was available.');
    if (changes === undefined) return el('p', { class: 'none' }, 'Reading the history\u2026');
    if (changes.length === 0) return el('p', { class: 'none' }, 'Not yet committed.');
    return el(
      'ol',
      { class: 'timeline' },
      changes.map((c) =>
        el(
          'li',
          { class: 'change', 'data-commit': c.commit },
          el(
            'p',
            { class: 'when' },
            el('time', { datetime: c.date }, c.date.slice(0, 10)),
            ' ',
            el('strong', {}, c.change),
            ' by ' + c.author + ' <' + c.author_email + '> in ',
            el('code', {}, c.short),
            ' ',
            el('span', { class: c.signed ? 'signed' : 'unsigned' }, c.signed ? 'signed' : 'not signed')
          ),
          el('p', { class: 'subject' }, c.subject),
          c.flags.length
            ? el('ul', { class: 'flags' }, c.flags.map((f) => el('li', {}, el('strong', {}, f.flag), f.field ? ' (' + f.field + ')' : '', ': ' + f.detail)))
            : null,
          c.change === 'created' || c.fields.length === 0
            ? null
            : el(
                'ul',
                { class: 'fields' },
                c.fields.map((f) => el('li', {}, el('code', {}, f.field), ': ', el('del', {}, text(f.old)), ' → ', el('ins', {}, text(f.new))))
              )
        )
      )
    );
  }

  function recordArticle(r) {
    const known = new Set(SECTIONS.flatMap(([, keys]) => keys).concat(SHOWN_ELSEWHERE));
    const other = Object.keys(r).filter((k) => !known.has(k));
    return el(
      'article',
      { class: 'record', 'data-id': text(r.id) },
      el('h2', {}, text(r.id) + ' · ' + text(r.title)),
      el('p', { class: 'file' }, 'File: ', el('code', {}, text(r.file))),
      SECTIONS.map(([title, keys]) =>
        el('section', {}, el('h3', {}, title), title === 'Actions' ? actions(r.actions) : fields(r, keys))
      ),
      other.length ? el('section', {}, el('h3', {}, 'Other fields'), fields(r, other)) : null,
      el('section', {}, el('h3', {}, 'Findings'), findings(r.findings, r.waivers)),
      el('section', { class: 'trail' }, el('h3', {}, 'Timeline'), timeline(timelineOf(r)))
    );
  }

  // Printing gives the records in view, one a page: the record shown, or
  // those the filters leave.
  function preparePrint() {
    const params = state();
    const id = params.get('record');
    const list = id !== null ? records.filter((r) => text(r.id) === id) : shown(params).map((r) => records[r.index]);
    document.getElementById('print-view').replaceChildren(...list.map(recordArticle));
  }
  window.addEventListener('beforeprint', preparePrint);

  render();
  // When the page was ready, laid out, after the browser began to load it
  // (read by the benchmark; the file itself stays the same each time).
  void document.body.offsetHeight;
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.dataset.ready = 'yes';
})();
