//! Which Kadi4Mat resources a caller may act on, as SQL conditions every query of the
//! store filters by: a system administrator may do anything; anyone may read a public
//! resource; otherwise a role is needed, held directly or through a group (on a group
//! itself: being its member).

use sea_orm::sea_query::{Alias, Expr, IntoColumnRef, Query, SimpleExpr};

use crate::authz::kadi4mat::Caller;

/// The kinds of resource that carry roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Record,
    Collection,
    Template,
    Group,
}

impl Kind {
    /// The name roles and revisions store (`record`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Record => "record",
            Kind::Collection => "collection",
            Kind::Template => "template",
            Kind::Group => "group",
        }
    }
}

/// What a caller wants to do, and so which roles allow it (Kadi's permission tables).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    Link,
    Update,
    Permissions,
    Delete,
    /// Groups: add, change and remove members.
    Members,
}

impl Action {
    /// The roles on a resource of `kind` that allow this action.
    pub fn roles(self, kind: Kind) -> &'static [&'static str] {
        match (kind, self) {
            (_, Action::Read) => &["member", "collaborator", "editor", "admin"],
            (Kind::Record | Kind::Collection, Action::Link) => &["collaborator", "editor", "admin"],
            (_, Action::Link) => &[],
            (_, Action::Update) => &["editor", "admin"],
            (_, Action::Permissions | Action::Delete | Action::Members) => &["admin"],
        }
    }

    /// The word Kadi's permission errors use.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Read => "read",
            Action::Link => "link",
            Action::Update => "update",
            Action::Permissions => "permissions",
            Action::Delete => "delete",
            Action::Members => "members",
        }
    }
}

/// The active groups `user_id` is a member of, as a subquery: a group in the trash
/// grants its members nothing (Kadi leaves inactive groups out of every permission).
pub fn groups_of(user_id: i32) -> sea_orm::sea_query::SelectStatement {
    let members = Alias::new("kd_group_members");
    let groups = Alias::new("kd_groups");
    Query::select()
        .column((members.clone(), Alias::new("group_id")))
        .from(members.clone())
        .inner_join(
            groups.clone(),
            Expr::col((groups.clone(), Alias::new("id")))
                .equals((members.clone(), Alias::new("group_id"))),
        )
        .and_where(Expr::col((members, Alias::new("user_id"))).eq(user_id))
        .and_where(Expr::col((groups, Alias::new("state"))).eq("active"))
        .to_owned()
}

/// `caller` holds one of `roles` on the row of `kind` whose id is `id` (a column of the
/// outer query), directly or through a group.
pub fn holds_role(
    kind: Kind,
    id: impl IntoColumnRef,
    caller: &Caller,
    roles: &[&str],
) -> SimpleExpr {
    user_holds_role(kind, id, caller.id(), roles)
}

/// As [`holds_role`], for any user: what a user's profile lists as shared with them.
pub fn user_holds_role(
    kind: Kind,
    id: impl IntoColumnRef,
    user_id: i32,
    roles: &[&str],
) -> SimpleExpr {
    if roles.is_empty() {
        return Expr::value(false);
    }
    let roles: Vec<String> = roles.iter().map(|r| r.to_string()).collect();
    if kind == Kind::Group {
        // A group's roles are its members' roles.
        return Expr::exists(
            Query::select()
                .expr(Expr::value(1))
                .from(Alias::new("kd_group_members"))
                .and_where(
                    Expr::col((Alias::new("kd_group_members"), Alias::new("group_id"))).equals(id),
                )
                .and_where(
                    Expr::col((Alias::new("kd_group_members"), Alias::new("user_id"))).eq(user_id),
                )
                .and_where(
                    Expr::col((Alias::new("kd_group_members"), Alias::new("role"))).is_in(roles),
                )
                .to_owned(),
        );
    }
    let subject = Expr::col((Alias::new("kd_roles"), Alias::new("subject_type")))
        .eq("user")
        .and(Expr::col((Alias::new("kd_roles"), Alias::new("subject_id"))).eq(user_id))
        .or(
            Expr::col((Alias::new("kd_roles"), Alias::new("subject_type")))
                .eq("group")
                .and(
                    Expr::col((Alias::new("kd_roles"), Alias::new("subject_id")))
                        .in_subquery(groups_of(user_id)),
                ),
        );
    Expr::exists(
        Query::select()
            .expr(Expr::value(1))
            .from(Alias::new("kd_roles"))
            .and_where(
                Expr::col((Alias::new("kd_roles"), Alias::new("resource_type"))).eq(kind.as_str()),
            )
            .and_where(Expr::col((Alias::new("kd_roles"), Alias::new("resource_id"))).equals(id))
            .and_where(Expr::col((Alias::new("kd_roles"), Alias::new("role"))).is_in(roles))
            .and_where(subject)
            .to_owned(),
    )
}

/// `caller` may do `action` to the row of `kind` whose id is `id` and whose visibility is
/// `visibility` (columns of the outer query).
pub fn permitted(
    kind: Kind,
    action: Action,
    id: impl IntoColumnRef,
    visibility: impl IntoColumnRef,
    caller: &Caller,
) -> SimpleExpr {
    if caller.is_sysadmin() {
        return Expr::value(true);
    }
    let role = holds_role(kind, id, caller, action.roles(kind));
    if action == Action::Read {
        Expr::col(visibility).is_in(["public", "open"]).or(role)
    } else {
        role
    }
}
