use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = ncreg::cli::Cli::parse();
    ExitCode::from(ncreg::app::run(cli))
}
