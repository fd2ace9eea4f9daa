// Review page behaviour: keyboard shortcuts and saving verdicts with fetch().
// Plain JavaScript, no build step, nothing loaded from elsewhere (the CSP allows only 'self').
(() => {
  "use strict";
  const token = document.querySelector('meta[name="factcheck-token"]').content;
  const reviewer = document.getElementById("reviewer");
  const cards = () => Array.from(document.querySelectorAll("article.finding"));
  const KEYS = { c: "confirmed", d: "dismissed", u: "unsure" };
  let current = -1;

  reviewer.value = localStorage.getItem("factcheck-reviewer") || "";
  reviewer.addEventListener("change", () =>
    localStorage.setItem("factcheck-reviewer", reviewer.value.trim()));

  function select(i, scroll = true) {
    const all = cards();
    if (!all.length) return;
    current = Math.max(0, Math.min(i, all.length - 1));
    all.forEach((card, j) => card.classList.toggle("selected", j === current));
    if (scroll) all[current].scrollIntoView({ block: "nearest", behavior: "auto" });
  }

  function showSaved(card, text, isError) {
    const saved = card.querySelector('[data-role="saved"]');
    saved.textContent = text;
    saved.classList.toggle("error", !!isError);
  }

  // Same shape as the server's show_time filter: "2026-03-03 06:00 UTC" (decisions are UTC).
  function formatTime(iso) {
    return iso.endsWith("+00:00") ? iso.slice(0, 16).replace("T", " ") + " UTC" : iso;
  }

  async function decide(card, verdict) {
    const note = card.querySelector(".note").value;
    showSaved(card, "Saving…");
    let data;
    try {
      const res = await fetch(`/findings/${encodeURIComponent(card.dataset.id)}/decision`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Factcheck-Token": token },
        body: JSON.stringify({ verdict, note, reviewer: reviewer.value.trim() }),
      });
      data = await res.json();
      if (!res.ok) throw new Error(data.error || res.statusText);
    } catch (err) {
      showSaved(card, `Not saved: ${err.message}`, true);
      return;
    }
    const d = data.decision;
    card.dataset.status = data.status;
    card.className = card.className.replace(/\bstatus-\S+/, `status-${data.status}`);
    card.querySelector('[data-role="status"]').textContent = data.status;
    card.querySelectorAll("button.verdict").forEach((b) =>
      b.setAttribute("aria-pressed", String(b.dataset.verdict === data.status)));
    showSaved(card, `Saved: ${d.verdict}${d.reviewer ? " by " + d.reviewer : ""} · ${formatTime(d.decided_at)}`);
  }

  document.addEventListener("click", (e) => {
    const card = e.target.closest("article.finding");
    if (!card) return;
    select(cards().indexOf(card), false);
    const button = e.target.closest("button.verdict");
    if (button) decide(card, button.dataset.verdict);
  });

  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const inField = e.target.matches("input, textarea, select");
    if (inField) {
      if (e.target.classList.contains("note")) {
        const card = e.target.closest("article.finding");
        if (e.key === "Enter") {
          e.preventDefault();
          if (card.dataset.status === "open") {
            showSaved(card, "Pick a verdict (c, d or u) to save the note with it", true);
          } else {
            decide(card, card.dataset.status);
          }
          e.target.blur();
        } else if (e.key === "Escape") {
          e.target.blur();
        }
      }
      return;
    }
    const all = cards();
    if (!all.length) return;
    if (e.key === "j") select(current + 1);
    else if (e.key === "k") select(current - 1);
    else if (KEYS[e.key]) decide(all[Math.max(current, 0)], KEYS[e.key]);
    else if (e.key === "n") {
      e.preventDefault();  // do not type the "n" into the note
      if (current < 0) select(0);
      all[current].querySelector(".note").focus();
    } else return;
  });

  // Filters apply as soon as one changes (the Apply button is there without JavaScript).
  document.querySelectorAll("form.filters select").forEach((s) =>
    s.addEventListener("change", () => s.form.submit()));

  const fromHash = location.hash.startsWith("#f-") ? document.getElementById(location.hash.slice(1)) : null;
  select(fromHash ? cards().indexOf(fromHash) : 0, !!fromHash);
})();
