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
        if (pending) { pending = false; save(); }
      })
      .catch(function () {
        busy = false; say(words.offline);
        delay = Math.min(delay * 2, 60000);
        timer = setTimeout(save, delay);
      });
  }
  form.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(save, 3000); });
  form.addEventListener('change', function () { clearTimeout(timer); timer = setTimeout(save, 1000); });
})();
