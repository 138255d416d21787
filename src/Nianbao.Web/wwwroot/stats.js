// Statistics page: one metric's rate per group as an ECharts bar chart (ECharts bundled with the app).
(function () {
  "use strict";
  const el = document.getElementById("stats-chart");
  if (!el || !window.echarts) return;
  const d = JSON.parse(el.dataset.chart);
  if (!d.groups) return;
  const chart = window.echarts.init(el, null, { renderer: "svg" });
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: [d.name] },
    xAxis: { type: "category", data: d.groups },
    yAxis: { type: "value" },
    series: [{ name: d.name, type: "bar", data: d.rates, itemStyle: { color: "#8b1a1a" } }],
  });
  el.dataset.rendered = "true";
  window.addEventListener("resize", () => chart.resize());
})();
