// Progressive enhancement for the scoring card: count the visible characters of each
// justification while typing, and save the draft a few seconds after typing stops (the version
// travels back so the next save is not stale). Without JavaScript the buttons do the same.
(function () {
  var form = document.getElementById('scorecard-form'), status = document.getElementById('autosave-status');
  if (!form) return;
  // Zero-width and other format characters do not count, as on the server.
  var invisible = /[\u00AD\u034F\u061C\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFE00-\uFE0F\uFEFF]/g;
  function count(area) {
    var out = document.querySelector('[data-count-for="' + area.id + '"]');
    if (out) out.textContent = area.value.replace(invisible, '').trim().length;
  }
  form.querySelectorAll('textarea[data-min]').forEach(function (area) {
    area.addEventListener('input', function () { count(area); });
  });
  if (!window.fetch || !window.URLSearchParams) return;
  var words = JSON.parse(form.getAttribute('data-words')), timer = null, busy = false, pending = false;
  function say(text) { if (status) status.textContent = text; }
  function save() {
    if (busy) { pending = true; return; }
    busy = true;
    var body = new URLSearchParams(new FormData(form));
    body.delete('action');
    fetch(form.getAttribute('action') + '/autosave', { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (data) { return { status: r.status, data: data }; }); })
      .then(function (res) {
        busy = false;
        if (res.status === 409) { say(words.stale); return; }
        form.querySelector('input[name=version]').value = res.data.version;
        if (res.status === 200) say(words.saved + ' ' + res.data.saved_at);
        else say(Object.keys(res.data.errors).map(function (k) { return res.data.errors[k]; }).join(' '));
        if (pending) { pending = false; save(); }
      })
      .catch(function () { busy = false; say(words.offline); });
  }
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(save, 3000);
  });
})();
