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

/// Lint keeps freed pages for 150 ms before returning them: it frees and
/// allocates in bursts (a file's text and findings, a batch of drawn
/// output), and handing pages back at once then faulting fresh ones in was
/// a tenth of its time at 10,000 records. A whole second cost no less time
/// and held more: lint of 50,000 records peaked at 195 MB, against 178-183
/// MB now. The reports and the site, which hold a whole register, keep
/// `dirty_decay_ms:0`.
#[cfg(any(target_os = "linux", target_os = "macos"))]
fn keep_freed_pages() {
    let ms: isize = 150;
    // Existing arenas (4096 is jemalloc's MALLCTL_ARENAS_ALL), then the
    // default for arenas created later, one for each new thread.
    for name in [c"arena.4096.dirty_decay_ms", c"arenas.dirty_decay_ms"] {
        let mut value = ms;
        // SAFETY: both names take an `ssize_t`, given by pointer and size,
        // and jemalloc copies it; an unknown name only returns an error,
        // which leaves the default in place.
        unsafe {
            tikv_jemalloc_sys::mallctl(
                name.as_ptr(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                (&raw mut value).cast(),
                std::mem::size_of::<isize>(),
            );
        }
    }
}

fn main() -> ExitCode {
    let cli = ncreg::cli::Cli::parse();
    #[cfg(any(target_os = "linux", target_os = "macos"))]
    if matches!(cli.command, ncreg::cli::Command::Lint(_)) {
        keep_freed_pages();
    }
    ExitCode::from(ncreg::app::run(cli))
}
