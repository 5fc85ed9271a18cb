//! A progress bar on stderr for runs that take a while.
//!
//! The bar appears only after a second, so quick runs print nothing extra,
//! and only on a terminal: indicatif's stderr target draws nothing when
//! stderr is a pipe or a file, which is what tests and scripts see.

use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a run goes before the bar shows.
const DELAY: Duration = Duration::from_secs(1);

/// The bar of one run: bytes read, then a spinner while conflicts are found.
pub struct Progress {
    bar: ProgressBar,
    stop: mpsc::Sender<()>,
    timer: JoinHandle<()>,
}

impl Progress {
    /// A hidden bar over `total` bytes of input, shown after [`DELAY`].
    pub fn new(total: u64) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template(
            "{msg} [{bar:30}] {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, {eta})",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message("reading");
        let (stop, stopped) = mpsc::channel::<()>();
        let shown = bar.clone();
        let timer = std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(DELAY) {
                shown.set_draw_target(ProgressDrawTarget::stderr());
            }
        });
        Progress { bar, stop, timer }
    }

    /// `bytes` more were read (called from any thread).
    pub fn read(&self, bytes: u64) {
        self.bar.inc(bytes);
    }

    /// Reading is done; conflicts are being found among `claims` claims.
    pub fn reasoning(&self, claims: usize) {
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            self.bar.set_style(style);
        }
        self.bar.set_message(format!("finding conflicts among {claims} claims"));
        self.bar.enable_steady_tick(Duration::from_millis(120));
    }

    /// Clears the bar, if it was shown.
    pub fn finish(self) {
        let _ = self.stop.send(());
        let _ = self.timer.join();
        self.bar.finish_and_clear();
    }
}
