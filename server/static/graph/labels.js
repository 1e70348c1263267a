/* Readable node labels for the /graph view (cytoscape.js), without moving any node.
 *
 * - Labels keep one size on screen at every zoom (font-size and wrap width are divided by the zoom),
 *   are cut with an ellipsis at a fixed width and sit on a white background.
 * - Which labels are drawn is decided after every zoom or pan: nodes in priority order (the hovered or
 *   selected node, then its neighbours, then by degree); each label is tried at eight spots around its
 *   node and drawn at the first that meets no label already drawn and no node as connected as its own.
 *   The hubs' labels are drawn at the first, fitted view; the others appear as one zooms in.
 * - Hovering or selecting a node draws its label in full and its neighbours' labels (wherever there is
 *   no room, too), the labels of its edges, and fades the rest.
 * Hidden labels keep their text (for bounding boxes) and get the class "quiet" (text-opacity 0).
 */
(function () {
  var GAP = 3;  // screen pixels kept between two labels

  function styles() {
    return [
      {selector: "node", style: {"label": "data(label)", "text-wrap": "ellipsis", "text-valign": "bottom",
        "text-margin-y": 2, "color": "#1d2433", "text-background-color": "#ffffff",
        "text-background-opacity": 0.85, "text-background-padding": 1, "text-background-shape": "roundrectangle",
        "min-zoomed-font-size": 0}},
      {selector: "node.quiet", style: {"text-opacity": 0, "text-background-opacity": 0}},
      {selector: "node.focus", style: {"text-wrap": "wrap", "font-weight": "bold", "z-index": 20}},
      {selector: "node.near", style: {"z-index": 10}},
      {selector: ".faded", style: {"opacity": 0.25}},
      {selector: "edge", style: {"label": "", "font-size": 11, "color": "#4a5568", "text-background-color": "#ffffff",
        "text-background-opacity": 0.85, "text-rotation": "autorotate", "min-zoomed-font-size": 0}},
      {selector: "edge.near", style: {"label": "data(label)", "line-color": "#6b778c", "z-index": 10}}
    ];
  }

  function box(n) {
    return n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true});
  }

  function meets(a, b) {
    return a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;
  }

  function onScreen(b, w, h) {
    return b.x2 > 0 && b.y2 > 0 && b.x1 < w && b.y1 < h;
  }

  function install(cy, options) {
    var px = (options && options.fontPx) || function () { return 11; };
    var width = (options && options.maxWidthPx) || 130;
    var focus = cy.collection(), scheduled = false;

    function scale() {
      var z = cy.zoom();
      cy.nodes().forEach(function (n) {
        n.style({"font-size": px(n) / z, "text-max-width": (n.hasClass("focus") ? 1.5 * width : width) / z,
                 "text-background-padding": 1 / z});
      });
      cy.edges(".near").style({"font-size": px(null) / z, "text-background-padding": 1 / z});
    }

    function order() {
      var near = focus.neighborhood().nodes();
      return cy.nodes().filter(function (n) { return n.visible(); }).sort(function (a, b) {
        var ra = focus.contains(a) ? 0 : near.contains(a) ? 1 : 2, rb = focus.contains(b) ? 0 : near.contains(b) ? 1 : 2;
        return ra - rb || b.degree(false) - a.degree(false) || a.data("label").length - b.data("label").length;
      });
    }

    // where a label may go around its node, tried in this order (screen pixels from the node's box)
    var SPOTS = [
      {at: function (nb, w, h) { return [(nb.x1 + nb.x2 - w) / 2, nb.y2 + 2]; }, valign: "bottom", halign: "center", mx: 0, my: 2},
      {at: function (nb, w, h) { return [(nb.x1 + nb.x2 - w) / 2, nb.y1 - 2 - h]; }, valign: "top", halign: "center", mx: 0, my: -2},
      {at: function (nb, w, h) { return [nb.x2 + 2, (nb.y1 + nb.y2 - h) / 2]; }, valign: "center", halign: "right", mx: 2, my: 0},
      {at: function (nb, w, h) { return [nb.x1 - 2 - w, (nb.y1 + nb.y2 - h) / 2]; }, valign: "center", halign: "left", mx: -2, my: 0},
      {at: function (nb, w, h) { return [nb.x2, nb.y2]; }, valign: "bottom", halign: "right", mx: 0, my: 0},
      {at: function (nb, w, h) { return [nb.x1 - w, nb.y2]; }, valign: "bottom", halign: "left", mx: 0, my: 0},
      {at: function (nb, w, h) { return [nb.x2, nb.y1 - h]; }, valign: "top", halign: "right", mx: 0, my: 0},
      {at: function (nb, w, h) { return [nb.x1 - w, nb.y1 - h]; }, valign: "top", halign: "left", mx: 0, my: 0}
    ];

    function body(n) {
      return n.renderedBoundingBox({includeNodes: true, includeEdges: false, includeLabels: false});
    }

    function spot(n, drawn, bodies, w, h, forced) {  // the first spot of n's label clear of labels and nodes, or null
      var b = box(n), lw = b.x2 - b.x1, lh = b.y2 - b.y1, nb = body(n);
      var free = function (c) {
        return !drawn.some(function (d) { return meets(c, d); }) &&
          !bodies.some(function (d) { return d.x1 < c.x2 && c.x1 < d.x2 && d.y1 < c.y2 && c.y1 < d.y2; });
      };
      for (var i = 0; i < SPOTS.length; i++) {
        var xy = SPOTS[i].at(nb, lw, lh), c = {x1: xy[0], y1: xy[1], x2: xy[0] + lw, y2: xy[1] + lh};
        if (onScreen(c, w, h) && free(c)) { return {spot: SPOTS[i], box: c}; }
      }
      return forced ? {spot: SPOTS[0], box: b} : null;
    }

    function place() {
      scheduled = false;
      var w = cy.width(), h = cy.height(), z = cy.zoom(), drawn = [];
      cy.batch(function () {
        scale();
        var nodes = order(), bodies = nodes.map(body), named = focus.closedNeighborhood().nodes();
        nodes.forEach(function (n, i) {  // a label may cover nodes less connected than its own, no other
          var d = n.degree(false), above = bodies.filter(function (_, j) { return j !== i && nodes[j].degree(false) >= d; });
          var found = spot(n, drawn, above, w, h, named.contains(n));
          n.toggleClass("quiet", !found);
          if (!found) { return; }
          drawn.push(found.box);
          n.style({"text-valign": found.spot.valign, "text-halign": found.spot.halign,
                   "text-margin-x": found.spot.mx / z, "text-margin-y": found.spot.my / z});
        });
      });
      cy.container().dataset.labelsShown = String(drawn.length);
    }

    function later() {
      if (!scheduled) { scheduled = true; window.requestAnimationFrame(place); }
    }

    function setFocus(nodes) {
      cy.batch(function () {
        cy.elements().removeClass("focus near faded");
        focus = nodes;
        if (nodes.length) {
          var hood = nodes.closedNeighborhood();
          nodes.addClass("focus");
          hood.difference(nodes).addClass("near");
          nodes.connectedEdges().addClass("near");
          cy.elements().difference(hood).addClass("faded");
        }
      });
      place();
    }

    cy.on("viewport resize layoutstop", later);
    cy.on("mouseover", "node", function (e) { setFocus(e.target); });
    cy.on("mouseout", "node", function () { setFocus(cy.nodes(":selected")); });
    cy.on("select unselect", "node", function () { setFocus(cy.nodes(":selected")); });
    place();
    return {place: place, focus: setFocus};
  }

  // the page appends styles() to its own stylesheet, then calls install(cy)
  window.wsisLabels = {styles: styles, install: install};
})();
