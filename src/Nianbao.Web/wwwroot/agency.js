// Agency page: the trend by year as an ECharts line chart (ECharts bundled with the app), data from a data attribute.
(function () {
  "use strict";
  const el = document.getElementById("trend");
  if (!el || !window.echarts) return;
  const d = JSON.parse(el.dataset.chart);
  const chart = window.echarts.init(el, null, { renderer: "svg" });
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: d.series.map((s) => s.name) },
    xAxis: { type: "category", data: d.years.map(String) },
    yAxis: { type: "value", minInterval: 1 },
    series: d.series.map((s) => ({ name: s.name, type: "line", data: s.data, connectNulls: false })),
  });
  el.dataset.rendered = "true";
  window.addEventListener("resize", () => chart.resize());
})();
