//! Where the command line writes: the terminal, or buffers in tests.
//!
//! Deploy commands report from several tasks at once, so both streams are shared,
//! thread-safe writers. Each message is written whole, under the lock.

use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex};

use crate::report::Style;

type Sink = Arc<Mutex<Box<dyn Write + Send>>>;

/// The two output streams, the style, and whether a person can answer a prompt.
#[derive(Clone)]
pub struct Console {
    out: Sink,
    err: Sink,
    pub style: Style,
    /// Standard input and error are terminals: prompts and live progress are possible.
    pub interactive: bool,
    /// Answers prompts instead of the terminal (tests, embedders).
    answer: Option<Answerer>,
}

/// Something that answers yes/no questions in place of a person.
pub type Answerer = Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// A buffer that a [`Console`] writes into, readable afterwards (for tests).
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Console {
    /// Standard output and error, coloured when they are terminals.
    pub fn stdio() -> Self {
        let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Console {
            out: Arc::new(Mutex::new(Box::new(std::io::stdout()))),
            err: Arc::new(Mutex::new(Box::new(std::io::stderr()))),
            style: Style::detect(),
            interactive,
            answer: None,
        }
    }

    /// A console writing into two buffers, without colour or prompts.
    pub fn capture() -> (Self, Captured, Captured) {
        let (out, err) = (Captured::default(), Captured::default());
        let console = Console {
            out: Arc::new(Mutex::new(Box::new(out.clone()))),
            err: Arc::new(Mutex::new(Box::new(err.clone()))),
            style: Style::default(),
            interactive: false,
            answer: None,
        };
        (console, out, err)
    }

    /// This console with `answer` replying to every prompt (the question is written to
    /// standard error as usual).
    pub fn answering(mut self, answer: impl Fn(&str) -> bool + Send + Sync + 'static) -> Self {
        self.answer = Some(Arc::new(answer));
        self
    }

    fn write(sink: &Sink, text: &str) {
        let mut w = sink.lock().unwrap_or_else(|e| e.into_inner());
        let _ = w.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = w.write_all(b"\n");
        }
        let _ = w.flush();
    }

    /// A line (or lines) of results on standard output.
    pub fn out(&self, text: impl AsRef<str>) {
        Self::write(&self.out, text.as_ref());
    }

    /// A line (or lines) of progress or diagnostics on standard error.
    pub fn err(&self, text: impl AsRef<str>) {
        Self::write(&self.err, text.as_ref());
    }

    /// Text on standard output exactly as given.
    pub fn out_raw(&self, text: &str) {
        let mut w = self.out.lock().unwrap_or_else(|e| e.into_inner());
        let _ = w.write_all(text.as_bytes());
        let _ = w.flush();
    }

    /// Asks a yes/no question on the terminal; `false` when nobody can answer.
    pub fn confirm(&self, question: &str) -> bool {
        if let Some(answer) = &self.answer {
            Self::write(&self.err, &format!("{question} [y/N]"));
            return answer(question);
        }
        if !self.interactive {
            return false;
        }
        {
            let mut w = self.err.lock().unwrap_or_else(|e| e.into_inner());
            let _ = write!(w, "{question} [y/N] ");
            let _ = w.flush();
        }
        let mut answer = String::new();
        if std::io::stdin().read_line(&mut answer).is_err() {
            return false;
        }
        matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes")
    }
}
