// Picks the browser's own time zone in any <select data-browser-time-zone> (the register form on its
// first visit), when the list offers it. The server can't know the zone; the browser can.
function selectBrowserTimeZone() {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    for (const select of document.querySelectorAll("select[data-browser-time-zone]")) {
        select.removeAttribute("data-browser-time-zone");
        if ([...select.options].some(option => option.value === zone)) {
            select.value = zone;
        }
    }
}

selectBrowserTimeZone();
// Blazor's enhanced navigation swaps pages in without reloading this script.
window.Blazor?.addEventListener("enhancedload", selectBrowserTimeZone);
