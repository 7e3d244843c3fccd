//! Rules for a workspace's source and target connections, per connector type.

use generated::syntho::v1 as api;

use super::error::{FieldErrors, SynthoError};

/// Connectors that reach a database server (the rest are object stores).
fn is_database(connector: api::ConnectorType) -> bool {
    !matches!(
        connector,
        api::ConnectorType::S3 | api::ConnectorType::AzureDataLake
    )
}

const SSL_MODES: &[&str] = &[
    "disable",
    "allow",
    "prefer",
    "require",
    "verify-ca",
    "verify-full",
];

/// Checks one connection; problems are added to `errors` under `field.*` paths.
/// `is_source` is recorded as sent: the vendor's own request sample sends `true` for
/// the target too.
pub fn check(field: &str, c: &api::Connection, errors: &mut FieldErrors) {
    let mut add = |path: &str, message: &str| {
        errors
            .entry(format!("{field}.{path}"))
            .or_default()
            .push(message.to_string());
    };
    let blank = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
    if is_database(c.connector_type) {
        for (name, value) in [
            ("host", &c.host),
            ("database", &c.database),
            ("username", &c.username),
        ] {
            if blank(value) {
                add(name, "This field is required.");
            }
        }
        match c.port {
            None => add("port", "This field is required."),
            Some(p) if !(1..=65535).contains(&p) => {
                add("port", "Ensure this value is between 1 and 65535.")
            }
            Some(_) => {}
        }
    } else if blank(&c.database) {
        add(
            "database",
            "This field is required (the bucket or container).",
        );
    }
    if let Some(hooks) = &c.hooks_params {
        if let Some(ssh) = &hooks.ssh_tunnel {
            if ssh.host.trim().is_empty() {
                add(
                    "hooks_params.SSHTunnel.host",
                    "This field may not be blank.",
                );
            }
            if !(1..=65535).contains(&ssh.port) {
                add(
                    "hooks_params.SSHTunnel.port",
                    "Ensure this value is between 1 and 65535.",
                );
            }
            if let Some(p) = ssh.local_port {
                if !(1..=65535).contains(&p) {
                    add(
                        "hooks_params.SSHTunnel.local_port",
                        "Ensure this value is between 1 and 65535.",
                    );
                }
            }
        }
        if let Some(ssl) = &hooks.ssl {
            if let Some(mode) = ssl.ssl_mode.as_deref() {
                if !SSL_MODES.contains(&mode) {
                    add(
                        "hooks_params.SSL.ssl_mode",
                        &format!(
                            "\"{mode}\" is not a valid choice; use one of {}.",
                            SSL_MODES.join(", ")
                        ),
                    );
                }
            }
        }
        if let Some(k) = &hooks.kerberos {
            if k.principal.trim().is_empty() {
                add(
                    "hooks_params.Kerberos.principal",
                    "This field may not be blank.",
                );
            }
            if k.keytab_file.trim().is_empty() {
                add(
                    "hooks_params.Kerberos.keytab_file",
                    "This field may not be blank.",
                );
            }
        }
    }
}

/// Checks a source/target pair, including that both use the same connector type.
pub fn check_pair(source: &api::Connection, target: &api::Connection) -> FieldErrors {
    let mut errors = FieldErrors::new();
    check("source_connection", source, &mut errors);
    check("target_connection", target, &mut errors);
    if source.connector_type != target.connector_type {
        errors
            .entry("target_connection.connector_type".into())
            .or_default()
            .push("The source and the target must use the same connector type.".into());
    }
    errors
}

/// [`check_pair`] as a result: the field errors, if any, as a 400.
pub fn validate_pair(
    source: &api::Connection,
    target: &api::Connection,
) -> Result<(), SynthoError> {
    let errors = check_pair(source, target);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(SynthoError::Invalid(errors))
    }
}

/// Secrets are write-only, so a client cannot send back what it never saw: a secret
/// left out of an update keeps its stored value (for the same connector type).
pub fn keep_secrets(new: &mut api::Connection, old: &api::Connection) {
    if new.connector_type != old.connector_type {
        return;
    }
    if new.password.is_none() {
        new.password.clone_from(&old.password);
    }
    let (Some(new_hooks), Some(old_hooks)) = (new.hooks_params.as_mut(), old.hooks_params.as_ref())
    else {
        return;
    };
    if let (Some(n), Some(o)) = (new_hooks.ssh_tunnel.as_mut(), old_hooks.ssh_tunnel.as_ref()) {
        if n.password.is_none() {
            n.password.clone_from(&o.password);
        }
        if n.pkey.is_none() {
            n.pkey.clone_from(&o.pkey);
        }
        if n.pkey_password.is_none() {
            n.pkey_password.clone_from(&o.pkey_password);
        }
    }
    if let (Some(n), Some(o)) = (new_hooks.ssl.as_mut(), old_hooks.ssl.as_ref()) {
        if n.key.is_none() {
            n.key.clone_from(&o.key);
        }
    }
}
