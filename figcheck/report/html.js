"use strict";
// figcheck report: choose a finding to scroll every version to its evidence; filter; switch layout.
(function () {
  var versions = document.getElementById("versions");
  var panes = Array.prototype.slice.call(document.querySelectorAll(".version"));
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  var chosen = null;

  function marksOf(id, root) {
    return (root || document).querySelectorAll('.ev[data-f~="' + id + '"]');
  }

  function tabbed() {
    return versions.classList.contains("tabs");
  }

  // Scroll the pane's own text box, not the page, so every version moves at once.
  function scrollTo(pane) {
    var text = pane.querySelector(".text");
    var mark = pane.querySelector(".ev.on");
    if (!mark || !text.offsetParent) return;
    text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
    var box = pane.parentNode;
    if (pane.offsetLeft < box.scrollLeft || pane.offsetLeft + pane.offsetWidth > box.scrollLeft + box.clientWidth) {
      box.scrollLeft = pane.offsetLeft;
    }
  }

  function show(id) {
    panes.forEach(function (pane) {
      var on = pane.id === id;
      pane.classList.toggle("active", on);
    });
    tabs.forEach(function (tab) {
      tab.setAttribute("aria-selected", tab.getAttribute("data-doc") === id ? "true" : "false");
    });
    panes.forEach(scrollTo);
  }

  function choose(id) {
    chosen = id;
    document.querySelectorAll(".ev.on").forEach(function (mark) { mark.classList.remove("on"); });
    marksOf(id).forEach(function (mark) { mark.classList.add("on"); });
    findings.forEach(function (item) { item.classList.toggle("chosen", item.getAttribute("data-f") === id); });
    var active = panes.filter(function (pane) { return pane.classList.contains("active"); })[0];
    var holder = panes.filter(function (pane) { return marksOf(id, pane).length; })[0];
    if (tabbed() && holder && !(active && marksOf(id, active).length)) {
      show(holder.id);
    } else {
      panes.forEach(scrollTo);
    }
    if (window.history && history.replaceState) history.replaceState(null, "", "#" + id);
  }

  function checked(name) {
    var values = {};
    document.querySelectorAll('#filters input[name="' + name + '"]').forEach(function (box) {
      values[box.value] = box.checked;
    });
    return values;
  }

  function filter() {
    var severities = checked("severity");
    var rules = checked("rule");
    findings.forEach(function (item) {
      item.hidden = !(severities[item.getAttribute("data-severity")] && rules[item.getAttribute("data-rule")]);
    });
    document.querySelectorAll("#findings section.group").forEach(function (group) {
      group.hidden = !group.querySelector(".finding:not([hidden])");
    });
  }

  function layout() {
    var mode = document.querySelector('#layout input[name="layout"]:checked').value;
    versions.classList.toggle("tabs", mode === "tabs");
    versions.classList.toggle("side", mode !== "tabs");
    var active = panes.filter(function (pane) { return pane.classList.contains("active"); })[0];
    show(active ? active.id : panes.length ? panes[0].id : null);
  }

  findings.forEach(function (item) {
    item.querySelector(".pick").addEventListener("click", function () { choose(item.getAttribute("data-f")); });
  });
  document.querySelectorAll(".ev").forEach(function (mark) {
    mark.addEventListener("click", function () {
      var id = mark.getAttribute("data-f").split(" ")[0];
      choose(id);
      var item = document.getElementById(id);
      if (item) item.scrollIntoView({ block: "nearest" });
    });
  });
  tabs.forEach(function (tab) {
    tab.addEventListener("click", function () { show(tab.getAttribute("data-doc")); });
  });
  document.getElementById("filters").addEventListener("change", filter);
  document.getElementById("layout").addEventListener("change", layout);
  layout();
  var start = window.location.hash.slice(1);
  if (/^f\d+$/.test(start) && document.getElementById(start)) choose(start);
})();
