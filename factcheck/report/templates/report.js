(function () {
  "use strict";
  // Figures: pointing at a mark (hover, focus or click) shows its claim's quote and
  // article below the chart and highlights its row in the figure's table.
  var figures = document.querySelectorAll("section.figure");
  function show(figure, mark) {
    var id = mark.getAttribute("data-claim");
    var rows = figure.querySelectorAll("tr[data-claim]");
    var row = null;
    for (var i = 0; i < rows.length; i++) {
      var on = rows[i].getAttribute("data-claim") === id;
      rows[i].classList.toggle("active", on);
      if (on) { row = rows[i]; }
    }
    var marks = figure.querySelectorAll("g.mark");
    for (var j = 0; j < marks.length; j++) {
      marks[j].classList.toggle("active", marks[j] === mark);
    }
    var detail = figure.querySelector(".figure-detail");
    if (!detail || !row) { return; }
    var cells = row.querySelectorAll("td");
    while (detail.firstChild) { detail.removeChild(detail.firstChild); }
    var value = document.createElement("span");
    value.className = "detail-value";
    value.textContent = cells[1].textContent + " ";
    var quote = document.createElement("q");
    quote.className = "detail-quote";
    quote.textContent = cells[4].textContent;
    var where = document.createElement("span");
    where.className = "detail-article";
    var when = cells[0].textContent;
    where.textContent = " in " + cells[3].textContent + " (" + cells[2].textContent +
      (when === "undated" ? ", undated)" : ", as of " + when + ")");
    detail.appendChild(value);
    detail.appendChild(quote);
    detail.appendChild(where);
  }
  function wire(figure) {
    var marks = figure.querySelectorAll("g.mark");
    for (var i = 0; i < marks.length; i++) {
      (function (mark) {
        var handler = function () { show(figure, mark); };
        mark.addEventListener("mouseenter", handler);
        mark.addEventListener("focus", handler);
        mark.addEventListener("click", handler);
      })(marks[i]);
    }
  }
  for (var f = 0; f < figures.length; f++) { wire(figures[f]); }
  document.documentElement.setAttribute("data-charts", "ready");
})();
(function () {
  "use strict";
  var filter = document.getElementById("severity-filter");
  if (!filter) { return; }
  var boxes = filter.querySelectorAll("input[type=checkbox][data-severity]");
  var findings = document.querySelectorAll("section.finding[data-severity]");
  var status = document.getElementById("filter-status");
  var none = document.getElementById("filter-none");
  function apply() {
    var shown = {};
    for (var i = 0; i < boxes.length; i++) {
      shown[boxes[i].getAttribute("data-severity")] = boxes[i].checked;
    }
    var visible = 0;
    for (var j = 0; j < findings.length; j++) {
      var on = shown[findings[j].getAttribute("data-severity")] === true;
      findings[j].hidden = !on;
      if (on) { visible += 1; }
    }
    if (status) {
      status.textContent = visible + " of " + findings.length + " shown";
    }
    if (none) { none.hidden = !(findings.length > 0 && visible === 0); }
  }
  for (var k = 0; k < boxes.length; k++) {
    boxes[k].addEventListener("change", apply);
  }
  var all = document.getElementById("filter-all");
  if (all) {
    all.addEventListener("click", function () {
      for (var m = 0; m < boxes.length; m++) { boxes[m].checked = true; }
      apply();
    });
  }
  filter.hidden = false;
  document.documentElement.setAttribute("data-filter", "ready");
  apply();
})();
