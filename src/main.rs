use std::process::ExitCode;

use clap::Parser;

#[cfg(any(target_os = "linux", target_os = "macos"))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's options, read from this symbol when it starts: freed pages go
/// back to the system at once (`dirty_decay_ms:0`), not ten seconds later.
/// lint frees each record as it goes, and pages kept for reuse were a
/// quarter of its peak memory at 50,000 records, for no time measured.
#[cfg(any(target_os = "linux", target_os = "macos"))]
#[unsafe(export_name = "_rjem_malloc_conf")]
static MALLOC_CONF: Conf = Conf(c"dirty_decay_ms:0".as_ptr());

/// A C string pointer, as jemalloc reads `malloc_conf`.
#[cfg(any(target_os = "linux", target_os = "macos"))]
#[repr(transparent)]
struct Conf(*const std::ffi::c_char);

// SAFETY: the pointer is to a string literal, never written.
#[cfg(any(target_os = "linux", target_os = "macos"))]
unsafe impl Sync for Conf {}

fn main() -> ExitCode {
    let cli = ncreg::cli::Cli::parse();
    ExitCode::from(ncreg::app::run(cli))
}
