// Progressive enhancement for /ingest: send the files one by one to POST /api/ingest (waiting for each job) and show each result
// as it arrives. Without script the form posts all files at once and the page lists the results.
(function () {
    const form = document.getElementById("upload");
    const list = document.getElementById("upload-progress");
    if (!form || !list || !window.fetch) {
        return;
    }

    form.addEventListener("submit", async (event) => {
        if (form.elements.urls && form.elements.urls.value.trim()) {
            return; // addresses go with the form itself; the page then shows each job
        }

        event.preventDefault();
        const key = form.elements.key.value;
        const files = Array.from(form.elements.files.files);
        list.replaceChildren();
        for (const file of files) {
            const item = document.createElement("li");
            item.textContent = file.name + ": uploading…";
            list.appendChild(item);
            const body = new FormData();
            body.append("files", file);
            try {
                const response = await fetch("/api/ingest?wait=120", { method: "POST", headers: { "X-Admin-Key": key }, body });
                if (!response.ok) {
                    item.textContent = file.name + ": failed (" + response.status + (response.status === 403 ? ", wrong admin key" : "") + ")";
                    item.className = "result-failed";
                    continue;
                }

                const [result] = await response.json();
                item.className = "result-" + result.outcome;
                item.textContent = file.name + ": " + result.outcome + (result.reason ? " — " + result.reason : "");
                if (result.slug) {
                    const link = document.createElement("a");
                    link.href = "/sources/" + result.slug;
                    link.textContent = result.slug;
                    item.append(" ", link);
                }
            } catch (error) {
                item.textContent = file.name + ": failed (" + error + ")";
                item.className = "result-failed";
            }
        }
    });
})();
