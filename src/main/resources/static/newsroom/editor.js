// The story editor: rich text for the body, and everything that keeps typed text safe (autosave to the server and
// to this browser, a warning before leaving unsaved, a session kept alive while typing, who else has it open).
// Without JavaScript the textarea still holds plain HTML and the form still saves.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('story-form');
  if (!form) { return; }
  var drafts = window.RedaksiDrafts;
  var status = document.getElementById('autosave-status');
  var dirty = false;
  var typedSincePing = false;
  var autosaveTimer = null;

  function say(text) { if (status) { status.textContent = text; } }

  function changed() {
    dirty = true;
    typedSincePing = true;
    drafts.keep(form);
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(autosave, 5000);
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' },
      body: body
    });
  }

  function autosave() {
    if (!form.dataset.autosave) { return; }
    var body = new URLSearchParams(new FormData(form));
    post(form.dataset.autosave, body).then(function (response) {
      if (response.ok) {
        return response.json().then(function (answer) { say('Tersimpan otomatis ' + answer.disimpan); });
      }
      if (response.status === 401 || response.status === 403) {
        say('Sesi berakhir: naskah disimpan di peramban ini. Tekan Simpan untuk masuk lagi dan menyimpannya.');
      } else {
        say('Simpan otomatis gagal; naskah disimpan di peramban ini dan dicoba lagi.');
        autosaveTimer = setTimeout(autosave, 5000);
      }
    }).catch(function () {
      say('Tidak tersambung; naskah disimpan di peramban ini dan dicoba lagi.');
      autosaveTimer = setTimeout(autosave, 5000);
    });
  }

  // the session outlives the page while someone types in it: the autosave refreshes it, and so does this ping
  setInterval(function () {
    if (!typedSincePing) { return; }
    typedSincePing = false;
    fetch('/redaksi/sesi', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) { if (answer) { drafts.setCsrf(answer.token); } })
      .catch(function () { /* the next autosave says what is wrong */ });
  }, 4 * 60 * 1000);

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function () {
    dirty = false;
    clearTimeout(autosaveTimer);
    drafts.keep(form);
    sessionStorage.setItem('redaksi:dikirim', drafts.key(form));
  });
  // another form of the page (a note, a pull-back, a notice, Keluar) leaves it: what was typed in the story is
  // autosaved first, so the page it comes back to offers it (Pulihkan) instead of the browser asking to drop it
  Array.prototype.forEach.call(document.querySelectorAll('form:not(#story-form)'), function (other) {
    other.addEventListener('submit', function (event) {
      if (!dirty || !form.dataset.autosave || other.dataset.autosaved === 'true') { return; }
      event.preventDefault();
      clearTimeout(autosaveTimer);
      post(form.dataset.autosave, new URLSearchParams(new FormData(form))).then(function (response) {
        if (response.ok) { dirty = false; }
      }).catch(function () { /* the copy in this browser stays, and the browser asks before leaving */ })
        .then(function () {
          other.dataset.autosaved = 'true';
          other.requestSubmit(event.submitter || undefined);
        });
    });
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ''; }
  });

  // a page reached by a successful save: the copy kept for it in this browser is in the story now
  var sent = sessionStorage.getItem('redaksi:dikirim');
  if (sent && form.dataset.saved === 'true') {
    localStorage.removeItem(sent);
    sessionStorage.removeItem('redaksi:dikirim');
  }
  offerBrowserCopy();
  watchOthers();
  startRichText();

  function offerBrowserCopy() {
    var copy = drafts.kept(form);
    if (!copy || form.dataset.offered === 'true' || form.dataset.saved === 'true') { return; }
    if (copy.at <= Number(form.dataset.updated || 0)) { return; }
    var box = document.createElement('div');
    box.className = 'alert browser-copy';
    var text = document.createElement('p');
    text.textContent = 'Ada naskah yang belum tersimpan di peramban ini dari ' + drafts.time(copy.at) + '. ';
    var restore = document.createElement('button');
    restore.type = 'button';
    restore.textContent = 'Pulihkan';
    restore.addEventListener('click', function () { drafts.restore(form, copy); box.remove(); changed(); });
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'secondary';
    discard.textContent = 'Buang';
    discard.addEventListener('click', function () { drafts.forget(form); box.remove(); });
    text.append(restore, ' ', discard);
    box.append(text);
    form.parentNode.parentNode.insertBefore(box, form.parentNode);
  }

  function watchOthers() {
    var url = form.dataset.heartbeat;
    if (!url) { return; }
    var box = document.getElementById('soft-lock');
    var line = box.querySelector('.soft-lock');
    function show(answer) {
      if (answer.diambilAlih) {
        line.textContent = answer.diambilAlih + ' mengambil alih naskah ini. Teks Anda tetap di formulir; '
          + 'simpan atau salin sebelum melanjutkan.';
      } else if (answer.lain.length) {
        line.textContent = answer.lain.join(', ') + ' sedang menyunting naskah ini.';
      }
      box.hidden = !answer.diambilAlih && !answer.lain.length;
    }
    function beat(target) {
      var body = new URLSearchParams({ _csrf: drafts.csrf(form) });
      post(target || url, body)
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) { if (answer) { show(answer); } })
        .catch(function () { /* the next beat tries again */ });
    }
    document.getElementById('take-over').addEventListener('click', function () {
      beat(url.replace(/\/sunting$/, '/ambil-alih'));
    });
    beat();
    setInterval(beat, 20000);
  }

  function startRichText() {
    if (!window.tinymce) { return; }
    var site = location.pathname.split('/')[2];
    tinymce.init({
      selector: 'textarea.rich',
      base_url: '/webjars/tinymce',
      suffix: '.min',
      promotion: false,
      branding: false,
      menubar: false,
      language: 'id',
      // the status bar's element path and resize handle are what axe flagged; the word count is ours, below the form
      statusbar: false,
      plugins: 'link lists image autolink',
      toolbar: 'blocks | bold italic | link blockquote bullist numlist | pustaka image | undo redo',
      block_formats: 'Paragraf=p; Subjudul=h2; Sub-subjudul=h3',
      image_list: '/redaksi/' + site + '/media.json',
      image_dimensions: false,
      relative_urls: false,
      convert_urls: false,
      readonly: document.querySelector('#story-form fieldset[disabled]') !== null,
      setup: function (editor) {
        editor.on('change input', function () {
          editor.save();
          changed();
          if (window.RedaksiCounters) { window.RedaksiCounters.update(); }
        });
        if (window.RedaksiPicker && window.RedaksiPicker.available()) {
          editor.ui.registry.addButton('pustaka', {
            icon: 'gallery',
            tooltip: 'Sisipkan gambar dari pustaka',
            onAction: function () {
              window.RedaksiPicker.open(function (item) {
                editor.insertContent(editor.dom.createHTML('img', { src: item.path, alt: item.alt || '' }));
                editor.save();
                changed();
              });
            }
          });
        }
      }
    });
  }
});
