// The sheet import page: previews a sheet's columns for the mapping, fills the mapping from a saved template,
// uploads with a percentage and polls the background job until its result or its errors show.
(() => {
    const form = document.getElementById('import-form');
    if (!form) return;
    const $ = id => document.getElementById(id);
    const token = () => form.querySelector('input[name="__RequestVerificationToken"]').value;
    const text = s => { const span = document.createElement('span'); span.textContent = s ?? ''; return span.innerHTML; };

    // A round chosen to import into needs none of the new round's fields.
    const round = form.querySelector('input[type=hidden][name=RoundId]');
    const roundChosen = () => $('new-round-fields').classList.toggle('d-none', !!round.value);
    round.addEventListener('change', roundChosen);
    roundChosen();

    $('mapping-id').addEventListener('change', e => {
        const option = e.target.selectedOptions[0];
        if (!option || !option.dataset.columns) return;
        const columns = JSON.parse(option.dataset.columns);
        $('header-row').value = option.dataset.headerRow === '0' ? '' : option.dataset.headerRow;
        form.querySelectorAll('input[data-field]').forEach(input => { input.value = columns[input.dataset.field] ?? ''; });
    });

    $('preview-button').addEventListener('click', async () => {
        const file = $('sheet-file').files[0];
        if (!file) { $('preview').innerHTML = '<div class="text-danger">请先选择台账文件</div>'; return; }
        const data = new FormData();
        data.append('file', file);
        data.append('HeaderRow', $('header-row').value);
        data.append('__RequestVerificationToken', token());
        const response = await fetch('?handler=Preview', { method: 'POST', body: data });
        const body = await response.json();
        if (!response.ok) { $('preview').innerHTML = `<div class="text-danger">${text(body.title)}</div>`; return; }
        $('header-row').value = body.headerRow;
        $('sheet-columns').innerHTML = body.columns.map(c => `<option value="${text(c.letter)}">${text(c.header)}</option>`).join('');
        const head = body.columns.map(c => `<th>${text(c.letter)}<br>${text(c.header)}</th>`).join('');
        const rows = body.samples.map(r => `<tr>${r.map(v => `<td>${text(v)}</td>`).join('')}</tr>`).join('');
        $('preview').innerHTML = (body.exportLayout ? '<div class="text-success mb-1">表头与导出格式一致,可不填列对应关系。</div>' : '')
            + (body.splittableCells > 0 ? `<div class="mb-1" data-testid="preview-split">有${body.splittableCells}个单元格写了“一是……二是……”，导入时默认拆为多项措施（可在下方选择不拆分）。</div>` : '')
            + `<div class="table-responsive"><table class="table table-sm table-bordered" data-testid="preview-table"><thead class="table-light"><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
        form.querySelectorAll('input[data-field]').forEach(input => {
            if (body.exportLayout || input.value) return;
            const match = body.columns.find(c => c.header.replace(/\s/g, '') === input.dataset.field);
            if (match) input.value = match.letter;
        });
    });

    form.addEventListener('submit', e => {
        if (e.submitter && e.submitter.id !== 'import-button') return;
        e.preventDefault();
        $('import-result').innerHTML = '';
        $('progress-box').classList.remove('d-none');
        const request = new XMLHttpRequest();
        request.open('POST', '?handler=Start');
        request.upload.onprogress = p => p.lengthComputable && show('上传中', Math.round(100 * p.loaded / p.total), '');
        request.onload = () => {
            const body = JSON.parse(request.responseText || '{}');
            if (request.status !== 200) return finish({ state: 'Failed', message: body.title, errors: body.errors ?? [], existingRoundUrl: body.existingRoundUrl, existingRoundTitle: body.existingRoundTitle });
            poll(body.statusUrl);
        };
        const data = new FormData(form);
        // The page stays as it is after an import, so the next import of this form is a new request, not a repeat.
        const key = form.querySelector('input[name="__IdempotencyKey"]');
        if (key) key.value = Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
        request.send(data);
    });

    function show(phase, percent, count) {
        $('progress-phase').textContent = phase;
        $('progress-count').textContent = count;
        $('progress-bar').style.width = `${percent}%`;
        $('progress-bar').textContent = `${percent}%`;
    }

    async function poll(url) {
        const status = await (await fetch(url)).json();
        if (status.state === 'Succeeded' || status.state === 'Failed') return finish(status, url);
        const percent = status.total > 0 ? Math.round(100 * status.done / status.total) : 0;
        show(status.phase, percent, status.total > 0 ? `${status.done}/${status.total} 行` : '');
        setTimeout(() => poll(url), 500);
    }

    async function finish(status, url) {
        const box = $('import-result');
        if (status.state === 'Failed') {
            show('未导入', 0, '');
            const rows = (status.errors ?? []).map(e => `<tr><td>${text(e.sheet)}</td><td>${e.row}</td><td>${text(e.column)}</td><td>${text(e.message)}</td></tr>`).join('');
            // A sheet imported before: link the round it made and offer the explicit choice to import it again.
            const existing = status.existingRoundUrl ? ` <a href="${text(status.existingRoundUrl)}" data-testid="existing-round">打开《${text(status.existingRoundTitle)}》</a>` : '';
            if (status.existingRoundUrl) $('allow-duplicate-box').classList.remove('d-none');
            box.innerHTML = `<div class="alert alert-${existing ? 'warning' : 'danger'}">${text(status.message)}${existing}</div>`
                + (rows ? `<table class="table table-sm table-bordered small" data-testid="import-errors"><thead class="table-light"><tr><th>工作表</th><th>行</th><th>列</th><th>原因</th></tr></thead><tbody>${rows}</tbody></table>` : '');
            return;
        }
        show('完成', 100, '');
        // The result panel is the page's own partial, rendered by the server from the job's result.
        box.innerHTML = await (await fetch(url.replace('handler=Status', 'handler=Result'))).text();
    }
})();
