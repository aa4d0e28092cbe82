// The curation screen: each slot gets a type-ahead search of the site's published stories (an ARIA 1.2 combobox,
// GET …/kurasi/pilih?q=), which fills the slot's story number and shows its headline, and buttons to move a slot up
// or down or empty it. Without JavaScript the story numbers are typed and the rows keep their order.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('curation-form');
  if (!form || !window.fetch) { return; }
  var url = form.dataset.search;
  var rows = Array.prototype.slice.call(document.querySelectorAll('[data-row]'));
  rows.forEach(function (row, n) { search(row, 'cari-' + (n + 1)); });
  Array.prototype.forEach.call(form.querySelectorAll('fieldset.place'), function (place) {
    var inPlace = Array.prototype.slice.call(place.querySelectorAll('[data-row]'));
    inPlace.forEach(function (row, i) { moves(row, inPlace, i, place.dataset.name); });
  });

  function fields(row) {
    return Array.prototype.slice.call(row.querySelectorAll('input:not([role=combobox])'));
  }

  // the slots' contents change places, not the rows: each row keeps its number, labels and position in the form
  function swap(a, b) {
    var fa = fields(a), fb = fields(b);
    fa.forEach(function (input, i) { var v = input.value; input.value = fb[i].value; fb[i].value = v; });
    var ta = a.querySelector('.story-title'), tb = b.querySelector('.story-title');
    var t = ta.innerHTML; ta.innerHTML = tb.innerHTML; tb.innerHTML = t;
  }

  function moves(row, all, i, placeName) {
    var bar = document.createElement('p');
    bar.className = 'pick-moves';
    var slot = placeName + ' slot ' + (i + 1);
    [['Naik', -1], ['Turun', 1]].forEach(function (move) {
      var other = all[i + move[1]];
      if (!other) { return; }
      bar.append(button(move[0], move[0] + ' ' + slot, function () { swap(row, other); }));
    });
    bar.append(button('Kosongkan', 'Kosongkan ' + slot, function () {
      fields(row).forEach(function (input) { input.value = ''; });
      row.querySelector('.story-title').textContent = '';
    }));
    row.querySelector('.pick-slot').after(bar);
  }

  function button(text, label, act) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', act);
    return b;
  }

  function search(row, name) {
    var id = row.querySelector('.story-id');
    var title = row.querySelector('.story-title');
    var label = document.createElement('label');
    label.htmlFor = name;
    label.textContent = 'Cari berita terbit';
    var input = document.createElement('input');
    input.id = name;
    input.type = 'text';
    input.autocomplete = 'off';
    input.placeholder = 'Ketik judul atau kata';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', name + '-options');
    var list = document.createElement('ul');
    list.id = name + '-options';
    list.className = 'options';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Berita terbit');
    list.hidden = true;
    row.querySelector('label[for="' + id.id + '"]').before(label, input, list);
    var found = [];
    var active = -1;
    var timer = null;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function mark(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, n) { li.setAttribute('aria-selected', String(n === i)); });
      input.setAttribute('aria-activedescendant', list.children[i].id);
    }
    function choose(i) {
      var story = found[i];
      if (!story) { return; }
      id.value = story.id;
      title.textContent = story.title + ' (' + story.time + ')';
      input.value = '';
      close();
    }
    function lookup() {
      var text = input.value;
      fetch(url + '?q=' + encodeURIComponent(text), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
        .then(function (stories) {
          if (input.value !== text) { return; }
          found = stories;
          list.replaceChildren.apply(list, stories.map(function (story, i) {
            var li = document.createElement('li');
            li.id = name + '-option-' + i;
            li.setAttribute('role', 'option');
            li.setAttribute('aria-selected', 'false');
            li.textContent = story.title + ' (' + story.time + ')';
            li.addEventListener('mousedown', function (e) { e.preventDefault(); });
            li.addEventListener('click', function () { choose(i); });
            return li;
          }));
          list.hidden = !stories.length;
          input.setAttribute('aria-expanded', String(stories.length > 0));
          active = -1;
        })
        .catch(function () { title.textContent = 'Daftar berita tidak bisa dimuat. Coba lagi.'; });
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(lookup, 150); });
    input.addEventListener('focus', function () { if (!input.value) { lookup(); } });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' && found.length) {
        e.preventDefault();
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        mark(Math.min(active + 1, found.length - 1));
      } else if (e.key === 'ArrowUp' && found.length) {
        e.preventDefault();
        mark(Math.max(active - 1, 0));
      } else if (e.key === 'Enter') {
        // Enter chooses a story; it never submits the form from the search box
        e.preventDefault();
        if (!list.hidden) { choose(active >= 0 ? active : 0); }
      } else if (e.key === 'Escape') {
        close();
      }
    });
  }
});
