// Progressive enhancement for the report editor: save a few seconds after typing stops, keep
// the sums and shares current, show the server's messages beside the fields, and say on screen
// when the connection is lost (then retry). Without JavaScript the buttons work.
(function () {
  var form = document.getElementById('report-form'), status = document.getElementById('autosave-status');
  if (!form || !window.fetch) return;
  var words = JSON.parse(form.getAttribute('data-words')), timer = null, busy = false, pending = false, delay = 3000;
  function say(text) { status.textContent = text; }
  function put(selector, value) { var c = form.querySelector(selector); if (c) c.textContent = value; }
  function save() {
    if (busy) { pending = true; return; }
    busy = true;
    var body = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute('action').replace(/\/edit$/, '/autosave'), { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (data) { return { status: r.status, data: data }; }); })
      .then(function (res) {
        busy = false; delay = 3000;
        if (res.status === 409) { say(words.stale); return; }
        var d = res.data;
        form.querySelector('input[name=lock_version]').value = d.lock_version;
        d.lines.forEach(function (v, i) { put('[data-line="' + i + '"]', v); });
        d.differences.forEach(function (v, i) { put('[data-difference="' + i + '"]', v); });
        d.year_totals.forEach(function (v, i) { put('[data-year-total="' + i + '"]', v); });
        Object.keys(d.totals).forEach(function (k) { put('[data-total="' + k + '"]', d.totals[k]); });
        Object.keys(d.shares).forEach(function (k) { put('[data-share="' + k + '"]', d.shares[k]); });
        say(words.saved + ' ' + d.saved_at);
        if (form.querySelector('input[name=check]')) showErrors(d.errors);
        if (pending) { pending = false; save(); }
      })
      .catch(function () {
        busy = false; say(words.offline);
        delay = Math.min(delay * 2, 60000);
        timer = setTimeout(save, delay);
      });
  }
  // The messages beside the fields, as the server judged what was just saved.
  function showErrors(errors) {
    form.querySelectorAll('.field-error[id$="-error"], .cell-error[id$="-error"]').forEach(function (el) {
      var anchor = el.id.slice(0, -6);
      if (errors[anchor]) { el.textContent = errors[anchor]; return; }
      var input = document.getElementById(anchor);
      if (input) { input.removeAttribute('aria-invalid'); input.removeAttribute('aria-describedby'); }
      var field = el.closest('.field'); if (field) field.classList.remove('has-error');
      el.remove();
    });
    Object.keys(errors).forEach(function (anchor) {
      var input = document.getElementById(anchor);
      if (!input || document.getElementById(anchor + '-error') || !/^(INPUT|TEXTAREA)$/.test(input.tagName)) return;
      var inCell = input.closest('td'), note = document.createElement(inCell ? 'span' : 'p');
      note.className = inCell ? 'cell-error' : 'field-error'; note.id = anchor + '-error'; note.textContent = errors[anchor];
      if (inCell) input.insertAdjacentElement('afterend', note); else input.parentNode.insertBefore(note, input);
      var field = input.closest('.field'); if (field) field.classList.add('has-error');
      input.setAttribute('aria-invalid', 'true'); input.setAttribute('aria-describedby', note.id);
    });
  }
  form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(save, 3000); });
  form.addEventListener('change', function () { clearTimeout(timer); timer = setTimeout(save, 1000); });
})();
