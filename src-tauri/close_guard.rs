//! The close guard: closing the main window first lets the UI save or ask
//! about unsaved text, without an event listener in the webview.
//!
//! A `listen` from the webview makes Tauri evaluate a script in it from the
//! Rust side, and the first such evaluation starts JavaScriptCore in the app
//! process: about 5 MiB (PSS) at start-up for a listener that is needed only
//! when the user closes the window (issue 17). So the UI arms the guard
//! (`close_guard`) and keeps one request pending (`close_requested`), which
//! answers through the ordinary command response when the window manager
//! asks the window to close; the UI then saves, or shows what is unsaved, and
//! closes the window itself or asks again.
//!
//! Never trap the user: until the page has armed the guard (and again after
//! it navigates or reloads), a close request closes the window as usual.

use std::sync::Mutex;

use tokio::sync::oneshot;

#[derive(Default)]
struct State {
    /// The page said it guards closing (since it last loaded).
    armed: bool,
    /// The UI's pending request, answered `true` when a close is requested,
    /// `false` when a newer request replaces it.
    waiter: Option<oneshot::Sender<bool>>,
    /// A close was requested while the UI had no request pending (it was
    /// handling the previous one, or had not asked yet): the next request
    /// gets it at once.
    pending: bool,
}

#[derive(Default)]
pub struct CloseGuard {
    state: Mutex<State>,
}

impl CloseGuard {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The page guards closing from now on.
    pub fn arm(&self) {
        self.lock().armed = true;
    }

    /// The page is loading again: nothing guards closing until it arms.
    pub fn disarm(&self) {
        let mut s = self.lock();
        s.armed = false;
        s.pending = false;
        if let Some(w) = s.waiter.take() {
            let _ = w.send(false);
        }
    }

    /// The window manager asks to close: true when the UI decides (the
    /// caller then keeps the window open until the UI closes it).
    pub fn intercept(&self) -> bool {
        let mut s = self.lock();
        if !s.armed {
            return false;
        }
        let heard = s.waiter.take().is_some_and(|w| w.send(true).is_ok());
        if !heard {
            // The UI is busy with an earlier request, or its request is gone.
            s.pending = true;
        }
        true
    }

    /// Waits until a close is requested (true), or until a newer wait
    /// replaces this one (false).
    pub async fn wait(&self) -> bool {
        let rx = {
            let mut s = self.lock();
            s.armed = true;
            if std::mem::take(&mut s.pending) {
                return true;
            }
            let (tx, rx) = oneshot::channel();
            if let Some(old) = s.waiter.replace(tx) {
                let _ = old.send(false);
            }
            rx
        };
        rx.await.unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block<F: std::future::Future>(f: F) -> F::Output {
        tauri::async_runtime::block_on(f)
    }

    #[test]
    fn unarmed_closes_as_usual() {
        let g = CloseGuard::default();
        assert!(!g.intercept());
    }

    #[test]
    fn a_pending_request_hears_the_close() {
        let g = std::sync::Arc::new(CloseGuard::default());
        g.arm();
        let waiting = {
            let g = std::sync::Arc::clone(&g);
            tauri::async_runtime::spawn(async move { g.wait().await })
        };
        // Let the wait register before the close comes.
        while g.lock().waiter.is_none() {
            std::thread::yield_now();
        }
        assert!(g.intercept());
        assert!(block(waiting).unwrap());
    }

    #[test]
    fn a_close_while_the_ui_is_busy_waits_for_its_next_request() {
        let g = CloseGuard::default();
        g.arm();
        assert!(g.intercept(), "armed: the UI decides");
        assert!(block(g.wait()), "the next request hears it at once");
    }

    #[test]
    fn a_newer_request_replaces_the_older_and_a_reload_disarms() {
        let g = std::sync::Arc::new(CloseGuard::default());
        let first = {
            let g = std::sync::Arc::clone(&g);
            tauri::async_runtime::spawn(async move { g.wait().await })
        };
        while g.lock().waiter.is_none() {
            std::thread::yield_now();
        }
        let second = {
            let g = std::sync::Arc::clone(&g);
            tauri::async_runtime::spawn(async move { g.wait().await })
        };
        assert!(!block(first).unwrap(), "replaced");
        while g.lock().waiter.is_none() {
            std::thread::yield_now();
        }
        g.disarm();
        assert!(!block(second).unwrap(), "the page reloaded");
        assert!(!g.intercept(), "nothing guards a page that has not armed");
    }
}
