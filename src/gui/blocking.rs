//! Work that would block runs on a thread of its own, never on the UI thread.
//!
//! `update` runs on the UI thread, and a future given to `Task::perform` runs
//! on the runtime's few workers: a PIN check (Argon2 takes a good fraction of
//! a second by design), reading or writing files, packing or unpacking a
//! course, drawing a PDF or starting a viewer would freeze the window or hold
//! up other tasks there. Such work goes through [`run`] instead, and the
//! screen shows that it is working until the result comes back as a message.

use iced::Task;
use iced::futures::channel::oneshot;

/// Runs `work` on a new thread and hands its result to `done`, as a task.
/// A thread that ends without a result (it panicked) yields no message.
///
/// The thread starts when the runtime first runs the task, not when the task
/// is made: a screen made before the window (the library at start-up) must
/// not start one before the windowing library opens its input method, which
/// reads the keyboard's compose table through C stdio one character at a
/// time, and does it several times slower, with locking, once the process
/// has a second thread (about 7 ms of the first frame).
pub fn run<T, M>(
    work: impl FnOnce() -> T + Send + 'static,
    done: impl Fn(T) -> M + Send + 'static,
) -> Task<M>
where
    T: Send + 'static,
    M: Send + 'static,
{
    Task::future(async move {
        let (sender, receiver) = oneshot::channel();
        let spawned = std::thread::Builder::new()
            .name("fieldcourse-work".to_owned())
            .spawn(move || {
                // The receiver is gone only when the app closed meanwhile.
                let _ = sender.send(work());
            });
        match spawned {
            Ok(_) => receiver.await.ok(),
            Err(error) => {
                log::error!("no thread could be started for the work: {error}");
                None
            }
        }
    })
    .and_then(move |result| Task::done(done(result)))
}
