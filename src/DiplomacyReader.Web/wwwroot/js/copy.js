// Copy buttons: each names the element whose text it copies (data-copy). Without script, or without the
// clipboard API, the buttons stay hidden and the text can be selected by hand.
(() => {
    if (!navigator.clipboard) return;
    const status = document.getElementById('copy-status');
    for (const button of document.querySelectorAll('button[data-copy]')) {
        button.hidden = false;
        button.addEventListener('click', async () => {
            const text = document.getElementById(button.dataset.copy)?.textContent ?? '';
            try {
                await navigator.clipboard.writeText(text);
                if (status) status.textContent = `${button.textContent.replace('Copy ', '')} citation copied.`;
            } catch {
                if (status) status.textContent = 'The browser did not allow copying; select the text instead.';
            }
        });
    }
})();
