// The daily charts of the agreement dashboard and the compliance report: one chart per party,
// claims against it, its incidents and its potential violations day by day. Each canvas carries
// its data and its legend (in the page's language) in data-chart; the days are the report's UTC
// days, labelled as the server printed them.
(function () {
  'use strict';
  var COLOURS = { claims: '#1f5f8b', incidents: '#a87b12', potential: '#9b1c1c' };

  function draw(canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var datasets = ['claims', 'incidents', 'potential'].map(function (key) {
      return {
        label: data.legend[key], data: data[key], backgroundColor: COLOURS[key], borderColor: COLOURS[key],
        type: key === 'potential' ? 'line' : 'bar', borderWidth: key === 'potential' ? 2 : 0,
        pointRadius: data.days.length > 60 ? 0 : 2, tension: 0, order: key === 'potential' ? 0 : 1
      };
    });
    var chart = new window.Chart(canvas, {
      type: 'bar',
      data: { labels: data.days, datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { ticks: { autoSkip: true, maxTicksLimit: 12 } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
    canvas.dataset.drawn = String(chart.data.datasets.reduce(function (n, d) {
      return n + d.data.reduce(function (s, v) { return s + v; }, 0);
    }, 0));
  }

  function ready() {
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-daily-chart]').forEach(draw);
    // printing draws the charts again at the paper's width
    window.addEventListener('beforeprint', function () {
      Object.values(window.Chart.instances || {}).forEach(function (c) { c.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
