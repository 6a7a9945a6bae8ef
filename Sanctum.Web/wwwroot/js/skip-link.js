// Moves focus to the skip link's target. Blazor handles same-page "#main" links itself and only
// scrolls, which would leave keyboard focus in the header; this runs first and does the whole job.
document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("a.skip-link") : null;
    const target = link && document.getElementById(link.hash.slice(1));
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    target.focus();
    target.scrollIntoView();
}, { capture: true });
