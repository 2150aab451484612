// Once the page has painted (a task queued from the frame callback runs
// after that frame is drawn), tell the Rust side: the same signal as
// Briefdesk's `ui_ready`, with the time the navigation started.
requestAnimationFrame(() => {
  setTimeout(() => {
    window.__TAURI_INTERNALS__.invoke("ready", { navigation: performance.timeOrigin });
  }, 0);
});
