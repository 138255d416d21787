// Draws the charts of a Nianbao HTML page (docs/metrics.md "Charts"): every element with a data-nb-chart attribute
// holds an Apache ECharts option as JSON. No inline code is needed, so a page served under a strict Content Security
// Policy can load this file and echarts.min.js from its own URLs.
(function () {
  function draw() {
    var nodes = document.querySelectorAll('[data-nb-chart]');
    for (var i = 0; i < nodes.length; i++) {
      var el = nodes[i];
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(JSON.parse(el.getAttribute('data-nb-chart')));
      el.setAttribute('data-nb-drawn', 'true');
      window.addEventListener('resize', chart.resize);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();
