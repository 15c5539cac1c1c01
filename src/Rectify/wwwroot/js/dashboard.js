// Draws the dashboard's charts from the figures embedded in the page; each chart's table beside it holds the same numbers.
// A click on a bar, a point or a unit's name opens the ledger filtered to what it shows, as the tables' links do.
(function () {
    const data = JSON.parse(document.getElementById('dashboard-data').textContent);
    const red = '#a4161a', green = '#2e8b57', grey = '#c9ced6', amber = '#e9a400', purple = '#7b2cbf', overdue = '#c1121f';
    const topUnits = 15;
    const base = {
        textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
        legend: { top: 0 },
        animation: false,
    };
    const series = el => el.dataset.series.split(',');
    const units = data.units.filter(u => u.unitId !== null).slice(0, topUnits);
    const names = list => list.map(u => u.unit);
    // Units' names under the bars: a few keep their place side by side, each cut with an ellipsis where it is longer than its
    // share of the chart's width (on a phone four long names would run into each other); many are turned. The table under
    // the chart names them in full.
    const unitLabels = (el, list) => {
        const slot = el.clientWidth * 0.85 / Math.max(1, list.length);
        const widest = Math.max(0, ...list.map(u => u.unit.length)) * 12;
        return list.length > 8 && widest > slot
            ? { interval: 0, rotate: 30, width: 100, overflow: 'truncate' }
            : { interval: 0, width: Math.max(36, slot - 6), overflow: 'truncate' };
    };
    const warned = [...data.units].filter(u => u.unitId !== null).sort((a, b) => (b.overdue + b.lagging) - (a.overdue + a.lagging)).slice(0, topUnits);

    // The unit a click is about: a series' bar or point by its index, an axis label by its name.
    const unitOf = (list, p) => p.componentType === 'xAxis' ? list.find(u => u.unit === p.value) : list[p.dataIndex];
    const links = {
        completion: p => ({ unitId: unitOf(units, p)?.unitId, status: p.componentType === 'series' && p.seriesIndex === 0 ? 'Closed' : null }),
        warnings: p => ({
            unitId: unitOf(warned, p)?.unitId,
            ...(p.componentType === 'series' ? { [['overdue', 'dueSoon', 'lagging'][p.seriesIndex]]: 'true' } : {}),
        }),
        weeks: () => ({ status: 'Closed', sort: 'timeLimit', desc: 'true' }),
        upcoming: () => ({ sort: 'timeLimit' }),
    };
    const open = (el, params) => {
        const url = new URL(el.dataset.ledger, window.location.origin);
        for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
        window.location.href = url.pathname + url.search;
    };

    const charts = {
        completion(el) {
            const [closed, open, rate] = series(el);
            return {
                ...base,
                xAxis: { type: 'category', triggerEvent: true, data: names(units), axisLabel: unitLabels(el, units) },
                yAxis: [{ type: 'value', name: '条', minInterval: 1 }, { type: 'value', name: '%', max: 100, splitLine: { show: false } }],
                series: [
                    { name: closed, type: 'bar', stack: 'all', color: green, data: units.map(u => u.closed) },
                    { name: open, type: 'bar', stack: 'all', color: grey, data: units.map(u => u.measures - u.closed) },
                    { name: rate, type: 'line', yAxisIndex: 1, color: red, data: units.map(u => u.completionRate), label: { show: units.length <= 8, formatter: '{c}%' } },
                ],
            };
        },
        warnings(el) {
            const [o, d, l] = series(el);
            const sorted = warned;
            return {
                ...base,
                xAxis: { type: 'category', triggerEvent: true, data: names(sorted), axisLabel: unitLabels(el, sorted) },
                yAxis: { type: 'value', name: '条', minInterval: 1 },
                series: [
                    { name: o, type: 'bar', color: overdue, data: sorted.map(u => u.overdue) },
                    { name: d, type: 'bar', color: amber, data: sorted.map(u => u.dueSoon) },
                    { name: l, type: 'bar', color: purple, data: sorted.map(u => u.lagging) },
                ],
            };
        },
        weeks(el) {
            const [closed] = series(el);
            return {
                ...base,
                xAxis: { type: 'category', data: data.closuresPerWeek.map(w => w.weekStart.slice(5).replace('-', '/')) },
                yAxis: { type: 'value', name: '条', minInterval: 1 },
                series: [{ name: closed, type: 'line', areaStyle: { opacity: 0.15 }, color: green, data: data.closuresPerWeek.map(w => w.closed) }],
            };
        },
        upcoming(el) {
            const [due] = series(el);
            return {
                ...base,
                xAxis: { type: 'category', data: data.upcomingDays.map(d => d.date.slice(5).replace('-', '/')) },
                yAxis: { type: 'value', name: '条', minInterval: 1 },
                series: [{ name: due, type: 'bar', color: amber, data: data.upcomingDays.map(d => d.measures), label: { show: true, position: 'top' } }],
            };
        },
    };

    const drawn = [...document.querySelectorAll('[data-chart]')].map(el => {
        const chart = echarts.init(el, null, { renderer: 'canvas' });
        chart.setOption(charts[el.dataset.chart](el));
        chart.on('click', params => open(el, links[el.dataset.chart](params)));
        return chart;
    });
    window.addEventListener('resize', () => drawn.forEach(c => c.resize()));
})();
