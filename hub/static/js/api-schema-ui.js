// Swagger UI for /api/schema/, from a file so the strict script policy allows it.
(function () {
  var element = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: element.dataset.schemaUrl, dom_id: "#swagger-ui", deepLinking: true });
})();
