// Rich-text editing for the story body. Without JavaScript the textarea still holds plain HTML.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.tinymce) { return; }
  var site = location.pathname.split('/')[2];
  tinymce.init({
    selector: 'textarea.rich',
    base_url: '/webjars/tinymce',
    suffix: '.min',
    promotion: false,
    branding: false,
    menubar: false,
    plugins: 'link lists image autolink',
    toolbar: 'blocks | bold italic | link blockquote bullist numlist | image | undo redo',
    block_formats: 'Paragraf=p; Subjudul=h2; Sub-subjudul=h3',
    image_list: '/redaksi/' + site + '/media.json',
    image_dimensions: false,
    relative_urls: false,
    convert_urls: false,
    readonly: document.querySelector('#story-form fieldset[disabled]') !== null,
    setup: function (editor) {
      editor.on('change input', function () { editor.save(); });
    }
  });
});
