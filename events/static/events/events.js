// Move focus to the registration form's error summary, so that screen readers announce it.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector("[data-focus-on-load]");
  if (summary) {
    summary.focus();
  }
});
