/*
 * Initiative Tracker charts. Every chart is drawn from the accessible HTML table named by its canvas, so the
 * chart and the table always show the same figures. Without JavaScript (or without Chart.js) the chart box stays
 * hidden and the table alone carries the data.
 *
 * <canvas data-chart="bar|stacked-bar|stacked-hbar|doughnut|line" data-chart-source="table-id"
 *         [data-chart-scale="label 0|label 1|..."]>
 *
 * The table: the <thead> cells marked data-series are the series (their text is the series label; data-status
 * picks a compliance-status colour); each <tbody> row's first cell is the category label; the numbers are read
 * from the data-value attribute of the cells under the series headings (the visible text may be
 * locale-formatted). A cell without data-value is a gap (no bar, no point). A data-max attribute on the table
 * fixes the top of the value axis (e.g. the number of members, for a count of members).
 */
(function () {
  'use strict';

  if (typeof window.Chart === 'undefined') {
    return;
  }

  /* Okabe–Ito, darkest first: distinguishable with the common colour-vision deficiencies. */
  var PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

  /* Compliance statuses, in the order of the 0–3 scale, then "not assessed". */
  var STATUS_COLOURS = {
    NOT_STARTED: '#BBBBBB',
    PLANNED: '#56B4E9',
    IN_PROGRESS: '#E69F00',
    IMPLEMENTED: '#009E73',
    NONE: '#FFFFFF'
  };
  var SCALE_COLOURS = [STATUS_COLOURS.NOT_STARTED, STATUS_COLOURS.PLANNED, STATUS_COLOURS.IN_PROGRESS,
    STATUS_COLOURS.IMPLEMENTED];

  /* A dark edge keeps light fills (and white "not assessed") visible against the page. */
  var EDGE = '#343a40';

  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function text(cell) {
    return cell.textContent.replace(/\s+/g, ' ').trim();
  }

  function number(element, attribute) {
    var name = attribute || 'data-value';
    if (!element || !element.hasAttribute(name) || element.getAttribute(name) === '') {
      return null;
    }
    var n = Number(element.getAttribute(name));
    return isNaN(n) ? null : n;
  }

  /* Reads labels and series from the table: only rows that carry numbers count. */
  function readTable(table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var columns = [];
    heads.forEach(function (th, index) {
      if (th.hasAttribute('data-series')) {
        columns.push({ index: index, label: text(th), status: th.getAttribute('data-status') });
      }
    });
    var last = columns.reduce(function (max, column) { return Math.max(max, column.index); }, 0);
    /* Rows without a cell under every series (the "None" line of an empty table) are no data. */
    var rows = Array.prototype.slice.call(table.tBodies[0].rows).filter(function (row) {
      return row.cells.length > last;
    });
    return {
      labels: rows.map(function (row) { return text(row.cells[0]); }),
      series: columns.map(function (column) {
        return {
          label: column.label,
          status: column.status,
          data: rows.map(function (row) { return number(row.cells[column.index]); })
        };
      })
    };
  }

  function colourOf(series, index) {
    return (series.status && STATUS_COLOURS[series.status]) || PALETTE[index % PALETTE.length];
  }

  function datasets(kind, data, scale) {
    return data.series.map(function (series, index) {
      var colour = colourOf(series, index);
      var set = { label: series.label, data: series.data, backgroundColor: colour, borderColor: EDGE, borderWidth: 1 };
      if (kind === 'doughnut') {
        set.backgroundColor = data.labels.map(function (label, i) { return PALETTE[i % PALETTE.length]; });
        set.borderColor = '#ffffff';
        set.borderWidth = 2;
      }
      else if (kind === 'line') {
        set.borderColor = colour;
        set.borderWidth = 3;
        set.pointRadius = 4;
        set.pointStyle = 'rectRot';
      }
      else if (scale) {
        set.backgroundColor = series.data.map(function (v) { return v === null ? STATUS_COLOURS.NONE : SCALE_COLOURS[v]; });
        set.minBarLength = 6; /* so that 0 (not started) shows, unlike "not assessed" (no value) */
      }
      return set;
    });
  }

  /* Long category labels break into lines (at spaces, or every few characters in CJK text) instead of being
     cut off at the edge of a narrow chart. */
  var LINE = window.innerWidth < 576 ? 14 : 22;

  function wrapLabel(value) {
    var label = String(this.getLabelForValue ? this.getLabelForValue(value) : value);
    if (label.length <= LINE) {
      return label;
    }
    var words = label.indexOf(' ') >= 0 ? label.split(' ') : label.match(new RegExp('.{1,' + Math.ceil(LINE / 2) + '}', 'g'));
    var lines = [];
    var line = '';
    words.forEach(function (word) {
      var joined = line ? line + (label.indexOf(' ') >= 0 ? ' ' : '') + word : word;
      if (joined.length > LINE && line) {
        lines.push(line);
        line = word;
      }
      else {
        line = joined;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines;
  }

  function options(kind, data, scale, max) {
    var stacked = kind === 'stacked-bar' || kind === 'stacked-hbar';
    var horizontal = kind === 'stacked-hbar' || kind === 'hbar';
    var opts = {
      responsive: true,
      maintainAspectRatio: false,
      locale: document.documentElement.lang || undefined,
      animation: reducedMotion ? false : { duration: 400 },
      plugins: {
        legend: { display: kind === 'doughnut' || data.series.length > 1, position: 'bottom' }
      }
    };
    if (kind === 'doughnut') {
      return opts;
    }
    var valueAxis = { beginAtZero: true, stacked: stacked, ticks: { precision: 0 } };
    if (max !== null) {
      valueAxis.max = max;
    }
    var categoryAxis = { stacked: stacked, ticks: { autoSkip: !horizontal, callback: wrapLabel } };
    if (scale) {
      valueAxis.min = 0;
      valueAxis.max = scale.length - 1;
      valueAxis.ticks = { stepSize: 1, callback: function (v) { return scale[v]; } };
      opts.plugins.tooltip = {
        callbacks: { label: function (item) { return scale[item.raw]; } }
      };
    }
    if (horizontal) {
      opts.indexAxis = 'y';
      opts.scales = { x: valueAxis, y: categoryAxis };
    }
    else {
      opts.scales = { x: categoryAxis, y: valueAxis };
    }
    return opts;
  }

  function draw(canvas) {
    var kind = canvas.getAttribute('data-chart');
    var table = document.getElementById(canvas.getAttribute('data-chart-source'));
    if (!table || !table.tHead || !table.tBodies.length) {
      return;
    }
    var data = readTable(table);
    if (!data.labels.length || !data.series.length) {
      return;
    }
    var scaleAttr = canvas.getAttribute('data-chart-scale');
    var scale = scaleAttr ? scaleAttr.split('|') : null;
    var box = canvas.closest('[hidden]');
    if (box) {
      box.removeAttribute('hidden');
    }
    try {
      new window.Chart(canvas, {
        type: kind === 'doughnut' ? 'doughnut' : (kind === 'line' ? 'line' : 'bar'),
        data: { labels: data.labels, datasets: datasets(kind, data, scale) },
        options: options(kind, data, scale, number(table, 'data-max'))
      });
    }
    catch (e) {
      if (box) {
        box.setAttribute('hidden', '');
      }
    }
  }

  window.Chart.defaults.color = '#495057';
  window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart][data-chart-source]'), draw);
})();
