// Starts the first API reads while the app's code loads (src/api/boot.ts takes them; failures fall back). A file of
// its own rather than inline in index.html: the Content-Security-Policy runs no inline script (ADR 009).
(function () {
  var get = function (url) { return fetch(url, { headers: { Accept: 'application/json' } }); };
  var boot = { workspaces: get('/api/workspaces') };
  var m = /^\/maps\/([^/]+)\/?$/.exec(location.pathname);
  if (m) {
    var id = decodeURIComponent(m[1]);
    boot.map = {
      id: id,
      response: boot.workspaces
        .then(function (r) { return r.ok ? r.clone().json() : Promise.reject(new Error('workspaces ' + r.status)); })
        .then(function (list) { return get('/api/workspaces/' + encodeURIComponent(list[0].id) + '/maps/' + encodeURIComponent(id)); }),
    };
    boot.map.response.catch(function () {});
  }
  window.__waymarkBoot = boot;
})();
