//! The `briefkg` binary: parses arguments, calls the library, maps the result to an exit code.

/// mimalloc instead of the system allocator: the pipeline allocates many small, short-lived
/// strings and vectors per brief, and glibc's malloc spent about a fifth of export CPU time
/// on them (see ARCHITECTURE.md, "Performance").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    briefkg::cli::main()
}
