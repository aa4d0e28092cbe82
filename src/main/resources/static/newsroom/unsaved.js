// A story form that could not be saved: kept in this browser, retried while the database is away, and saved again
// after a login in place when the session had expired.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('story-form');
  var drafts = window.RedaksiDrafts;
  var status = document.getElementById('unsaved-status');
  drafts.keep(form);
  form.addEventListener('input', function () { drafts.keep(form); });
  form.addEventListener('submit', function () { sessionStorage.setItem('redaksi:dikirim', drafts.key(form)); });

  if (form.dataset.retry) {
    var wait = Number(form.dataset.retry);
    var retry = function () {
      status.textContent = 'Mencoba menyimpan lagi…';
      fetch(form.action, { method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(form)) })
        .then(function (response) {
          if (response.status === 503) {
            status.textContent = 'Belum berhasil; dicoba lagi dalam beberapa detik.';
            setTimeout(retry, wait);
          } else if (response.ok && response.redirected) {
            sessionStorage.setItem('redaksi:dikirim', drafts.key(form));
            location.href = response.url;
          } else {
            // refused for a reason of its own (a conflict, an invalid field): the page that says so
            form.submit();
          }
        })
        .catch(function () { setTimeout(retry, wait); });
    };
    setTimeout(retry, wait);
  }

  var login = document.getElementById('relogin');
  if (!login) { return; }
  login.addEventListener('submit', function (event) {
    event.preventDefault();
    status.textContent = 'Masuk…';
    fetch('/redaksi/masuk', { credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var token = page.querySelector('input[name=_csrf]');
        var body = new URLSearchParams(new FormData(login));
        body.set('_csrf', token ? token.value : '');
        return fetch('/redaksi/masuk', { method: 'POST', credentials: 'same-origin', body: body });
      })
      .then(function (response) {
        if (new URL(response.url).pathname !== '/redaksi/') {
          throw new Error(response.url.indexOf('tunggu') >= 0
            ? 'Terlalu banyak percobaan masuk. Tunggu sebentar, lalu coba lagi.'
            : 'Nama pengguna atau kata sandi salah.');
        }
        return fetch('/redaksi/sesi', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } });
      })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        drafts.setCsrf(answer.token);
        status.textContent = 'Menyimpan…';
        sessionStorage.setItem('redaksi:dikirim', drafts.key(form));
        form.submit();
      })
      .catch(function (problem) { status.textContent = problem.message; });
  });
});
