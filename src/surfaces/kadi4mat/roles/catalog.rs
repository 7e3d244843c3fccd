//! `GET /roles`: each resource type's roles and the actions they permit, read off the
//! same table the permission checks use ([`Action::roles`]).

use generated::kadi4mat::v1 as api;
use generated::support::WireEnum;

use super::names;
use crate::store::kadi4mat::access::{Action, Kind};

/// What each action lets a holder do, in Kadi's words.
fn actions(kind: Kind) -> Vec<(Action, String)> {
    let noun = match kind {
        Kind::Record => "record",
        Kind::Collection => "collection",
        Kind::Template => "template",
        Kind::Group => "group",
    };
    let mut list = vec![(Action::Read, format!("View this {noun}."))];
    if matches!(kind, Kind::Record | Kind::Collection) {
        list.push((
            Action::Link,
            format!("Manage links of this {noun} with other resources."),
        ));
    }
    list.push((Action::Update, format!("Edit this {noun}.")));
    if kind == Kind::Group {
        list.push((Action::Members, "Manage members of this group.".into()));
    } else {
        list.push((
            Action::Permissions,
            format!("Manage permissions of this {noun}."),
        ));
    }
    list.push((Action::Delete, format!("Delete this {noun}.")));
    list
}

fn roles(kind: Kind) -> Vec<api::RoleDescription> {
    names(kind)
        .iter()
        .filter_map(|name| {
            let permissions = actions(kind)
                .into_iter()
                .filter(|(action, _)| action.roles(kind).contains(name))
                .map(|(action, description)| api::Permission {
                    action: action.as_str().to_string(),
                    description,
                })
                .collect();
            Some(api::RoleDescription {
                name: api::RoleNameValue::from_wire(name)?,
                permissions,
            })
        })
        .collect()
}

/// The catalogue.
pub fn catalog() -> api::RoleCatalog {
    api::RoleCatalog {
        record: roles(Kind::Record),
        collection: roles(Kind::Collection),
        template: roles(Kind::Template),
        group: roles(Kind::Group),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_permits_what_the_checks_allow() {
        let c = catalog();
        let record_member = &c.record[0];
        assert_eq!(record_member.name, api::RoleNameValue::Member);
        assert_eq!(record_member.permissions.len(), 1);
        let collaborator = &c.record[1];
        assert!(collaborator.permissions.iter().any(|p| p.action == "link"));
        assert_eq!(c.template.len(), 3, "no collaborator on templates");
        let group_admin = c.group.last().unwrap();
        assert!(group_admin
            .permissions
            .iter()
            .any(|p| p.action == "members"));
    }
}
