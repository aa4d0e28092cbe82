// Fills the site's ad slots once the page has loaded, so an ad never holds back the article. Each slot's code waits
// in a <template> (inert: nothing in it loads or runs); its scripts are made anew here, since a script copied from a
// template never runs. The page's Content-Security-Policy names the ad networks and the inline scripts' hashes.
(function () {
  function fill() {
    document.querySelectorAll('template.ad-code').forEach(function (template) {
      var space = template.parentElement.querySelector('.ad-space');
      var code = template.content.cloneNode(true);
      code.querySelectorAll('script').forEach(function (old) {
        var script = document.createElement('script');
        Array.prototype.forEach.call(old.attributes, function (a) {
          script.setAttribute(a.name, a.value);
        });
        // scripts run in the order they were pasted unless the network asked for async
        script.async = old.hasAttribute('async');
        script.text = old.text;
        old.replaceWith(script);
      });
      space.appendChild(code);
      template.remove();
    });
  }
  if (document.readyState === 'complete') {
    fill();
  } else {
    window.addEventListener('load', fill, {once: true});
  }
})();
