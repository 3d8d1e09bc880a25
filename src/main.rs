//! `infographic-cli render SPEC.json -o chart.svg|png`: the native renderer (see `infographic::cli`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let code = infographic::cli::run(
        std::env::args_os().skip(1),
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(code);
}

/// The widget is the library; on wasm32 there is no command line, but `--all-targets` builds this.
#[cfg(target_arch = "wasm32")]
fn main() {}
