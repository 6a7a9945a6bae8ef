// A link inside a panel that goes elsewhere in Sanctum (such as "Your safety plan") closes the panel: the
// panel lives outside the part of the page that in-app navigation replaces, so it would otherwise stay open
// over the page it just opened. Call, text and email links leave it open, to come back to.
document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("[popover] a[href]") : null;
    if (!link || /^(tel|sms|mailto):/.test(link.getAttribute("href"))) return;
    link.closest("[popover]").hidePopover();
});
