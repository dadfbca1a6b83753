// Wagtail's chooser widgets open filtered to the edited page's or snippet's locale
// (ACTIVE_CONTENT_LOCALE), but the rich text editor's link chooser opens the page
// chooser without it. Add it there too; the locale stays changeable in the modal.
(() => {
  const config = document.getElementById("wagtail-config");
  const locale = config && JSON.parse(config.textContent).ACTIVE_CONTENT_LOCALE;
  const pageChooserUrl = document.currentScript.dataset.pageChooserUrl;
  const openModal = window.ModalWorkflow;
  if (!locale || !pageChooserUrl || typeof openModal !== "function") return;

  window.ModalWorkflow = (options) => {
    const params = options.urlParams || {};
    if (options.url === pageChooserUrl && !params.locale) {
      return openModal({ ...options, urlParams: { ...params, locale } });
    }
    return openModal(options);
  };
})();
