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
