// The analysis page: the package space as a scatter of both parties' utilities, the Pareto
// frontier as a line, and the disagreement point, Nash, Kalai-Smorodinsky and maximin marked.
// Its data and legend (in the page's language) come from the canvas's data-chart attribute.
(function () {
  'use strict';

  function points(pairs) {
    return (pairs || []).map(function (p) { return {x: p[0], y: p[1]}; });
  }

  function marker(label, pair, color, style, size) {
    return {
      type: 'scatter', label: label, data: pair ? [{x: pair[0], y: pair[1]}] : [],
      backgroundColor: color, borderColor: '#1c2530', borderWidth: 1.5, pointStyle: style, pointRadius: size,
      pointHoverRadius: size + 2, order: 0
    };
  }

  function draw() {
    var canvas = document.getElementById('frontier-chart');
    if (!canvas || !window.Chart) {
      return;
    }
    var data = JSON.parse(canvas.dataset.chart);
    var legend = data.legend;
    var chart = new window.Chart(canvas, {
      type: 'scatter',
      data: {
        datasets: [
          {type: 'scatter', label: legend.other, data: points(data.other), backgroundColor: 'rgba(137,148,160,0.35)',
            pointRadius: 2, order: 4},
          {type: 'scatter', label: legend.feasible, data: points(data.feasible), backgroundColor: 'rgba(31,78,121,0.35)',
            pointRadius: 2.5, order: 3},
          {type: 'line', label: legend.frontier, data: points(data.frontier), borderColor: '#1f4e79',
            backgroundColor: '#1f4e79', pointRadius: 3.5, borderWidth: 2, tension: 0, order: 2},
          marker(legend.disagreement, data.disagreement, '#ffffff', 'rect', 6),
          marker(legend.nash, data.nash, '#f0b429', 'star', 11),
          marker(legend.ks, data.ks, '#9b1c1c', 'crossRot', 9),
          marker(legend.ksSuggested, data.ksSuggested, '#9b1c1c', 'triangle', 8),
          marker(legend.maximin, data.maximin, '#1d5e34', 'rectRot', 8)
        ]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        scales: {
          x: {title: {display: true, text: data.axes[0]}, min: 0, max: 100},
          y: {title: {display: true, text: data.axes[1]}, min: 0, max: 100}
        },
        plugins: {
          legend: {position: 'bottom'},
          tooltip: {callbacks: {label: function (c) {
            return c.dataset.label + ': ' + c.parsed.x.toFixed(2) + ' / ' + c.parsed.y.toFixed(2);
          }}}
        }
      }
    });
    canvas.dataset.drawn = String(chart.data.datasets.reduce(function (n, d) { return n + d.data.length; }, 0));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
