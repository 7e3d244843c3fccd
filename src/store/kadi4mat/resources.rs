//! What Kadi4Mat's four resource types (records, collections, templates, groups) share:
//! their common columns, found by id or identifier, listed with Kadi's filters and
//! sorts, moved to and from the trash, and the roles they carry. Type-specific columns
//! are in each type's module.

use sea_orm::sea_query::{Alias, Expr, Func, Order, Query, SelectStatement};
use sea_orm::{ConnectionTrait, FromQueryResult, Value};

use super::access::{permitted, Action, Kind};
use crate::authz::kadi4mat::Caller;
use crate::store::like::containing;
use crate::store::StoreError;

impl Kind {
    /// The table holding this kind's rows.
    pub fn table(self) -> &'static str {
        match self {
            Kind::Record => "kd_records",
            Kind::Collection => "kd_collections",
            Kind::Template => "kd_templates",
            Kind::Group => "kd_groups",
        }
    }

    /// The path segment of this kind's endpoints (`records`).
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Record => "records",
            Kind::Collection => "collections",
            Kind::Template => "templates",
            Kind::Group => "groups",
        }
    }
}

/// The columns every resource has.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Common {
    pub id: i32,
    pub identifier: String,
    pub title: String,
    pub description: String,
    pub visibility: String,
    pub state: String,
    pub creator_id: i32,
    pub created_at: i64,
    pub last_modified: i64,
}

/// The [`Common`] columns of a row of any of the four kinds' tables (their entities
/// share these fields, not a type).
macro_rules! common_of {
    ($row:expr) => {{
        let r = $row;
        $crate::store::kadi4mat::resources::Common {
            id: r.id,
            identifier: r.identifier.clone(),
            title: r.title.clone(),
            description: r.description.clone(),
            visibility: r.visibility.clone(),
            state: r.state.clone(),
            creator_id: r.creator_id,
            created_at: r.created_at,
            last_modified: r.last_modified,
        }
    }};
}
pub(crate) use common_of;

fn col(kind: Kind, name: &str) -> (Alias, Alias) {
    (Alias::new(kind.table()), Alias::new(name))
}

fn common_select(kind: Kind) -> SelectStatement {
    let mut q = Query::select();
    for c in [
        "id",
        "identifier",
        "title",
        "description",
        "visibility",
        "state",
        "creator_id",
        "created_at",
        "last_modified",
    ] {
        q.column(col(kind, c));
    }
    q.from(Alias::new(kind.table()));
    q
}

async fn one<C: ConnectionTrait>(db: &C, q: SelectStatement) -> Result<Option<Common>, StoreError> {
    Ok(
        Common::find_by_statement(db.get_database_backend().build(&q))
            .one(db)
            .await?,
    )
}

/// The resource of `kind` with `id`, in any state.
pub async fn by_id<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    id: i32,
) -> Result<Option<Common>, StoreError> {
    let mut q = common_select(kind);
    q.and_where(Expr::col(col(kind, "id")).eq(id));
    one(db, q).await
}

/// The resource of `kind` with `identifier`, in any state.
pub async fn by_identifier<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    identifier: &str,
) -> Result<Option<Common>, StoreError> {
    let mut q = common_select(kind);
    q.and_where(Expr::col(col(kind, "identifier")).eq(identifier));
    one(db, q).await
}

