// Preview only: reloads the page once the server has rebuilt it after a save. The page asks for its own headers
// twice a second and compares its ETag (a digest of its bytes) with the one it was shown with.
(() => {
  const etag = () => fetch(location.pathname, { method: 'HEAD', cache: 'no-store' })
    .then((response) => response.headers.get('ETag'));
  etag().then((shown) => {
    setInterval(() => etag().then((now) => {
      if (now && now !== shown) location.reload();
    }).catch(() => {}), 500);
  }).catch(() => {});
})();
