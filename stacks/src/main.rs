//! The bundled stacks' `forma` binary: `cargo run --release -- synth`.

fn main() -> std::process::ExitCode {
    forma_cli::main(forma_stacks::app())
}
