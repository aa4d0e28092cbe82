// The story form's writers and topics as type-ahead pickers: what is chosen shows as removable chips (writers in
// their order), what is typed is looked up on the desk (GET …/orang/pilih, …/topik/pilih). A new topic is made only
// by choosing "Buat topik baru: …", offered after the site's topics that look alike, never from a typo.
// Without JavaScript the four writer lists and the comma-separated topic field still submit.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('story-form');
  if (!form || form.querySelector('fieldset[disabled]') || !window.fetch) { return; }
  var writers = document.getElementById('writers-picker');
  var topics = document.getElementById('topics-picker');
  var pickers = [];
  if (writers) { pickers.push(writerPicker(writers)); }
  if (topics) { pickers.push(topicPicker(topics)); }

  // a word typed in a picker and never chosen would be dropped by the save: say so instead of losing it
  form.addEventListener('submit', function (event) {
    var left = pickers.filter(function (p) { return p.input.value.trim() !== ''; })[0];
    if (left) {
      event.preventDefault();
      event.stopImmediatePropagation();
      left.say('"' + left.input.value.trim() + '" belum dipilih. Pilih dari daftar, atau kosongkan kolomnya.');
      left.input.focus();
    }
  });

  function changed(field) { field.dispatchEvent(new Event('change', { bubbles: true })); }

  function writerPicker(box) {
    var selects = Array.prototype.slice.call(box.querySelectorAll('select[name=writerIds]'));
    var chosen = selects.filter(function (s) { return s.value; }).map(function (s) {
      return { id: s.value, name: s.options[s.selectedIndex].text };
    });
    var label = box.querySelector('#writers-label');
    label.textContent = 'Penulis (berurutan, seperti di byline)';
    selects.forEach(function (s) { s.remove(); });
    var picker = combobox(box, 'writers', label, function (item) {
      chosen.push({ id: String(item.id), name: item.name });
      draw();
    });
    var hidden = document.createElement('div');
    box.append(hidden);

    function draw() {
      picker.chips(chosen.map(function (w, i) {
        return { text: w.name, remove: function () { chosen.splice(i, 1); draw(); } };
      }));
      hidden.replaceChildren.apply(hidden, chosen.map(function (w) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = 'writerIds';
        input.value = w.id;
        return input;
      }));
      changed(hidden);
    }
    picker.lookup = function (text) {
      return get(box.dataset.search, text).then(function (people) {
        var taken = chosen.map(function (w) { return w.id; });
        return people.filter(function (p) { return taken.indexOf(String(p.id)) < 0; })
          .map(function (p) { return { text: p.name, item: p }; });
      });
    };
    draw();
    return picker;
  }

  function topicPicker(box) {
    var field = box.querySelector('#topics');
    var offers = Array.prototype.slice.call(box.querySelectorAll('input[name=newTopics]'));
    var chosen = field.value.split(',').map(function (n) { return n.trim(); }).filter(Boolean).map(function (name) {
      var offer = offers.filter(function (o) { return o.value === name; })[0];
      return { name: name, make: !!(offer && offer.checked) };
    });
    offers.forEach(function (o) { o.closest('.topic-offer').hidden = true; o.disabled = true; });
    field.type = 'hidden';
    var label = box.querySelector('label[for=topics]');
    label.textContent = 'Topik (paling banyak 10)';
    var picker = combobox(box, 'topics', label, function (item) {
      chosen.push({ name: item.name, make: !!item.make });
      draw();
    });
    var made = document.createElement('div');
    box.append(made);

    function draw() {
      picker.chips(chosen.map(function (t, i) {
        return {
          text: t.make ? t.name + ' (baru)' : t.name,
          remove: function () { chosen.splice(i, 1); draw(); }
        };
      }));
      field.value = chosen.map(function (t) { return t.name; }).join(', ');
      made.replaceChildren.apply(made, chosen.filter(function (t) { return t.make; }).map(function (t) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = 'newTopics';
        input.value = t.name;
        return input;
      }));
      changed(field);
    }
    picker.lookup = function (text) {
      if (!text.trim()) { return Promise.resolve([]); }
      return get(box.dataset.search, text).then(function (answer) {
        var taken = chosen.map(function (t) { return t.name.toLowerCase(); });
        var options = answer.matches.filter(function (m) { return taken.indexOf(m.name.toLowerCase()) < 0; })
          .map(function (m) { return { text: m.name, item: m }; });
        if (answer.create && taken.indexOf(answer.create.toLowerCase()) < 0) {
          options.push({ text: 'Buat topik baru: ' + answer.create, item: { name: answer.create, make: true },
            create: true });
        }
        return options;
      });
    };
    draw();
    return picker;
  }

  function get(url, text) {
    return fetch(url + '?q=' + encodeURIComponent(text), {
      credentials: 'same-origin', headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    });
  }

  // an ARIA 1.2 combobox with a list box, and the chips of what is chosen
  function combobox(box, name, label, choose) {
    var list = document.createElement('ul');
    list.className = 'chips';
    var input = document.createElement('input');
    input.id = name + '-search';
    input.type = 'text';
    input.autocomplete = 'off';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', name + '-options');
    input.placeholder = 'Ketik untuk mencari';
    label.htmlFor = input.id;
    label.removeAttribute('id');
    var options = document.createElement('ul');
    options.id = name + '-options';
    options.className = 'options';
    options.setAttribute('role', 'listbox');
    options.setAttribute('aria-label', label.textContent);
    options.hidden = true;
    var status = document.createElement('p');
    status.className = 'hint';
    status.setAttribute('role', 'status');
    label.after(list, input, options, status);
    var shown = [];
    var active = -1;
    var timer = null;
    var picker = { input: input, lookup: null, say: function (text) { status.textContent = text; } };

    picker.chips = function (chips) {
      list.replaceChildren.apply(list, chips.map(function (chip) {
        var entry = document.createElement('li');
        var text = document.createElement('span');
        text.textContent = chip.text;
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'secondary chip-remove';
        remove.textContent = '×';
        remove.setAttribute('aria-label', 'Hapus ' + chip.text);
        remove.addEventListener('click', function () { chip.remove(); input.focus(); });
        entry.append(text, remove);
        return entry;
      }));
    };

    function close() {
      options.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function mark(index) {
      active = index;
      Array.prototype.forEach.call(options.children, function (li, i) {
        li.setAttribute('aria-selected', String(i === index));
      });
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options.children[index].id);
        options.children[index].scrollIntoView({ block: 'nearest' });
      }
    }

    function pick(index) {
      var option = shown[index];
      if (!option) { return; }
      input.value = '';
      status.textContent = '';
      close();
      choose(option.item);
      input.focus();
    }

    function search() {
      var text = input.value;
      picker.lookup(text).then(function (found) {
        if (input.value !== text) { return; }
        shown = found;
        options.replaceChildren.apply(options, found.map(function (option, i) {
          var li = document.createElement('li');
          li.id = name + '-option-' + i;
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', 'false');
          if (option.item.id) { li.dataset.id = option.item.id; }
          li.textContent = option.text;
          if (option.create) { li.className = 'create'; }
          // a press on an option must not take the focus away before the click chooses it
          li.addEventListener('mousedown', function (event) { event.preventDefault(); });
          li.addEventListener('click', function () { pick(i); });
          return li;
        }));
        options.hidden = !found.length;
        input.setAttribute('aria-expanded', String(found.length > 0));
        status.textContent = found.length || !text.trim() ? '' : 'Tidak ada yang cocok.';
        active = -1;
      }).catch(function () { status.textContent = 'Daftar tidak bisa dimuat. Coba lagi.'; });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    input.addEventListener('focus', function () { if (!input.value) { search(); } });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && shown.length) {
        event.preventDefault();
        if (options.hidden) { options.hidden = false; input.setAttribute('aria-expanded', 'true'); }
        mark(Math.min(active + 1, shown.length - 1));
      } else if (event.key === 'ArrowUp' && shown.length) {
        event.preventDefault();
        mark(Math.max(active - 1, 0));
      } else if (event.key === 'Enter') {
        // Enter chooses the marked option, or else the first one the site has; it never submits the form from here
        // and never makes a topic that was not marked
        event.preventDefault();
        if (options.hidden) { return; }
        if (active >= 0) { pick(active); } else if (shown.length && !shown[0].create) { pick(0); }
      } else if (event.key === 'Escape') {
        close();
      }
    });
    return picker;
  }
});
