// The static pages' editor: the stories' TinyMCE, with the same blocks, and the same allow-list on the server.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.tinymce) { return; }
  tinymce.init({
    selector: 'textarea.rich',
    base_url: '/webjars/tinymce',
    suffix: '.min',
    promotion: false,
    branding: false,
    menubar: false,
    language: 'id',
    statusbar: false,
    plugins: 'link lists autolink',
    toolbar: 'blocks | bold italic | link blockquote bullist numlist | undo redo',
    block_formats: 'Paragraf=p; Subjudul=h2; Sub-subjudul=h3',
    relative_urls: false,
    convert_urls: false,
    setup: function (editor) {
      editor.on('change input', function () { editor.save(); });
    }
  });
});
