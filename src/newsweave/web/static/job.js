// The job page: asks the job's status endpoint until the job is done or failed, and shows its progress
// and the stories it made. Text is set with textContent only: story titles are article text.
"use strict";
(function () {
  const box = document.getElementById("job");
  if (!box) return;
  const every = Number(box.dataset.pollMs) || 1000;

  function links(listId, stories) {
    const list = document.getElementById(listId);
    list.replaceChildren(...stories.map(function (story) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = "/stories/" + encodeURIComponent(story.id);
      link.textContent = story.title || story.id;
      item.appendChild(link);
      return item;
    }));
  }

  function show(job) {
    box.dataset.state = job.state;
    document.getElementById("job-state").textContent = job.state;
    document.getElementById("job-read").textContent = String(job.read);
    document.getElementById("job-stored").textContent = String(job.stored);
    const bar = document.getElementById("job-progress");
    bar.max = Math.max(job.files, job.read, 1);
    // Progress comes a batch of documents at a time ([store] batch_size): until the first, a busy bar.
    if (job.state === "running" && job.read === 0) bar.removeAttribute("value");
    else bar.value = job.state === "done" ? bar.max : job.read;
    links("job-new", job.new_stories);
    links("job-updated", job.updated_stories);
    const skipped = document.getElementById("job-skipped");
    skipped.replaceChildren(...job.skipped.map(function (s) {
      const item = document.createElement("li");
      item.textContent = s.path + ": " + s.reason + " " + s.detail;
      return item;
    }));
    const error = document.getElementById("job-error");
    error.textContent = job.error;
    error.hidden = !job.error;
  }

  function poll() {
    fetch(box.dataset.status, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (job) {
        show(job);
        if (job.state !== "done" && job.state !== "failed") setTimeout(poll, every);
      })
      .catch(function () { setTimeout(poll, every * 3); });
  }

  if (box.dataset.state !== "done" && box.dataset.state !== "failed") poll();
})();
