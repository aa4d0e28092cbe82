// The article page's few behaviours, none of which loads anything from another site by itself: the video player
// from youtube-nocookie.com only once the reader presses play, the photo story's arrow keys, "copy link" and the
// browser's own share sheet. Without JavaScript the page is whole: a link to the video, the pictures one under
// another, and plain share links.
(function () {
  document.querySelectorAll('.video-frame').forEach(function (frame) {
    var play = frame.querySelector('.video-play');
    play.hidden = false;
    play.addEventListener('click', function () {
      var player = document.createElement('iframe');
      player.src = frame.dataset.embed;
      player.title = frame.dataset.title;
      player.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      player.allowFullscreen = true;
      player.referrerPolicy = 'strict-origin-when-cross-origin';
      frame.replaceChildren(player);
      player.focus();
    });
  });

  document.querySelectorAll('.gallery').forEach(function (gallery) {
    gallery.addEventListener('keydown', function (event) {
      var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      var current = event.target.closest('.gallery-picture');
      if (!step || !current) { return; }
      var next = step > 0 ? current.nextElementSibling : current.previousElementSibling;
      if (next) {
        event.preventDefault();
        next.focus();
        next.scrollIntoView({ block: 'start' });
      }
    });
  });

  document.querySelectorAll('.share-copy').forEach(function (copy) {
    copy.addEventListener('click', function (event) {
      if (!navigator.clipboard) { return; }
      event.preventDefault();
      navigator.clipboard.writeText(copy.href).then(function () { copy.textContent = copy.dataset.copied; });
    });
  });

  document.querySelectorAll('.share-native').forEach(function (share) {
    if (!navigator.share) { return; }
    share.hidden = false;
    share.addEventListener('click', function () {
      navigator.share({ title: share.dataset.title, url: share.dataset.url }).catch(function () {});
    });
  });
})();
