// Report views (Check, report and agency pages): click a value to see its printed text, source position and
// findings; click a finding to show its cells. Text is set with textContent only.
(function () {
  "use strict";
  document.querySelectorAll(".report-view").forEach((view) => {
    const tables = view.querySelector(".tables");
    const panel = view.querySelector(".panel");
    const findings = view.querySelector("table.findings-list");
    if (!tables) return;
    const text = (cls, value) => { const el = panel.querySelector(cls); if (el) el.textContent = value || "—"; };
    tables.addEventListener("click", (e) => {
      const td = e.target.closest("td[data-cell]");
      if (!td || !panel) return;
      tables.querySelectorAll("td.selected").forEach((x) => x.classList.remove("selected"));
      td.classList.add("selected");
      panel.hidden = false;
      text(".cell-name", td.dataset.cell);
      text(".cell-raw", td.dataset.raw);
      text(".cell-source", td.dataset.source);
      text(".cell-state", td.dataset.state);
      const list = panel.querySelector(".cell-findings");
      list.replaceChildren();
      (td.dataset.findings || "").split(" ").filter(Boolean).forEach((n) => {
        const row = findings && findings.querySelector('tr[data-number="' + n + '"]');
        if (!row) return;
        const li = document.createElement("li");
        const hint = row.querySelector(".hint");
        li.textContent = "[" + row.dataset.code + "] " + row.querySelector(".message").textContent +
          (hint && hint.textContent ? " — " + hint.textContent : "");
        list.appendChild(li);
      });
    });
    if (findings) findings.addEventListener("click", (e) => {
      const tr = e.target.closest("tr[data-cells]");
      if (!tr || e.target.closest("form")) return;
      tables.querySelectorAll("td.highlight").forEach((x) => x.classList.remove("highlight"));
      tr.dataset.cells.split(" ").filter(Boolean).forEach((key) => {
        const td = tables.querySelector('td[data-cell="' + CSS.escape(key) + '"]');
        if (td) { td.classList.add("highlight"); td.scrollIntoView({ block: "center" }); }
      });
    });
  });
})();
