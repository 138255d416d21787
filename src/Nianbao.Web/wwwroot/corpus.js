// Corpus page: reports per year as an ECharts bar chart (ECharts bundled with the app), data from a data attribute.
(function () {
  "use strict";
  const el = document.getElementById("chart");
  if (!el || !window.echarts) return;
  const d = JSON.parse(el.dataset.chart);
  const chart = window.echarts.init(el, null, { renderer: "svg" });
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: [d.labels.reports, d.labels.withErrors] },
    xAxis: { type: "category", data: d.years.map(String) },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      { name: d.labels.reports, type: "bar", data: d.reports, itemStyle: { color: "#8b1a1a" } },
      { name: d.labels.withErrors, type: "bar", data: d.withErrors, itemStyle: { color: "#e6a23c" } },
    ],
  });
  el.dataset.rendered = "true";
  window.addEventListener("resize", () => chart.resize());
})();
