// A copy of the story form in this browser's localStorage, so that a failed save, an expired session or a closed
// tab never takes the text with it. Shared by the editor page and the page of an unsaved form.
window.RedaksiDrafts = (function () {
  function key(form) {
    var path = new URL(form.action, location.href).pathname.split('/');
    return 'redaksi:naskah:' + path[2] + ':' + (path[4] || 'baru');
  }
  function fields(form) {
    var list = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && name !== 'langkah') { list.push([name, String(value)]); }
    });
    return list;
  }
  function keep(form) {
    try {
      localStorage.setItem(key(form), JSON.stringify({ at: Date.now(), fields: fields(form) }));
    } catch (e) { /* storage full or off: the server copy still counts */ }
  }
  function kept(form) {
    try { return JSON.parse(localStorage.getItem(key(form)) || 'null'); } catch (e) { return null; }
  }
  function forget(form) {
    try { localStorage.removeItem(key(form)); } catch (e) { /* nothing kept */ }
  }
  function restore(form, copy) {
    var seen = {};
    copy.fields.forEach(function (pair) {
      var all = form.elements.namedItem(pair[0]);
      if (!all && window.RedaksiGallery && window.RedaksiGallery.grow(pair[0])) { all = form.elements.namedItem(pair[0]); }
      if (!all) { return; }
      var list = all.length !== undefined && !all.tagName ? all : [all];
      var i = seen[pair[0]] || 0;
      seen[pair[0]] = i + 1;
      var field = list[i];
      if (!field) { return; }
      field.value = pair[1];
      if (field.id === 'body' && window.tinymce && tinymce.get('body')) { tinymce.get('body').setContent(pair[1]); }
    });
  }
  function csrf(form) {
    var token = form.querySelector('input[name=_csrf]');
    return token ? token.value : '';
  }
  function setCsrf(token) {
    document.querySelectorAll('input[name=_csrf]').forEach(function (input) { input.value = token; });
  }
  function time(ms) {
    var d = new Date(ms);
    return String(d.getHours()).padStart(2, '0') + '.' + String(d.getMinutes()).padStart(2, '0');
  }
  return { key: key, keep: keep, kept: kept, forget: forget, restore: restore, csrf: csrf, setCsrf: setCsrf, time: time };
})();
