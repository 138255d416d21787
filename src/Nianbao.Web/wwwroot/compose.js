// Compose page: totals computed from the parts the form names (data-sum, from the template), the draft autosaved in
// localStorage on every keystroke, live checks by the server's checker (POST /api/compose/check), and publishing
// (POST /api/render) allowed only when the arithmetic holds or an override is ticked. No rule is restated here.
(function () {
  "use strict";
  const root = document.getElementById("compose");
  if (!root) return;
  const format = root.dataset.format;
  const storeKey = "nianbao-draft-" + format;
  const inputs = Array.from(root.querySelectorAll("input[name][data-sum], td[data-cell] input[name]"));
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const status = document.getElementById("status");
  const list = document.getElementById("compose-findings");
  const buttons = [document.getElementById("download-docx"), document.getElementById("download-html")];
  const force = document.getElementById("force");
  let publishable = false;
  let timer = null;
  let sequence = 0;

  function computeTotals() {
    // A total whose parts are totals themselves is never made (see the library's SumTotals), so one pass in
    // document order settles the rest after a second pass.
    for (let pass = 0; pass < 2; pass++) {
      root.querySelectorAll("input[data-sum]").forEach((total) => {
        const parts = total.dataset.sum.split(" ").map((k) => byName.get(k)).filter(Boolean);
        const filled = parts.filter((p) => p.value.trim() !== "");
        if (filled.length === 0) { total.value = ""; return; }
        if (filled.some((p) => !/^-?\d+$/.test(p.value.trim()))) { total.value = ""; return; }
        total.value = String(filled.reduce((s, p) => s + Number(p.value.trim()), 0));
      });
    }
  }

  function draft() {
    const tables = {};
    inputs.forEach((i) => {
      const [t, r, c] = i.name.split(".");
      ((tables[t] = tables[t] || {})[r] = tables[t][r] || {})[c] = i.value.trim() === "" ? null : i.value.trim();
    });
    const sections = {};
    root.querySelectorAll("textarea[data-section]").forEach((t) => { sections[t.dataset.section] = { text: t.value }; });
    const year = document.getElementById("year").value.trim();
    return {
      format: format, year: /^\d{4}$/.test(year) ? Number(year) : null,
      agency: document.getElementById("agency").value.trim() || null, metadata: {}, sections: sections, tables: tables,
    };
  }

  function restore(d) {
    if (!d || d.format !== format) return;
    document.getElementById("agency").value = d.agency || "";
    document.getElementById("year").value = d.year || "";
    Object.entries(d.tables || {}).forEach(([t, rows]) => Object.entries(rows || {}).forEach(([r, cols]) =>
      Object.entries(cols || {}).forEach(([c, v]) => { const i = byName.get(t + "." + r + "." + c); if (i) i.value = v == null ? "" : String(v); })));
    root.querySelectorAll("textarea[data-section]").forEach((t) => { t.value = ((d.sections || {})[t.dataset.section] || {}).text || ""; });
  }

  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(draft())); } catch (e) { /* storage full or disabled: the draft file still works */ }
  }

  function show(findings, broken, problem) {
    root.querySelectorAll("td[data-cell]").forEach((td) => { td.classList.remove("f-error", "f-warning", "f-info"); td.removeAttribute("title"); });
    list.replaceChildren();
    findings.forEach((f) => {
      const li = document.createElement("li");
      li.className = "f-" + f.severity;
      li.dataset.code = f.code;
      li.textContent = "[" + f.code + "] " + f.message + (f.hint ? " — " + f.hint : "");
      list.appendChild(li);
      (f.cells || []).forEach((key) => {
        const td = root.querySelector('td[data-cell="' + CSS.escape(key) + '"]');
        if (!td) return;
        if (f.severity === "error" || !td.classList.contains("f-error")) td.classList.add("f-" + f.severity);
        td.title = (td.title ? td.title + "\n" : "") + "[" + f.code + "] " + f.message;
      });
    });
    document.getElementById("finding-count").textContent = String(findings.length);
    publishable = !problem && broken.length === 0;
    status.classList.toggle("blocked", !publishable);
    status.textContent = publishable ? root.dataset.textPublishable
      : root.dataset.textBlocked.replace("{n}", String(problem ? 1 : broken.length));
    status.dataset.state = publishable ? "publishable" : "blocked";
    updateButtons();
  }

  function updateButtons() { buttons.forEach((b) => { b.disabled = !(publishable || force.checked); }); }

  async function check() {
    const mine = ++sequence;
    try {
      const r = await fetch("/api/compose/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(draft()) });
      const body = await r.json();
      if (mine !== sequence) return;   // a newer check is on its way
      if (r.ok) show(body.findings, body.broken, false);
      else show(body.findings || [], [], true);
      root.dataset.checked = String(mine);
    } catch (e) { status.textContent = String(e); }
  }

  function changed() {
    computeTotals();
    save();
    status.textContent = root.dataset.textSaved + " · " + root.dataset.textChecking;
    clearTimeout(timer);
    timer = setTimeout(check, 300);
  }

  async function publish(to) {
    const url = "/api/render?to=" + to + (force.checked ? "&force=true" : "");
    const r = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(draft()) });
    if (!r.ok) {
      const p = await r.json();
      show(p.findings || [], p.findings || [], true);
      status.textContent = p.detail;
      return;
    }
    const blob = await r.blob();
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "nianbao-" + (draft().year || "draft") + (to === "docx" ? ".docx" : ".html");
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  root.addEventListener("input", changed);
  force.addEventListener("change", updateButtons);
  document.getElementById("download-docx").addEventListener("click", () => publish("docx"));
  document.getElementById("download-html").addEventListener("click", () => publish("html"));
  document.getElementById("save-draft").addEventListener("click", () => {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([JSON.stringify(draft(), null, 2)], { type: "application/json" }));
    a.download = "nianbao-draft-" + format + ".json";
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });
  document.getElementById("load-draft").addEventListener("change", async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    restore(JSON.parse(await file.text()));
    changed();
  });
  document.getElementById("clear-draft").addEventListener("click", () => {
    inputs.forEach((i) => { i.value = ""; });
    root.querySelectorAll("textarea[data-section]").forEach((t) => { t.value = ""; });
    changed();
  });
  window.addEventListener("beforeunload", save);
  try { restore(JSON.parse(localStorage.getItem(storeKey) || "null")); } catch (e) { /* a damaged stored draft is ignored */ }
  computeTotals();
  check();
})();
