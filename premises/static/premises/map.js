// Premises map: progressive enhancement beside the list of spaces.
// Nothing is loaded from a map service until the visitor presses "Show map".
(function () {
  "use strict";

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (window.L) return resolve();
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function loadStylesheet(href) {
    if (document.querySelector('link[href="' + href + '"]')) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.appendChild(link);
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function showError(container, message) {
    var note = document.createElement("p");
    note.className = "premises-map__error";
    note.setAttribute("role", "status");
    note.textContent = message;
    container.appendChild(note);
  }

  document.querySelectorAll("[data-premises-map]").forEach(function (container) {
    var button = container.querySelector("[data-premises-map-open]");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      button.disabled = true;
      loadStylesheet(container.dataset.leafletCss);
      Promise.all([
        loadScript(container.dataset.leafletJs),
        fetch(container.dataset.geojson, { headers: { Accept: "application/geo+json" } }).then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        }),
      ])
        .then(function (results) {
          var data = results[1];
          var canvas = document.createElement("div");
          canvas.className = "premises-map__canvas";
          canvas.setAttribute("role", "region");
          canvas.setAttribute("aria-label", container.dataset.label);
          container.appendChild(canvas);
          button.remove();
          var map = window.L.map(canvas, { scrollWheelZoom: false });
          window.L.tileLayer(container.dataset.tileUrl, {
            maxZoom: 18,
            attribution: container.dataset.attribution,
          }).addTo(map);
          var layer = window.L.geoJSON(data, {
            pointToLayer: function (feature, latlng) {
              return window.L.marker(latlng, { alt: feature.properties.title, title: feature.properties.title });
            },
            onEachFeature: function (feature, marker) {
              var p = feature.properties;
              marker.bindPopup(
                '<a href="' + escapeHtml(p.url) + '">' + escapeHtml(p.title) + "</a><br>" +
                  escapeHtml(p.street_address) + ", " + escapeHtml(p.town)
              );
            },
          }).addTo(map);
          var bounds = layer.getBounds();
          if (bounds.isValid()) {
            map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
          } else {
            map.setView([61.5, 23.8], 9);
          }
        })
        .catch(function () {
          button.disabled = false;
          showError(container, container.dataset.error);
        });
    });
  });
})();