/// The role `caller` holds on the resource, directly or through a group: the highest.
pub async fn role_of<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    id: i32,
    caller: &Caller,
) -> Result<Option<String>, StoreError> {
    #[derive(FromQueryResult)]
    struct RoleRow {
        role: String,
    }
    let q = if kind == Kind::Group {
        Query::select()
            .column(Alias::new("role"))
            .from(Alias::new("kd_group_members"))
            .and_where(Expr::col(Alias::new("group_id")).eq(id))
            .and_where(Expr::col(Alias::new("user_id")).eq(caller.id()))
            .to_owned()
    } else {
        let groups = super::access::groups_of(caller.id());
        Query::select()
            .column(Alias::new("role"))
            .from(Alias::new("kd_roles"))
            .and_where(Expr::col(Alias::new("resource_type")).eq(kind.as_str()))
            .and_where(Expr::col(Alias::new("resource_id")).eq(id))
            .and_where(
                Expr::col(Alias::new("subject_type"))
                    .eq("user")
                    .and(Expr::col(Alias::new("subject_id")).eq(caller.id()))
                    .or(Expr::col(Alias::new("subject_type"))
                        .eq("group")
                        .and(Expr::col(Alias::new("subject_id")).in_subquery(groups))),
            )
            .to_owned()
    };
    let roles = RoleRow::find_by_statement(db.get_database_backend().build(&q))
        .all(db)
        .await?;
    Ok(roles
        .into_iter()
        .map(|r| r.role)
        .max_by_key(|r| role_rank(r)))
}

/// Kadi's roles, least first.
pub fn role_rank(role: &str) -> u8 {
    match role {
        "member" => 1,
        "collaborator" => 2,
        "editor" => 3,
        "admin" => 4,
        _ => 0,
    }
}

/// How a listing is ordered: Kadi's `sort` values (`-last_modified` the default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    LastModified,
    CreatedAt,
    Title,
    Identifier,
}

impl Sort {
    /// `(sort, descending)` from Kadi's `sort` parameter (`-created_at`, `title`, …);
    /// anything else is the default, as Kadi ignores values it cannot read.
    pub fn parse(text: &str) -> (Sort, bool) {
        let (name, descending) = match text.strip_prefix('-') {
            Some(rest) => (rest, true),
            None => (text, false),
        };
        match name {
            "created_at" => (Sort::CreatedAt, descending),
            "last_modified" => (Sort::LastModified, descending),
            "title" => (Sort::Title, descending),
            "identifier" => (Sort::Identifier, descending),
            _ => (Sort::LastModified, true),
        }
    }

    fn column(self) -> &'static str {
        match self {
            Sort::LastModified => "last_modified",
            Sort::CreatedAt => "created_at",
            Sort::Title => "title",
            Sort::Identifier => "identifier",
        }
    }
}

/// What a listing of one kind of resource asks for.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Text in the title, identifier or description (any case).
    pub query: Option<String>,
    /// Only these visibilities.
    pub visibility: Option<String>,
    /// Only resources the caller holds a role on (not those readable for being public).
    pub explicit_permissions: bool,
    /// Only resources these users created.
    pub creators: Vec<i32>,
    /// Tags, all of which (`and`) or any of which (`or`) a resource must carry.
    pub tags: Vec<String>,
    pub tags_all: bool,
    /// Only these ids (a further restriction a type's own filters computed).
    pub ids: Option<Vec<i32>>,
    /// Records: only these types. Templates: only this type.
    pub types: Vec<String>,
    /// Extra conditions the caller's type adds (records in collections, …).
    pub extra: Vec<sea_orm::sea_query::SimpleExpr>,
}

