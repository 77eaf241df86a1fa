// Registers the service worker (sw.js, written by `xtask build-site`) once
// the page has loaded, and offers a new version when one is waiting. A
// static file, so the CSP's script-src 'self' allows it: no inline script,
// and the banner is built with DOM methods and textContent only.
//
// A waiting version takes over only when the user asks (the banner's
// button) or, as browsers do, once every tab of the old one is closed.
// Local storage (drafts, preferences) is never touched by an update.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) {
    return;
  }
  var TEXT = {
    vi: ['Đã có phiên bản mới của trang.', 'Dùng bản mới'],
    en: ['A new version of this page is ready.', 'Use the new version'],
  };
  // The sub-path the site is deployed under, from <base href>.
  var base = document.baseURI;
  var accepted = false;

  function offer(registration) {
    var waiting = registration.waiting;
    // A waiting worker beside an active one is an update; a first install
    // does not wait.
    if (!waiting || !registration.active || document.getElementById('update-banner')) {
      return;
    }
    var text = TEXT[document.documentElement.lang === 'en' ? 'en' : 'vi'];
    var banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
    var message = document.createElement('span');
    message.textContent = text[0];
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = text[1];
    button.addEventListener('click', function () {
      accepted = true;
      button.disabled = true;
      (registration.waiting || waiting).postMessage({ type: 'skip-waiting' });
    });
    // The live region is in the page before its text, so it is announced.
    document.body.appendChild(banner);
    setTimeout(function () {
      banner.append(message, ' ', button);
    }, 50);
  }

  function watch(registration, worker) {
    if (worker) {
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed') {
          offer(registration);
        }
      });
    }
  }

  // The new worker controls the page: reload once, with the new version.
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (accepted) {
      accepted = false;
      location.reload();
    }
  });

  function register() {
    navigator.serviceWorker
      .register(new URL('sw.js', base).href, { scope: new URL('./', base).href })
      .then(function (registration) {
        offer(registration);
        watch(registration, registration.installing);
        registration.addEventListener('updatefound', function () {
          watch(registration, registration.installing);
        });
      })
      .catch(function (error) {
        // The site still works online; it just has no offline copy.
        console.warn('giamngheo: no offline copy:', error);
      });
  }

  // After the page's own downloads: precaching must not slow a first visit.
  if (document.readyState === 'complete') {
    register();
  } else {
    window.addEventListener('load', register);
  }
})();
