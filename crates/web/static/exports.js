// Progressive enhancement for big downloads: the file is fetched here so the page shows how much
// has arrived, then saved under the server's file name. Without JavaScript, or if anything here
// fails, the link downloads as usual and the browser shows its own progress (the file streams).
(function () {
  var box = document.querySelector('[data-export-progress]');
  if (!box || !window.fetch || !window.ReadableStream || !window.URL || !URL.createObjectURL) return;
  var bar = box.querySelector('progress'), status = box.querySelector('[role=status]');
  var busy = false;

  function say(key, extra) {
    status.textContent = box.getAttribute(key) + (extra ? ' ' + extra : '');
  }

  function fileName(response, link) {
    var header = response.headers.get('Content-Disposition') || '';
    var found = /filename="([^"]+)"/.exec(header);
    return found ? found[1] : link.pathname.split('/').pop();
  }

  function save(parts, name, type) {
    var url = URL.createObjectURL(new Blob(parts, { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function fetchWithProgress(link) {
    busy = true;
    box.hidden = false;
    bar.removeAttribute('value');
    say('data-starting');
    return fetch(link.href, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok || !response.body) throw new Error('HTTP ' + response.status);
      var reader = response.body.getReader(), parts = [], received = 0;
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) return;
          parts.push(step.value);
          received += step.value.length;
          say('data-received', Math.round(received / 1024).toLocaleString() + ' kB');
          return pump();
        });
      }
      return pump().then(function () {
        save(parts, fileName(response, link), response.headers.get('Content-Type') || '');
        bar.max = 1;
        bar.value = 1;
        say('data-done');
      });
    });
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-export-big]') : null;
    if (!link || busy || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    fetchWithProgress(link).catch(function () {
      say('data-failed');
      window.location.href = link.href;
    }).then(function () { busy = false; });
  });
})();
