// What a writer needs to see while typing: the body's word count, the headline and SEO lengths against the usual
// limits (shown, never blocking), and how the story would look as a search result.
window.RedaksiCounters = (function () {
  var limits = { title: 100, seoTitle: 60, seoDescription: 160 };
  var counters = {};
  var words, preview;

  function counter(id) {
    var field = document.getElementById(id);
    if (!field) { return; }
    var line = document.createElement('p');
    line.className = 'hint counter';
    line.id = 'count-' + id;
    field.setAttribute('aria-describedby', line.id);
    field.insertAdjacentElement('afterend', line);
    counters[id] = { field: field, line: line };
  }

  function plain(html) {
    var scratch = document.createElement('div');
    scratch.innerHTML = html;
    return scratch.textContent || '';
  }

  function update() {
    Object.keys(counters).forEach(function (id) {
      var c = counters[id];
      var length = c.field.value.length;
      c.line.textContent = length + ' / ' + limits[id] + ' karakter' + (length > limits[id] ? ' (terlalu panjang)' : '');
      c.line.classList.toggle('over', length > limits[id]);
    });
    var body = document.getElementById('body');
    if (words && body) {
      var count = plain(body.value).split(/\s+/).filter(function (w) { return w.length; }).length;
      words.textContent = count + ' kata';
    }
    if (preview) {
      var title = value('seoTitle') || value('title') || '(tanpa judul)';
      var description = value('seoDescription') || value('lead');
      preview.querySelector('.serp-title').textContent = title.length > 60 ? title.slice(0, 59) + '…' : title;
      preview.querySelector('.serp-description').textContent =
        description.length > 160 ? description.slice(0, 159) + '…' : description;
    }
  }

  function value(id) {
    var field = document.getElementById(id);
    return field ? field.value.trim() : '';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('story-form');
    if (!form) { return; }
    counter('title');
    counter('seoTitle');
    counter('seoDescription');
    var body = document.getElementById('body');
    if (body) {
      words = document.createElement('p');
      words.className = 'hint counter';
      words.id = 'count-body';
      words.setAttribute('aria-live', 'polite');
      body.insertAdjacentElement('afterend', words);
    }
    var description = document.getElementById('seoDescription');
    if (description) {
      preview = document.createElement('section');
      preview.className = 'serp-preview';
      preview.setAttribute('aria-label', 'Pratinjau hasil pencarian');
      var heading = document.createElement('p');
      heading.className = 'hint';
      heading.textContent = 'Pratinjau di hasil pencarian';
      var address = document.createElement('p');
      address.className = 'serp-address';
      address.textContent = form.dataset.address || '';
      var title = document.createElement('p');
      title.className = 'serp-title';
      var text = document.createElement('p');
      text.className = 'serp-description';
      preview.append(heading, address, title, text);
      document.getElementById('count-seoDescription').insertAdjacentElement('afterend', preview);
    }
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    update();
  });

  return { update: update };
})();
