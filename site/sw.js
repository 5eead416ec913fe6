var SITE = {"hash":"efd6721b033e07e7","files":["decision.html","index.html","tutorial.html","tutorial.pdf","manifest.webmanifest","icon-192.png","icon-512.png","icon-maskable-512.png"]};
/* Service worker of the site (sw.js), installed by the decision page (or the list of a site of
 * several) only when the site is served over http(s): the pages a proctor opens then work in
 * airplane mode, and they are never stale when the network is there.
 *
 * The build writes, above this text, "var SITE = {...}": the cache name (named after the hash of
 * the files' bytes, so a new build is a new cache) and the files to keep, relative to this
 * worker's folder: of each procedure, decision.html, index.html, tutorial.html and tutorial.pdf
 * (and the list of a site of several), then the manifest and the icons.
 *   - install: keep a fresh copy of every file, then take over at once;
 *   - activate: delete this site's older caches;
 *   - fetch: those files network first (revalidated, so a rebuilt site shows at the first online
 *     reload), the kept copy when the network fails. Anything else is the browser's business.
 * Plain ES2017, no library.
 */
'use strict';

var scope = self.registration.scope;
var cacheName = 'procsite:' + scope + ':' + SITE.hash;
var kept = SITE.files.map(function (name) {
  return new URL(name, scope).href;
});

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(cacheName).then(function (cache) {
    return cache.addAll(kept.map(function (url) {
      return new Request(url, { cache: 'reload' });
    }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('procsite:' + scope + ':') === 0 && name !== cacheName;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  url.hash = '';
  url.search = '';
  if (request.method !== 'GET' || kept.indexOf(url.href) < 0) {
    return;
  }
  event.respondWith(fetch(url.href, { cache: 'no-cache', credentials: 'same-origin' }).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      event.waitUntil(caches.open(cacheName).then(function (cache) {
        return cache.put(url.href, copy);
      }));
    }
    return response;
  }, function () {
    return caches.open(cacheName).then(function (cache) {
      return cache.match(url.href);
    }).then(function (response) {
      return response || Response.error();
    });
  }));
});
