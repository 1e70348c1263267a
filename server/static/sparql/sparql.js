// The wsis-kg query page: plain JavaScript, no external assets.
(function () {
  "use strict";
  var endpoint = document.getElementById("endpoint-url").textContent.trim();
  var queries = JSON.parse(document.getElementById("named-queries").textContent);
  var formats = JSON.parse(document.getElementById("formats").textContent);
  var editor = document.getElementById("query");
  var statusEl = document.getElementById("status");
  var resultsEl = document.getElementById("results");
  var downloadsEl = document.getElementById("downloads");

  function queryForm(text) {
    // strip comments, strings and IRIs, then find the first form keyword
    var t = text.replace(/#[^\n]*/g, " ").replace(/"[^"]*"|'[^']*'|<[^<>\s]*>/g, " ");
    var m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(t);
    return m ? m[1].toUpperCase() : "SELECT";
  }

  function queryUrl(fmt, download) {
    var url = endpoint + "?query=" + encodeURIComponent(editor.value) + "&format=" + encodeURIComponent(fmt);
    if (download) { url += "&download=results"; }
    return url;
  }

  function updateDownloads() {
    var form = queryForm(editor.value);
    var list = form === "SELECT" ? formats.select : form === "ASK" ? formats.ask : formats.graph;
    downloadsEl.textContent = "";
    list.forEach(function (f) {
      var a = document.createElement("a");
      a.href = queryUrl(f.alias, true);
      a.textContent = f.label;
      a.className = "download";
      a.setAttribute("data-format", f.media);
      downloadsEl.appendChild(a);
    });
  }

  function cell(term) {
    var td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      var a = document.createElement("a");
      a.href = term.value;
      a.textContent = term.value;
      td.appendChild(a);
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.appendChild(document.createTextNode(term.value));
      var extra = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? "^^" + term.datatype.replace(/^.*[#\/]/, "") : "";
      if (extra) {
        var span = document.createElement("span");
        span.className = term["xml:lang"] ? "lang" : "dt";
        span.textContent = " " + extra;
        td.appendChild(span);
      }
    }
    return td;
  }

  function showTable(data) {
    resultsEl.textContent = "";
    if (data.warning) {
      var w = document.createElement("p");
      w.className = "warning";
      w.textContent = data.warning;
      resultsEl.appendChild(w);
    }
    if (typeof data.boolean === "boolean") {
      var p = document.createElement("p");
      p.id = "boolean-result";
      p.textContent = "Answer: " + data.boolean;
      resultsEl.appendChild(p);
      return 1;
    }
    var table = document.createElement("table");
    table.id = "results-table";
    var head = table.createTHead().insertRow();
    data.head.vars.forEach(function (v) {
      var th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    });
    var body = table.createTBody();
    data.results.bindings.forEach(function (b) {
      var tr = body.insertRow();
      data.head.vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
    });
    resultsEl.appendChild(table);
    return data.results.bindings.length;
  }

  function showText(text) {
    resultsEl.textContent = "";
    var pre = document.createElement("pre");
    pre.id = "results-text";
    pre.textContent = text;
    resultsEl.appendChild(pre);
  }

  function run() {
    var form = queryForm(editor.value);
    var graph = form === "CONSTRUCT" || form === "DESCRIBE";
    statusEl.className = "";
    statusEl.textContent = "Running...";
    var started = Date.now();
    fetch(endpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": graph ? "text/turtle" : "application/sparql-results+json"
      },
      body: "query=" + encodeURIComponent(editor.value)
    }).then(function (response) {
      return response.text().then(function (text) { return { response: response, text: text }; });
    }).then(function (r) {
      var ms = Date.now() - started;
      if (!r.response.ok) {
        var message = r.text;
        try { message = JSON.parse(r.text).error.message; } catch (e) { /* not JSON */ }
        statusEl.className = "error";
        statusEl.textContent = "Error " + r.response.status + ": " + message;
        resultsEl.textContent = "";
        return;
      }
      if (graph) {
        showText(r.text);
        statusEl.textContent = "Done in " + ms + " ms.";
      } else {
        var n = showTable(JSON.parse(r.text));
        statusEl.textContent = n + " result(s) in " + ms + " ms.";
      }
    }).catch(function (e) {
      statusEl.className = "error";
      statusEl.textContent = "Request failed: " + e;
    });
  }

  var picker = document.getElementById("examples");
  var descriptionEl = document.getElementById("example-description");
  var chosen = null;  // the named query whose text is in the editor, unedited

  function choose(name) {
    var q = queries.filter(function (x) { return x.name === name; })[0];
    if (!q) { return; }
    chosen = q;
    picker.value = q.name;
    editor.value = q.text;
    descriptionEl.textContent = q.description;
    updateDownloads();
  }

  picker.addEventListener("change", function (ev) { choose(ev.target.value); });
  editor.addEventListener("input", function () {
    // once the text is edited it is no longer the named query: its description would be stale
    if (chosen && editor.value !== chosen.text) {
      chosen = null;
      picker.value = "";
      descriptionEl.textContent = "";
    }
    updateDownloads();
  });
  var wanted = new URLSearchParams(window.location.search).get("example");
  if (wanted) { choose(wanted); }
  document.getElementById("run").addEventListener("click", run);
  editor.addEventListener("keydown", function (ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter") { run(); }
  });
  updateDownloads();
}());
