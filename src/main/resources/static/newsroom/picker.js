// The editor's picture picker: the site's pictures by sight (thumbnails, a search by caption or file name), an
// upload in place by drag-and-drop or the phone's camera, for the lead picture and for pictures in the body.
// Without JavaScript the lead picture is still a typed number and the media library is one link away.
window.RedaksiPicker = (function () {
  var dialog, grid, search, status, url, onChoose, searchTimer;

  function setUp() {
    dialog = document.getElementById('picture-picker');
    var lead = document.querySelector('.lead-picture');
    if (!dialog || !lead || typeof dialog.showModal !== 'function') { return false; }
    url = lead.dataset.picker;
    grid = document.getElementById('picker-grid');
    search = document.getElementById('picker-search');
    status = document.getElementById('picker-status');
    document.getElementById('picker-close').addEventListener('click', function () { dialog.close(); });
    search.addEventListener('input', function () {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(list, 250);
    });
    var file = document.getElementById('picker-file');
    file.addEventListener('change', function () {
      if (file.files.length) { upload(file.files[0]); }
      file.value = '';
    });
    var drop = document.getElementById('picker-drop');
    drop.addEventListener('dragover', function (event) { event.preventDefault(); drop.classList.add('dragging'); });
    drop.addEventListener('dragleave', function () { drop.classList.remove('dragging'); });
    drop.addEventListener('drop', function (event) {
      event.preventDefault();
      drop.classList.remove('dragging');
      if (event.dataTransfer.files.length) { upload(event.dataTransfer.files[0]); }
    });
    return true;
  }

  function say(text) { status.textContent = text; }

  function list() {
    var address = url + '?q=' + encodeURIComponent(search.value);
    fetch(address, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(show)
      .catch(function () { say('Daftar gambar tidak bisa dimuat. Coba lagi.'); });
  }

  function show(items) {
    grid.replaceChildren();
    if (!items.length) {
      var none = document.createElement('li');
      none.textContent = search.value ? 'Tidak ada gambar yang cocok.' : 'Belum ada gambar. Unggah yang pertama.';
      grid.append(none);
    }
    items.forEach(function (item) {
      var entry = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'picker-item';
      button.dataset.id = item.id;
      var thumb = document.createElement('img');
      thumb.src = item.thumbnail;
      thumb.alt = '';
      thumb.loading = 'lazy';
      var words = document.createElement('span');
      words.textContent = '#' + item.id + ' ' + (item.caption || item.alt || item.name || '');
      button.append(thumb, words);
      button.addEventListener('click', function () { choose(item); });
      entry.append(button);
      grid.append(entry);
    });
  }

  function upload(file) {
    var form = document.getElementById('story-form');
    var token = window.RedaksiDrafts.csrf(form);
    var body = new FormData();
    body.append('berkas', file);
    body.append('alt', document.getElementById('picker-alt').value);
    body.append('_csrf', token);
    say('Mengunggah ' + file.name + '…');
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-CSRF-TOKEN': token },
      body: body
    }).then(function (response) {
      if (response.status === 401 || response.status === 403) {
        say('Sesi berakhir atau Anda tidak boleh mengunggah di sini. Simpan naskah untuk masuk lagi.');
        return null;
      }
      return response.json().then(function (answer) {
        if (!response.ok) { say(answer.pesan || 'Unggahan ditolak.'); return; }
        say('Gambar #' + answer.id + ' diunggah.');
        document.getElementById('picker-alt').value = '';
        choose(answer);
      });
    }).catch(function () { say('Tidak tersambung; unggahan gagal. Coba lagi.'); });
  }

  function choose(item) {
    dialog.close();
    if (onChoose) { onChoose(item); }
  }

  var ready = null;
  return {
    /** Opens the picker; {@code chosen} gets the picture a click or an upload chose. */
    open: function (chosen) {
      if (ready === null) { ready = setUp(); }
      if (!ready) { return false; }
      onChoose = chosen;
      say('');
      dialog.showModal();
      list();
      return true;
    },
    available: function () {
      if (ready === null) { ready = setUp(); }
      return ready;
    }
  };
})();

// the lead picture: the number becomes a hidden field behind a thumbnail and a button
document.addEventListener('DOMContentLoaded', function () {
  var picker = window.RedaksiPicker;
  var field = document.getElementById('imageId');
  if (!field || !picker.available() || field.closest('fieldset[disabled]')) { return; }
  var thumb = document.getElementById('lead-picture-thumb');
  var pick = document.getElementById('pick-picture');
  var drop = document.getElementById('drop-picture');
  var caption = document.getElementById('imageCaption');
  var credit = document.getElementById('imageCredit');
  var filled = { caption: caption.value, credit: credit.value };
  document.querySelector('label[for=imageId]').textContent = 'Gambar utama';
  document.querySelector('label[for=imageId]').htmlFor = 'pick-picture';
  document.getElementById('library-hint').hidden = true;
  field.type = 'hidden';
  pick.hidden = false;

  function shown() {
    drop.hidden = !field.value;
    if (!field.value) { thumb.hidden = true; }
    pick.textContent = field.value ? 'Ganti gambar' : 'Pilih atau unggah gambar';
  }

  // a remembered caption or credit replaces only what is empty or what the previous pick filled in, never typing
  function fill(input, key, value) {
    if (input.value === '' || input.value === filled[key]) {
      input.value = value || '';
      filled[key] = input.value;
    }
  }

  pick.addEventListener('click', function () {
    picker.open(function (item) {
      field.value = String(item.id);
      thumb.src = item.thumbnail;
      thumb.alt = item.alt || '';
      thumb.hidden = false;
      fill(caption, 'caption', item.caption);
      fill(credit, 'credit', item.credit);
      shown();
      field.form.dispatchEvent(new Event('change', { bubbles: true }));
      pick.focus();
    });
  });
  drop.addEventListener('click', function () {
    field.value = '';
    shown();
    field.form.dispatchEvent(new Event('change', { bubbles: true }));
  });
  shown();
});
