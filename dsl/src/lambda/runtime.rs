//! The Lambda runtimes AWS supports today.

/// A Lambda runtime. `Unknown` takes one newer than this list.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Runtime {
    /// Node.js 20 (`nodejs20.x`).
    Nodejs20,
    /// Node.js 22 (`nodejs22.x`).
    Nodejs22,
    /// Node.js 24 (`nodejs24.x`).
    Nodejs24,
    /// Python 3.10 (`python3.10`).
    Python310,
    /// Python 3.11 (`python3.11`).
    Python311,
    /// Python 3.12 (`python3.12`).
    Python312,
    /// Python 3.13 (`python3.13`).
    Python313,
    /// Python 3.14 (`python3.14`).
    Python314,
    /// Java 17 (`java17`).
    Java17,
    /// Java 21 (`java21`).
    Java21,
    /// Java 25 (`java25`).
    Java25,
    /// .NET 8 (`dotnet8`).
    Dotnet8,
    /// .NET 10 (`dotnet10`).
    Dotnet10,
    /// Ruby 3.3 (`ruby3.3`).
    Ruby33,
    /// Ruby 3.4 (`ruby3.4`).
    Ruby34,
    /// OS-only, for Rust, Go and other compiled handlers (`bootstrap`).
    ProvidedAl2023,
    /// OS-only on Amazon Linux 2 (`provided.al2`), for older compiled handlers.
    ProvidedAl2,
    /// A runtime this version of forma does not list, as Lambda spells it (`python3.15`).
    Unknown(String),
}

impl Runtime {
    /// The identifier Lambda reads: `python3.12`, `nodejs22.x`, `provided.al2023`.
    pub fn as_str(&self) -> &str {
        match self {
            Runtime::Nodejs20 => "nodejs20.x",
            Runtime::Nodejs22 => "nodejs22.x",
            Runtime::Nodejs24 => "nodejs24.x",
            Runtime::Python310 => "python3.10",
            Runtime::Python311 => "python3.11",
            Runtime::Python312 => "python3.12",
            Runtime::Python313 => "python3.13",
            Runtime::Python314 => "python3.14",
            Runtime::Java17 => "java17",
            Runtime::Java21 => "java21",
            Runtime::Java25 => "java25",
            Runtime::Dotnet8 => "dotnet8",
            Runtime::Dotnet10 => "dotnet10",
            Runtime::Ruby33 => "ruby3.3",
            Runtime::Ruby34 => "ruby3.4",
            Runtime::ProvidedAl2023 => "provided.al2023",
            Runtime::ProvidedAl2 => "provided.al2",
            Runtime::Unknown(s) => s,
        }
    }

    /// Whether code can be given inline (`ZipFile`): Node.js and Python only.
    pub fn takes_inline_code(&self) -> bool {
        let s = self.as_str();
        s.starts_with("nodejs") || s.starts_with("python")
    }
}
