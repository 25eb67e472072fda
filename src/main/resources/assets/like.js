// Progressive enhancement of the スキ button: the count as text, the press without leaving the page.
// Without this script the button is a plain form, and the image inside it shows the count.
(function () {
  "use strict";
  var forms = Array.prototype.slice.call(document.querySelectorAll("form[data-like]"));
  forms = forms.filter(function (form) { return new URL(form.action).origin === location.origin; });
  if (!forms.length || !window.fetch) {
    return;
  }
  var api = forms[0].action;
  var state = null;

  function say(key) {
    forms.forEach(function (form) {
      form.querySelector("[data-like-status]").textContent = key ? form.getAttribute(key) : "";
    });
  }

  function show(next) {
    state = next;
    forms.forEach(function (form) {
      var button = form.querySelector("button");
      var count = form.querySelector("[data-like-count]");
      form.querySelector("img").hidden = true;
      count.hidden = false;
      count.textContent = next.available ? String(next.count) : "";
      button.disabled = !next.available;
      button.setAttribute("aria-pressed", String(next.liked));
    });
    say(next.available ? null : "data-unavailable");
  }

  function unavailable() {
    show({ count: 0, liked: false, available: false });
  }

  function answer(response) {
    if (response.status === 429) {
      say("data-busy");
      return null;
    }
    if (!response.ok && response.status !== 503) {
      throw new Error(String(response.status));
    }
    return response.json().then(show);
  }

  fetch(api, { headers: { Accept: "application/json" }, credentials: "same-origin" })
    .then(answer).catch(unavailable);

  forms.forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!state || !state.available) {
        return;
      }
      fetch(api, {
        method: "POST",
        credentials: "same-origin",
        headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
        body: "do=" + (state.liked ? "unlike" : "like")
      }).then(answer).catch(unavailable);
    });
  });
})();
