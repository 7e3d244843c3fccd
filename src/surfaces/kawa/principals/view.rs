//! A principal as KAWA shows it.

use generated::kawa::v1 as api;

use crate::common::time::iso_ms;
use crate::store::entities::user;
use crate::store::kawa::principals as store;

/// The application-wide permissions administrators hold; other principals hold none.
const ADMIN_PERMISSIONS: &[&str] = &["MANAGE_USERS", "MANAGE_DATA_SOURCES"];

/// `First Last`, or the email for a principal without a name.
pub fn display_name(u: &user::Model) -> String {
    let name = format!("{} {}", u.first_name, u.last_name);
    match name.trim() {
        "" => u.email.clone(),
        trimmed => trimmed.to_string(),
    }
}

/// The principal `u` as KAWA shows it.
pub fn principal(u: &user::Model) -> api::Principal {
    let admin = store::is_admin(u);
    api::Principal {
        id: u.id.to_string(),
        display_information: api::DisplayInformation {
            display_name: display_name(u),
            description: Some(String::new()),
        },
        unique_id: u.email.to_lowercase(),
        email: u.email.clone(),
        first_name: u.first_name.clone(),
        last_name: u.last_name.clone(),
        role: if admin {
            api::PrincipalRole::AdminRole
        } else {
            api::PrincipalRole::ReaderRole
        },
        status: if store::is_active(u) {
            api::PrincipalStatus::Active
        } else {
            api::PrincipalStatus::Inactive
        },
        permissions: if admin {
            ADMIN_PERMISSIONS.iter().map(|p| p.to_string()).collect()
        } else {
            Vec::new()
        },
        forbidden_data_source_types: Vec::new(),
        current_workspace_id: u.kawa_workspace_id.map(|id| id.to_string()),
        // No command sets a principal's tags; KAWA's own come from its UI.
        tags: Vec::new(),
        created_at: iso_ms(u.created_at),
    }
}
