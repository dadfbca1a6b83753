// Progressive enhancement only: the site works without JavaScript.
(function () {
  "use strict";

  // Mobile menu: a disclosure button that shows and hides the main menu.
  var toggle = document.querySelector(".menu-toggle");
  var menu = document.getElementById("main-menu");
  if (toggle && menu) {
    toggle.hidden = false;
    document.documentElement.classList.add("has-menu-toggle");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      menu.classList.toggle("is-open", !open);
    });
  }

  // Embeds load only after the visitor asks: no third-party cookies before consent.
  document.querySelectorAll("[data-consent-embed]").forEach(function (container) {
    var button = container.querySelector("[data-consent-embed-load]");
    var template = container.querySelector("template");
    if (!button || !template) return;
    button.addEventListener("click", function () {
      var frame = document.createElement("div");
      frame.className = "consent-embed__content";
      frame.appendChild(template.content.cloneNode(true));
      container.replaceWith(frame);
    });
  });
})();
