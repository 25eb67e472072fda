// Progressive enhancement of the share box: copy the link, or open the device's share sheet.
// The page, and its plain share links, work without this script.
(function () {
  "use strict";
  var copy = document.querySelector("[data-copy-link]");
  if (copy && navigator.clipboard) {
    copy.parentElement.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-copy-link")).then(function () {
        copy.textContent = copy.getAttribute("data-copied");
      });
    });
  }
  var native = document.querySelector("[data-share-url]");
  if (native && navigator.share) {
    native.parentElement.hidden = false;
    native.addEventListener("click", function () {
      navigator.share({
        title: native.getAttribute("data-share-title"),
        url: native.getAttribute("data-share-url")
      }).catch(function () { /* the reader closed the sheet */ });
    });
  }
})();
