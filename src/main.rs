//! The `briefkg` binary: parses arguments, calls the library, maps the result to an exit code.

fn main() -> std::process::ExitCode {
    briefkg::cli::main()
}
