// Progressive enhancement: move focus to the error summary or the confirmation.
(function () {
  "use strict";
  var target = document.querySelector("[data-error-summary]") || document.querySelector("[data-focus-on-load]");
  if (target) target.focus();
})();
