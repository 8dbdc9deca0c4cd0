// Progressive enhancement: save a few seconds after typing stops, keep values and sums current,
// and say on screen when the connection is lost (then retry). Without JavaScript the buttons work.
(function () {
  var form = document.getElementById('offer-form'), status = document.getElementById('autosave-status');
  if (!form || !window.fetch) return;
  var words = JSON.parse(form.getAttribute('data-words')), timer = null, busy = false, pending = false, delay = 3000;
  var costTable = form.querySelector('table.costs'), years = costTable ? costTable.getAttribute('data-years') : '0';
  function say(text) { status.textContent = text; }
  function save() {
    if (busy) { pending = true; return; }
    busy = true;
    var body = new URLSearchParams(new FormData(form));
    // form.action would be the buttons named "action"; read the attribute.
    fetch(form.getAttribute('action').replace(/\/edit$/, '/autosave'), { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (data) { return { status: r.status, data: data }; }); })
      .then(function (res) {
        busy = false; delay = 3000;
        if (res.status === 409) { say(words.stale); return; }
        form.querySelector('input[name=version]').value = res.data.version;
        res.data.lines.forEach(function (v, i) { var c = form.querySelector('[data-line="' + i + '"]'); if (c) c.textContent = v; });
        Object.keys(res.data.totals).forEach(function (k) { var c = document.querySelector('[data-total="' + k + '"]'); if (c) c.textContent = res.data.totals[k]; });
        // Columns per year come from the server: when the years change, a save redraws them.
        var yearsNow = res.data.years > 1 ? String(res.data.years) : '0';
        say(words.saved + ' ' + res.data.saved_at + (yearsNow !== years ? ' ' + words.years_changed : ''));
        showProblems(res.data.summary, res.data.errors);
        if (pending) { pending = false; save(); }
      })
      .catch(function () {
        busy = false; say(words.offline);
        delay = Math.min(delay * 2, 60000);
        timer = setTimeout(save, delay);
      });
  }
  // The summary and the messages beside the fields, as the server judged what was just saved.
  function showProblems(summaryHtml, errors) {
    var box = document.getElementById('editor-summary');
    if (box && typeof summaryHtml === 'string') box.innerHTML = summaryHtml;
    if (!errors) return;
    form.querySelectorAll('.field-error[id$="-error"], .cell-error[id$="-error"]').forEach(function (el) {
      var anchor = el.id.slice(0, -6);
      if (errors[anchor]) { el.textContent = errors[anchor]; return; }
      var input = document.getElementById(anchor);
      if (input) { input.removeAttribute('aria-invalid'); unlink(input, el.id); }
      var field = el.closest('.field'); if (field) field.classList.remove('has-error');
      el.remove();
    });
    Object.keys(errors).forEach(function (anchor) {
      var input = document.getElementById(anchor);
      if (!input || document.getElementById(anchor + '-error') || !/^(INPUT|TEXTAREA|SELECT)$/.test(input.tagName)) return;
      var inCell = input.closest('td'), note = document.createElement(inCell ? 'span' : 'p');
      note.className = inCell ? 'cell-error' : 'field-error'; note.id = anchor + '-error'; note.textContent = errors[anchor];
      if (inCell) input.insertAdjacentElement('afterend', note); else input.parentNode.insertBefore(note, input);
      var field = input.closest('.field'); if (field) field.classList.add('has-error');
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + note.id).trim());
    });
  }
  function unlink(input, id) {
    var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (x) { return x && x !== id; });
    if (ids.length) input.setAttribute('aria-describedby', ids.join(' ')); else input.removeAttribute('aria-describedby');
  }
  // "Add a row" in place: a copy of the table's last (blank) row, numbered as the next one.
  function addRow(table) {
    var body = document.querySelector('#' + table + '-table tbody'), last = body && body.lastElementChild;
    if (!last) return false;
    var i = body.children.length - 1, n = i + 1, copy = last.cloneNode(true);
    var renumber = function (v) {
      return v.split(table + '-' + i + '-').join(table + '-' + n + '-').split(table + '.' + i + '.').join(table + '.' + n + '.')
        .replace(new RegExp('\\b' + (i + 1) + '$'), String(n + 1));
    };
    copy.querySelectorAll('.cell-error, button').forEach(function (el) { el.remove(); });
    copy.querySelectorAll('*').forEach(function (el) {
      ['id', 'name', 'for', 'aria-label', 'aria-describedby', 'data-line'].forEach(function (a) {
        if (a === 'data-line' && el.hasAttribute(a)) { el.setAttribute(a, String(n)); el.textContent = ''; return; }
        if (el.hasAttribute(a)) el.setAttribute(a, renumber(el.getAttribute(a)));
      });
      el.removeAttribute('aria-invalid');
      if (el.tagName === 'INPUT') el.value = '';
      if (el.tagName === 'SELECT') el.selectedIndex = 0;
    });
    var first = copy.querySelector('td');
    if (first && /^\d+$/.test(first.textContent.trim())) first.textContent = String(n + 1);
    if (first && table === 'costs') first.textContent = '';
    body.appendChild(copy);
    var focus = copy.querySelector('input:not([type=hidden]), select');
    if (focus) focus.focus();
    say(words.row_added);
    return true;
  }
  form.querySelectorAll('button.add-row').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (addRow(button.getAttribute('data-table'))) event.preventDefault();
    });
  });
  // The title's limit as a live count of the characters used.
  var title = document.getElementById('title'), counter = document.getElementById('title-counter');
  function count() {
    counter.textContent = counter.getAttribute('data-words').replace('%count%', String(title.value.length)).replace('%max%', counter.getAttribute('data-max'));
  }
  if (title && counter) { count(); title.addEventListener('input', count); }
  form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(save, 3000); });
  form.addEventListener('change', function () { clearTimeout(timer); timer = setTimeout(save, 1000); });
})();
