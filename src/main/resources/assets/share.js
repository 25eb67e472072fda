// Progressive enhancement of the share box: copy the link, or open the device's share sheet.
// The page, and its plain share links, work without this script.
(function () {
  "use strict";
  // The result is said in a role="status" region, so a screen reader announces it without moving the focus,
  // and cleared after a few seconds, so that the next press is announced again.
  var copy = document.querySelector("[data-copy-link]");
  var status = document.querySelector("[data-copy-status]");
  if (copy && status && navigator.clipboard) {
    copy.parentElement.hidden = false;
    var timer;
    var say = function (text) {
      clearTimeout(timer);
      status.textContent = text;
      timer = setTimeout(function () { status.textContent = ""; }, 4000);
    };
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-copy-link")).then(function () {
        say(copy.getAttribute("data-copied"));
      }, function () {
        say(copy.getAttribute("data-copy-failed"));
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

// Where the reader left off: the last turn that reached the top part of the screen, kept in this browser's
// localStorage only (nothing is sent anywhere). On a later visit without a #fragment, 「続きから読む」 jumps there.
(function () {
  "use strict";
  var turns = document.querySelectorAll(".turn[id]");
  var resume = document.querySelector("[data-resume]");
  if (!turns.length || !resume || !("IntersectionObserver" in window)) {
    return;
  }
  var key = "zadankai:last-turn:" + location.pathname;
  var store;
  try {
    store = window.localStorage;
    store.getItem(key);
  } catch (e) {
    return; // storage refused (private mode, settings): the page reads as before
  }
  var saved = store.getItem(key);
  if (saved && !location.hash && saved !== turns[0].id && document.getElementById(saved)) {
    resume.setAttribute("href", "#" + saved);
    resume.parentElement.hidden = false;
    resume.addEventListener("click", function () {
      resume.parentElement.hidden = true;
    });
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        store.setItem(key, entry.target.id);
      }
    });
  }, { rootMargin: "0px 0px -60% 0px" });
  turns.forEach(function (turn) {
    observer.observe(turn);
  });
})();
