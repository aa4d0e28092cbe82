// The photo story's pictures on the editor: added from the picture picker, moved up or down, removed. Each change
// renumbers the fields (gallery[0].imageId, ...) so the form sends them in the order shown. Without JavaScript the
// numbered rows and one empty row are still there to type into.
(function () {
  var list = document.getElementById('gallery-items');
  var add = document.getElementById('add-gallery-picture');
  if (!list || !add) { return; }

  function renumber() {
    Array.prototype.forEach.call(list.children, function (row, i) {
      row.querySelectorAll('[data-field]').forEach(function (input) {
        input.name = 'gallery[' + i + '].' + input.dataset.field;
        input.id = 'gallery-' + i + '-' + input.dataset.field;
        input.previousElementSibling.htmlFor = input.id;
      });
    });
    list.closest('form').dispatchEvent(new Event('input', { bubbles: true }));
  }

  // a copy kept in the browser may hold more pictures than the page has rows: drafts.js asks for one more
  window.RedaksiGallery = {
    grow: function (name) {
      if (!/^gallery\[\d+\]\./.test(name)) { return false; }
      var last = list.children[list.children.length - 1];
      var row = last.cloneNode(true);
      row.querySelectorAll('input').forEach(function (input) { input.value = ''; });
      row.querySelectorAll('.field-error').forEach(function (error) { error.remove(); });
      list.append(row);
      renumber();
      return true;
    }
  };

  function empty(row) { return !row.querySelector('[data-field="imageId"]').value.trim(); }

  function append(item) {
    var rows = list.children;
    var last = rows[rows.length - 1];
    var row = empty(last) ? last : last.cloneNode(true);
    row.querySelector('[data-field="imageId"]').value = item.id;
    row.querySelector('[data-field="caption"]').value = item.caption || '';
    row.querySelector('[data-field="credit"]').value = item.credit || '';
    if (row !== last) { list.append(row); }
    renumber();
  }

  list.addEventListener('click', function (event) {
    var button = event.target.closest('[data-move]');
    if (!button) { return; }
    var row = button.closest('li');
    var move = Number(button.dataset.move);
    if (move === 0) {
      if (list.children.length > 1) { row.remove(); } else { row.querySelectorAll('input').forEach(function (i) { i.value = ''; }); }
    } else if (move < 0 && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
    } else if (move > 0 && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
    }
    renumber();
  });

  document.addEventListener('DOMContentLoaded', function () {
    list.querySelectorAll('.gallery-moves').forEach(function (p) { p.hidden = false; });
    if (list.closest('fieldset[disabled]') || !window.RedaksiPicker || !window.RedaksiPicker.available()) { return; }
    add.hidden = false;
    add.addEventListener('click', function () { window.RedaksiPicker.open(append); });
  });
})();
