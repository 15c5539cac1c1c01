// The unit picker (责任单位): typing a name asks the page for matching units of the user's scope, instead of listing
// every unit of a province; the chosen unit's id goes into the form's hidden field. A picker of several units (配合单位,
// data-several) keeps each chosen unit as a tag holding its own hidden field, removed by its close button. A round picker
// is the same with another source and its own words for an empty answer (data-nothing).
(() => {
    for (const picker of document.querySelectorAll('[data-unit-picker]')) {
        const several = picker.dataset.several === 'true';
        const tags = picker.querySelector('.unit-tags');
        const id = several ? null : picker.querySelector('input[type=hidden]');
        const text = picker.querySelector('input[type=search]');
        const list = picker.querySelector('[role=listbox]');
        let timer;
        let asked = 0;

        // The hidden field tells the page when the choice changes (the sheet import hides the new round's fields).
        const hold = value => {
            if (id.value === value) return;
            id.value = value;
            id.dispatchEvent(new Event('change', { bubbles: true }));
        };

        const close = () => {
            list.hidden = true;
            text.setAttribute('aria-expanded', 'false');
        };

        const tag = unit => {
            const element = document.createElement('span');
            element.className = 'badge unit-tag';
            element.title = unit.path;
            const field = document.createElement('input');
            field.type = 'hidden';
            field.name = tags.dataset.name;
            field.value = unit.id;
            const remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'btn-close';
            remove.setAttribute('aria-label', '移除' + unit.name);
            element.append(field, unit.name, remove);
            return element;
        };

        const choose = unit => {
            // A search still waiting or under way must not open the list again over the choice.
            clearTimeout(timer);
            asked++;
            if (several) {
                const chosen = [...tags.querySelectorAll('input[type=hidden]')].some(field => field.value === unit.id);
                if (!chosen) tags.append(tag(unit));
                text.value = '';
                text.focus();
            } else {
                hold(unit.id);
                text.value = unit.name;
                text.title = unit.path;
            }
            close();
        };

        const line = (className, content) => {
            const element = document.createElement('div');
            element.className = className;
            element.textContent = content;
            return element;
        };

        const show = units => {
            list.replaceChildren(...units.map(unit => {
                const option = document.createElement('button');
                option.type = 'button';
                option.className = 'list-group-item list-group-item-action py-1 small';
                option.setAttribute('role', 'option');
                option.dataset.unitId = unit.id;
                option.append(line('', unit.name));
                if (unit.path) option.append(line('text-muted unit-path', unit.path));
                option.addEventListener('click', () => choose(unit));
                return option;
            }));
            if (units.length === 0) list.append(line('list-group-item py-1 small text-muted', picker.dataset.nothing));
            list.hidden = false;
            text.setAttribute('aria-expanded', 'true');
        };

        const search = async () => {
            const mine = ++asked;
            const url = new URL(picker.dataset.source, window.location.href);
            url.searchParams.set('text', text.value.trim());
            const response = await fetch(url, { headers: { Accept: 'application/json' } });
            const body = await response.json();
            // A slower answer to an earlier keystroke must not replace the latest one.
            if (mine !== asked) return;
            if (response.ok) show(body);
            else {
                list.replaceChildren(line('list-group-item py-1 small text-danger', body.title));
                list.hidden = false;
            }
        };

        text.addEventListener('input', () => {
            // Typing drops the chosen unit until another is picked; an empty box means every unit (or none, on a form).
            if (id) hold('');
            clearTimeout(timer);
            timer = setTimeout(search, 200);
        });
        text.addEventListener('focus', () => { if (list.hidden && (several || !id.value)) search(); });
        text.addEventListener('keydown', event => {
            if (event.key === 'ArrowDown' && !list.hidden) {
                list.querySelector('button')?.focus();
                event.preventDefault();
            } else if (event.key === 'Escape') close();
        });
        list.addEventListener('keydown', event => {
            const current = document.activeElement;
            if (event.key === 'ArrowDown') current.nextElementSibling?.focus();
            else if (event.key === 'ArrowUp') (current.previousElementSibling ?? text).focus();
            else if (event.key === 'Escape') { close(); text.focus(); }
            else return;
            event.preventDefault();
        });
        tags?.addEventListener('click', event => {
            const remove = event.target.closest('.btn-close');
            if (!remove) return;
            remove.closest('.unit-tag').remove();
        });
        document.addEventListener('click', event => { if (!picker.contains(event.target)) close(); });
    }
})();
