// Progressive enhancement: the countdown ticks; without JavaScript the server's text stays.
(function () {
  var el = document.querySelector('[data-countdown]');
  if (!el) return;
  var end = Date.parse(el.getAttribute('data-countdown'));
  var words = JSON.parse(el.getAttribute('data-words')), lang = document.documentElement.lang;
  // The same plural rules as the server's: [one, few, many].
  function say(n, forms) {
    var few = n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14);
    var i = lang === 'en' ? (n === 1 ? 0 : 2)
      : lang === 'cs' ? (n === 1 ? 0 : (n >= 2 && n <= 4 ? 1 : 2))
      : lang === 'uk' ? (n % 10 === 1 && n % 100 !== 11 ? 0 : (few ? 1 : 2))
      : (n === 1 ? 0 : (few ? 1 : 2));
    return n + ' ' + forms[i];
  }
  function tick() {
    var s = Math.max(0, Math.floor((end - Date.now()) / 1000));
    var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60);
    el.textContent = d > 0 ? say(d, words.d) + ' ' + say(h, words.h) : say(h, words.h) + ' ' + say(m, words.m);
  }
  setInterval(tick, 30000);
})();
