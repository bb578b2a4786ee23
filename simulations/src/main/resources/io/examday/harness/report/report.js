// Draws the report's charts from the inline JSON; echarts is inlined before this script.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);

  function band(full, worst, faults) {
    var areas = [];
    if (full) { areas.push([{ name: "full load", xAxis: full[0] }, { xAxis: full[1] }]); }
    (faults || []).forEach(function (f) {
      areas.push([{ name: f.label, xAxis: f.from, itemStyle: { color: "rgba(230, 120, 0, 0.22)" },
                    label: { color: "#a35200", rotate: 90, position: "insideTopLeft" } }, { xAxis: f.to }]);
    });
    if (worst) {
      areas.push([{ name: worst.label, xAxis: worst.from, itemStyle: { color: "rgba(179, 38, 30, 0.15)" },
                    label: { color: "#b3261e" } }, { xAxis: worst.to }]);
    }
    if (areas.length === 0) { return undefined; }
    return { silent: true, itemStyle: { color: "rgba(26, 86, 176, 0.07)" }, data: areas };
  }

  function limitLine(chart) {
    if (chart.limit === null || chart.limit === undefined) { return undefined; }
    return { silent: true, symbol: "none", lineStyle: { color: "#b3261e", type: "dashed" },
             label: { formatter: "limit " + chart.limit + chart.unit },
             data: [{ yAxis: chart.limit }] };
  }

  function draw(chart) {
    var element = document.getElementById("chart-" + chart.id);
    var hasPoints = chart.series.some(function (s) { return s.points.length > 0; });
    if (!hasPoints) {
      element.classList.add("empty");
      element.textContent = chart.title + ": no data in this run";
      return;
    }
    var series = chart.series.map(function (s, i) {
      return { name: s.name, type: "line", showSymbol: false, sampling: "lttb", data: s.points,
               markArea: i === 0 ? band(data.fullLoad, chart.worst, chart.faults) : undefined,
               markLine: i === 0 ? limitLine(chart) : undefined };
    });
    echarts.init(element, null, { renderer: "canvas" }).setOption({
      animation: false,
      title: { text: chart.title, left: 10, top: 6, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      legend: { show: chart.series.length > 1, top: 6, right: 10 },
      grid: { left: 60, right: 24, top: 44, bottom: 36 },
      xAxis: { type: "time", min: data.span ? data.span[0] : undefined, max: data.span ? data.span[1] : undefined },
      yAxis: { type: "value", name: chart.unit, min: 0 },
      series: series
    });
  }

  data.charts.forEach(draw);

  if (data.trend.length > 1) {
    echarts.init(document.getElementById("chart-trend"), null, { renderer: "canvas" }).setOption({
      animation: false,
      title: { text: "p95 response time by run", left: 10, top: 6, textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis" },
      grid: { left: 60, right: 24, top: 44, bottom: 36 },
      xAxis: { type: "category", data: data.trend.map(function (r) { return r.runId; }) },
      yAxis: { type: "value", name: "ms", min: 0 },
      series: [{ type: "line", data: data.trend.map(function (r) { return r.p95Ms; }) }]
    });
  }
})();
