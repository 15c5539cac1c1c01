// Behaviour every page shares, kept out of the markup: the Content-Security-Policy runs no inline script.
(() => {
    // A form, or the button that submits it, may ask first: data-confirm="确定删除该措施？".
    document.addEventListener('submit', event => {
        const form = event.target;
        const question = event.submitter?.dataset.confirm ?? form.dataset.confirm;
        if (question && !window.confirm(question)) event.preventDefault();
    });
})();
