//! `cargo xtask codegen` turns every spec under `openapi/` into the `generated/` crate;
//! `cargo xtask check` fails when `generated/` differs from what the specs produce;
//! `cargo xtask compat` fails when a released spec changed in a way that breaks clients.

mod compat;
mod emit;
mod names;
mod spec;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("codegen") => generate(&root).and_then(|files| write_all(&root, &files)),
        Some("check") => generate(&root).and_then(|files| check_all(&root, &files)),
        Some("compat") => compat::run(&root),
        _ => Err("usage: cargo xtask <codegen|check|compat>".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// Every spec as (product, version, path relative to the workspace root), sorted.
fn discover_specs(root: &Path) -> Result<Vec<(String, String, String)>, String> {
    let mut found = Vec::new();
    let dir = root.join("openapi");
    let products = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for product in products.flatten() {
        if !product.path().is_dir() {
            continue;
        }
        let name = product.file_name().to_string_lossy().into_owned();
        for file in std::fs::read_dir(product.path())
            .map_err(|e| e.to_string())?
            .flatten()
        {
            let file_name = file.file_name().to_string_lossy().into_owned();
            if let Some(version) = file_name.strip_suffix(".yaml") {
                found.push((
                    name.clone(),
                    version.to_string(),
                    format!("openapi/{name}/{file_name}"),
                ));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Renders the whole `generated/src` tree in memory: relative path → file text.
fn generate(root: &Path) -> Result<BTreeMap<String, String>, String> {
    let specs = discover_specs(root)?;
    let mut files = BTreeMap::new();
    let mut products: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (product, version, rel) in &specs {
        let text = std::fs::read_to_string(root.join(rel)).map_err(|e| format!("{rel}: {e}"))?;
        let doc: serde_json::Value =
            serde_yaml_ng::from_str(&text).map_err(|e| format!("{rel}: not valid YAML: {e}"))?;
        let code = emit::surface(product, version, rel, &doc).map_err(|e| format!("{rel}: {e}"))?;
        files.insert(format!("src/{product}/{version}.rs"), code);
        products
            .entry(product.clone())
            .or_default()
            .push(version.clone());
    }
    let mut lib = String::from(
        "//! Generated from `openapi/` by `cargo xtask codegen`; never edit by hand.\n\
         //! One module per product and version: models, a response enum per operation,\n\
         //! the `Api` trait an implementation provides, and the poem-openapi `Routes` glue.\n\n\
         pub mod support;\n",
    );
    for (product, versions) in &products {
        lib.push_str(&format!("pub mod {product};\n"));
        let mut module =
            format!("//! The {product} contract, one module per released version.\n\n");
        for version in versions {
            module.push_str(&format!("pub mod {version};\n"));
        }
        files.insert(format!("src/{product}/mod.rs"), module);
    }
    lib.push_str(
        "\n/// Every contract this crate was generated from, sorted by product and version.\n",
    );
    lib.push_str("pub const CONTRACTS: &[&support::Contract] = &[\n");
    for (product, version, _) in &specs {
        lib.push_str(&format!("    &{product}::{version}::CONTRACT,\n"));
    }
    lib.push_str("];\n");
    lib.push_str(
        "\n/// The routes of `contract` answered by a spec-driven backend (the mock), as one\n\
         /// endpoint; `None` for a contract this crate does not hold.\n\
         pub fn backed_endpoint<B: support::Backend + Clone>(\n\
             contract: &support::Contract,\n\
             backend: B,\n\
         ) -> Option<poem::endpoint::BoxEndpoint<'static, poem::Response>> {\n\
             use poem::{EndpointExt, IntoEndpoint};\n\
             match (contract.product, contract.version) {\n",
    );
    for (product, version, _) in &specs {
        lib.push_str(&format!(
            "        ({product:?}, {version:?}) => Some({product}::{version}::service(std::sync::Arc::new({product}::{version}::Backed(backend))).into_endpoint().map_to_response().boxed()),\n"
        ));
    }
    lib.push_str("        _ => None,\n    }\n}\n");
    files.insert("src/lib.rs".to_string(), lib);
    files.insert("src/support.rs".to_string(), emit::SUPPORT.to_string());
    let mut formatted = BTreeMap::new();
    for (path, text) in files {
        formatted.insert(
            path.clone(),
            rustfmt(&text).map_err(|e| format!("{path}: {e}"))?,
        );
    }
    Ok(formatted)
}

fn rustfmt(code: &str) -> Result<String, String> {
    use std::io::Write;
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run rustfmt: {e}"))?;
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(code.as_bytes())
        .map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "rustfmt rejected the generated code (a generator bug):\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

fn write_all(root: &Path, files: &BTreeMap<String, String>) -> Result<(), String> {
    let base = root.join("generated");
    let src = base.join("src");
    if src.exists() {
        std::fs::remove_dir_all(&src).map_err(|e| e.to_string())?;
    }
    for (rel, text) in files {
        let path = base.join(rel);
        std::fs::create_dir_all(path.parent().expect("files live in a folder"))
            .map_err(|e| e.to_string())?;
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    println!("generated {} files under generated/src", files.len());
    Ok(())
}

fn check_all(root: &Path, files: &BTreeMap<String, String>) -> Result<(), String> {
    let src = root.join("generated");
    let mut stale = Vec::new();
    for (rel, text) in files {
        match std::fs::read_to_string(src.join(rel)) {
            Ok(existing) if &existing == text => {}
            _ => stale.push(rel.clone()),
        }
    }
    let mut on_disk = Vec::new();
    collect_rs(&src.join("src"), &mut on_disk);
    for path in on_disk {
        let rel = path
            .strip_prefix(&src)
            .expect("walked below generated/")
            .to_string_lossy()
            .replace('\\', "/");
        if !files.contains_key(&rel) {
            stale.push(format!("{rel} (no spec produces it)"));
        }
    }
    if stale.is_empty() {
        println!("generated/ is fresh ({} files)", files.len());
        Ok(())
    } else {
        Err(format!(
            "generated/ is stale; run `cargo xtask codegen` and commit. Differs: {}",
            stale.join(", ")
        ))
    }
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                collect_rs(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
}