/// The active resources of `kind` the caller may read that pass `filter`, one page of
/// their ids in `sort` order, and how many there are in all.
pub async fn search<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    caller: &Caller,
    filter: &Filter,
    sort: (Sort, bool),
    offset: u64,
    limit: u64,
) -> Result<(Vec<i32>, u64), StoreError> {
    let table = Alias::new(kind.table());
    let mut q = Query::select();
    q.from(table.clone())
        .and_where(Expr::col(col(kind, "state")).eq("active"))
        .and_where(permitted(
            kind,
            Action::Read,
            col(kind, "id"),
            col(kind, "visibility"),
            caller,
        ));
    if filter.explicit_permissions && !caller.is_sysadmin() {
        q.and_where(super::access::holds_role(
            kind,
            col(kind, "id"),
            caller,
            Action::Read.roles(kind),
        ));
    }
    if let Some(text) = filter.query.as_deref().filter(|t| !t.trim().is_empty()) {
        let pattern = containing(&text.trim().to_lowercase());
        let lower = |c: &str| Expr::expr(Func::lower(Expr::col(col(kind, c))));
        let mut any = lower("title")
            .like(pattern.clone())
            .or(lower("identifier").like(pattern.clone()))
            .or(lower("description").like(pattern.clone()));
        if kind == Kind::Record {
            any = any.or(lower("extras").like(pattern));
        }
        q.and_where(any);
    }
    if let Some(v) = &filter.visibility {
        q.and_where(Expr::col(col(kind, "visibility")).eq(v.as_str()));
    }
    if !filter.creators.is_empty() {
        q.and_where(Expr::col(col(kind, "creator_id")).is_in(filter.creators.clone()));
    }
    if let Some(ids) = &filter.ids {
        q.and_where(Expr::col(col(kind, "id")).is_in(ids.clone()));
    }
    if !filter.types.is_empty() {
        q.and_where(Expr::col(col(kind, "type")).is_in(filter.types.clone()));
    }
    if !filter.tags.is_empty() {
        let (tags_table, key) = super::tags::table(kind);
        let mut with_tags = Query::select();
        with_tags
            .column(Alias::new(key))
            .from(Alias::new(tags_table))
            .and_where(Expr::col(Alias::new("tag")).is_in(filter.tags.clone()));
        // Any tag: `IN` already takes each resource once, and grouping would cost a temp
        // B-tree over every match. All tags: grouped, each must be there.
        if filter.tags_all {
            with_tags.group_by_col(Alias::new(key)).and_having(
                Expr::expr(Expr::col(Alias::new("tag")).count_distinct())
                    .eq(filter.tags.len() as i64),
            );
        }
        q.and_where(Expr::col(col(kind, "id")).in_subquery(with_tags));
    }
    for e in &filter.extra {
        q.and_where(e.clone());
    }
    let total = count(db, &q).await?;
    let (sort, descending) = sort;
    let order = if descending { Order::Desc } else { Order::Asc };
    q.column(col(kind, "id"))
        .order_by(col(kind, sort.column()), order.clone())
        .order_by(col(kind, "id"), order)
        .offset(offset)
        .limit(limit);
    #[derive(FromQueryResult)]
    struct Id {
        id: i32,
    }
    let ids = Id::find_by_statement(db.get_database_backend().build(&q))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.id)
        .collect();
    Ok((ids, total))
}

async fn count<C: ConnectionTrait>(db: &C, q: &SelectStatement) -> Result<u64, StoreError> {
    #[derive(FromQueryResult)]
    struct Count {
        n: i64,
    }
    let mut counting = q.clone();
    counting.expr_as(Expr::col(Alias::new("id")).count(), Alias::new("n"));
    let n = Count::find_by_statement(db.get_database_backend().build(&counting))
        .one(db)
        .await?
        .map_or(0, |c| c.n);
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Whether another resource of `kind` (in any state but purged) has `identifier`.
pub async fn identifier_taken<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    identifier: &str,
    except: Option<i32>,
) -> Result<bool, StoreError> {
    let mut q = common_select(kind);
    q.and_where(Expr::col(col(kind, "identifier")).eq(identifier));
    if let Some(id) = except {
        q.and_where(Expr::col(col(kind, "id")).ne(id));
    }
    Ok(one(db, q).await?.is_some())
}

/// Sets the state (`active`, `deleted`) of a resource and touches it.
pub async fn set_state<C: ConnectionTrait>(
    db: &C,
    kind: Kind,
    id: i32,
    state: &str,
    now: i64,
) -> Result<(), StoreError> {
    let q = Query::update()
        .table(Alias::new(kind.table()))
        .value(Alias::new("state"), Value::from(state))
        .value(Alias::new("last_modified"), Value::from(now))
        .and_where(Expr::col(Alias::new("id")).eq(id))
        .to_owned();
    db.execute(db.get_database_backend().build(&q)).await?;
    Ok(())
}
