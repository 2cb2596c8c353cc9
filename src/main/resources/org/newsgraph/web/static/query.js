// Starts YASGUI on the query page. Nothing is inline (the pages' content security policy allows scripts of the
// site alone): the endpoint comes from the page's data-endpoint attribute, the query from the page's address
// (?query=…), and the address is kept up to date with the query run, so that it can be shared.
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  if (!root || typeof Yasgui === "undefined") return;
  var endpoint = new URL(root.getAttribute("data-endpoint"), window.location.href).href;
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  yasgui.on("query", function (instance, tab) {
    var address = new URL(window.location.href);
    address.searchParams.set("query", tab.getQuery());
    address.hash = "";
    window.history.replaceState(null, "", address.href);
  });
})();
