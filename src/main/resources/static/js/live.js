// A live report's page: polls for updates after the newest it shows and offers them in a banner that floats over
// the page (so showing it moves no text); a click inserts them above the others. Without this script the page is
// complete on reload. A static file, so the page's Content-Security-Policy needs no inline script.
(function () {
  'use strict';
  var EVERY_MS = 15000;
  var section = document.getElementById('pembaruan');
  if (!section || section.dataset.live !== 'true' || !window.fetch) {
    return;
  }
  var list = section.querySelector('.live-updates');
  var banner = section.querySelector('.live-banner');
  var last = section.dataset.last;
  var waiting = [];
  var timer = null;

  function shown(id) {
    return document.getElementById('pembaruan-' + id) !== null
        || waiting.some(function (w) { return w.id === id; });
  }

  function offer() {
    if (waiting.length === 0) {
      banner.hidden = true;
      return;
    }
    banner.textContent = waiting.length === 1
        ? section.dataset.bannerOne
        : section.dataset.bannerMany.replace('#', String(waiting.length));
    banner.hidden = false;
  }

  function poll() {
    timer = null;
    // no-cache: always asked again, and answered 304 while nothing is new; no cookies, so the answer is the shared one
    fetch(section.dataset.poll + '?setelah=' + encodeURIComponent(last), {cache: 'no-cache', credentials: 'omit'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (answer) {
          var fresh = answer.updates.filter(function (u) { return !shown(u.id); });
          waiting = fresh.concat(waiting);
          last = String(answer.last);
          offer();
          if (!answer.live) {
            return;
          }
        }
        schedule();
      })
      .catch(schedule);
  }

  function schedule() {
    if (timer === null && !document.hidden) {
      timer = setTimeout(poll, EVERY_MS);
    }
  }

  // the first update still on the screen: what the reader is reading, kept where it is while updates go in above it
  function anchor() {
    var items = list.children;
    for (var i = 0; i < items.length; i++) {
      if (items[i].getBoundingClientRect().bottom > 0) {
        return items[i];
      }
    }
    return null;
  }

  banner.addEventListener('click', function () {
    // after the pinned ones, which stay on top; newest first, as the server lists them
    var at = list.querySelector('.live-update:not(.live-pinned)');
    var offScreen = list.getBoundingClientRect().top < 0;
    var keep = offScreen ? anchor() : null;
    var before = keep ? keep.getBoundingClientRect().top : 0;
    var template = document.createElement('template');
    var first = null;
    waiting.forEach(function (update) {
      template.innerHTML = update.html.trim();
      var node = template.content.firstElementChild;
      node.classList.add('live-new');
      list.insertBefore(node, at);
      first = first || node;
    });
    var none = section.querySelector('.live-none');
    if (none) {
      none.remove();
    }
    waiting = [];
    offer();
    if (keep) {
      // the reader is further down: nothing moves under their eyes, then the page glides up to what they asked for
      window.scrollBy(0, keep.getBoundingClientRect().top - before);
      first.scrollIntoView({behavior: 'smooth', block: 'start'});
    }
  });

  document.addEventListener('visibilitychange', function () {
    if (!document.hidden && timer === null) {
      poll();
    }
  });
  schedule();
})();
