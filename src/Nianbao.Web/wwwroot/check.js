// Check page: click a value to see where it came from and the findings on it; click a finding to show its cells.
(function () {
  "use strict";
  const tables = document.getElementById("tables");
  const panel = document.getElementById("cell-panel");
  if (!tables || !panel) return;
  const text = (id, value) => { document.getElementById(id).textContent = value || "—"; };
  tables.addEventListener("click", (e) => {
    const td = e.target.closest("td[data-cell]");
    if (!td) return;
    tables.querySelectorAll("td.selected").forEach((x) => x.classList.remove("selected"));
    td.classList.add("selected");
    panel.hidden = false;
    text("cell-name", td.dataset.cell);
    text("cell-raw", td.dataset.raw);
    text("cell-source", td.dataset.source);
    text("cell-state", td.dataset.state);
    const list = document.getElementById("cell-findings");
    list.replaceChildren();
    (td.dataset.findings || "").split(" ").filter(Boolean).forEach((n) => {
      const row = document.getElementById("finding-" + n);
      if (!row) return;
      const li = document.createElement("li");
      li.textContent = "[" + row.dataset.code + "] " + row.querySelector(".message").textContent +
        (row.querySelector(".hint").textContent ? " — " + row.querySelector(".hint").textContent : "");
      list.appendChild(li);
    });
  });
  const findings = document.getElementById("findings");
  if (findings) findings.addEventListener("click", (e) => {
    const tr = e.target.closest("tr[data-cells]");
    if (!tr) return;
    tables.querySelectorAll("td.highlight").forEach((x) => x.classList.remove("highlight"));
    tr.dataset.cells.split(" ").filter(Boolean).forEach((key) => {
      const td = tables.querySelector('td[data-cell="' + CSS.escape(key) + '"]');
      if (td) { td.classList.add("highlight"); td.scrollIntoView({ block: "center" }); }
    });
  });
})();
