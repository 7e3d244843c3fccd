//! Kadi4Mat HTTP API 1.0.0 — generated from `openapi/kadi4mat/v1.yaml` by `cargo xtask codegen`; never edit by hand.
#![allow(
    clippy::all,
    clippy::pedantic,
    unused_imports,
    non_camel_case_types,
    missing_docs
)]

use crate::support::Json;
use poem_openapi::param::{Cookie, Header, Path, Query};
use poem_openapi::payload::{Binary, PlainText};
use std::sync::Arc;

/// The spec's `info.title`.
pub const TITLE: &str = "Kadi4Mat HTTP API";
/// The spec's `info.version`.
pub const VERSION: &str = "1.0.0";
/// Product name, as in `openapi/<product>/`.
pub const PRODUCT: &str = "kadi4mat";
/// Contract version, as in `openapi/<product>/<version>.yaml`.
pub const API_VERSION: &str = "v1";
/// The source spec's path inside the repository.
pub const SPEC_PATH: &str = "openapi/kadi4mat/v1.yaml";
/// The source spec, verbatim.
pub const SPEC_YAML: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../openapi/kadi4mat/v1.yaml"
));

/// Every operation of this contract, in spec order.
pub const OPERATIONS: &[crate::support::Operation] = &[
    crate::support::Operation {
        method: "GET",
        path: "/",
        operation_id: "index",
        secured: true,
        scopes: &[],
        tag: "misc",
    },
    crate::support::Operation {
        method: "GET",
        path: "/collections",
        operation_id: "get_collections",
        secured: true,
        scopes: &["collection.read"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/collections",
        operation_id: "new_collection",
        secured: true,
        scopes: &["collection.create"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/collections/identifier/{identifier}",
        operation_id: "get_collection_by_identifier",
        secured: true,
        scopes: &["collection.read"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/collections/{id}",
        operation_id: "get_collection",
        secured: true,
        scopes: &["collection.read"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/collections/{id}",
        operation_id: "delete_collection",
        secured: true,
        scopes: &["collection.delete"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/collections/{id}",
        operation_id: "edit_collection",
        secured: true,
        scopes: &["collection.update"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/collections/{id}/collections",
        operation_id: "get_child_collections",
        secured: true,
        scopes: &["collection.read"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/collections/{id}/collections",
        operation_id: "add_child_collection",
        secured: true,
        scopes: &["collection.link"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/collections/{id}/collections/{child_id}",
        operation_id: "remove_child_collection",
        secured: true,
        scopes: &["collection.link"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/collections/{id}/export/{export_type}",
        operation_id: "get_collection_export",
        secured: true,
        scopes: &["collection.read"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/collections/{id}/purge",
        operation_id: "purge_collection",
        secured: true,
        scopes: &["misc.manage_trash"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/collections/{id}/records",
        operation_id: "get_collection_records",
        secured: true,
        scopes: &["collection.read", "record.read"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/collections/{id}/records",
        operation_id: "add_collection_record",
        secured: true,
        scopes: &["collection.link"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/collections/{id}/records/{record_id}",
        operation_id: "remove_collection_record",
        secured: true,
        scopes: &["collection.link"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "POST",
        path: "/collections/{id}/restore",
        operation_id: "restore_collection",
        secured: true,
        scopes: &["misc.manage_trash"],
        tag: "collections",
    },
    crate::support::Operation {
        method: "GET",
        path: "/collections/{id}/revisions",
        operation_id: "get_collection_revisions",
        secured: true,
        scopes: &["collection.read"],
        tag: "revisions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/collections/{id}/revisions/{revision_id}",
        operation_id: "get_collection_revision",
        secured: true,
        scopes: &["collection.read"],
        tag: "revisions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/collections/{id}/roles/groups",
        operation_id: "get_collection_group_roles",
        secured: true,
        scopes: &["collection.read", "group.read"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "POST",
        path: "/collections/{id}/roles/groups",
        operation_id: "add_collection_group_role",
        secured: true,
        scopes: &["collection.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/collections/{id}/roles/groups/{group_id}",
        operation_id: "remove_collection_group_role",
        secured: true,
        scopes: &["collection.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/collections/{id}/roles/groups/{group_id}",
        operation_id: "change_collection_group_role",
        secured: true,
        scopes: &["collection.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "GET",
        path: "/collections/{id}/roles/users",
        operation_id: "get_collection_user_roles",
        secured: true,
        scopes: &["collection.read", "user.read"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "POST",
        path: "/collections/{id}/roles/users",
        operation_id: "add_collection_user_role",
        secured: true,
        scopes: &["collection.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/collections/{id}/roles/users/{user_id}",
        operation_id: "remove_collection_user_role",
        secured: true,
        scopes: &["collection.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/collections/{id}/roles/users/{user_id}",
        operation_id: "change_collection_user_role",
        secured: true,
        scopes: &["collection.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "GET",
        path: "/groups",
        operation_id: "get_groups",
        secured: true,
        scopes: &["group.read"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "POST",
        path: "/groups",
        operation_id: "new_group",
        secured: true,
        scopes: &["group.create"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "GET",
        path: "/groups/identifier/{identifier}",
        operation_id: "get_group_by_identifier",
        secured: true,
        scopes: &["group.read"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "GET",
        path: "/groups/{id}",
        operation_id: "get_group",
        secured: true,
        scopes: &["group.read"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/groups/{id}",
        operation_id: "delete_group",
        secured: true,
        scopes: &["group.delete"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/groups/{id}",
        operation_id: "edit_group",
        secured: true,
        scopes: &["group.update"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "GET",
        path: "/groups/{id}/collections",
        operation_id: "get_group_collections",
        secured: true,
        scopes: &["group.read", "collection.read"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "GET",
        path: "/groups/{id}/members",
        operation_id: "get_group_members",
        secured: true,
        scopes: &["group.read", "user.read"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "POST",
        path: "/groups/{id}/members",
        operation_id: "add_group_member",
        secured: true,
        scopes: &["group.members"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/groups/{id}/members/{user_id}",
        operation_id: "remove_group_member",
        secured: true,
        scopes: &["group.members"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/groups/{id}/members/{user_id}",
        operation_id: "change_group_member",
        secured: true,
        scopes: &["group.members"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "POST",
        path: "/groups/{id}/purge",
        operation_id: "purge_group",
        secured: true,
        scopes: &["misc.manage_trash"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "GET",
        path: "/groups/{id}/records",
        operation_id: "get_group_records",
        secured: true,
        scopes: &["group.read", "record.read"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "POST",
        path: "/groups/{id}/restore",
        operation_id: "restore_group",
        secured: true,
        scopes: &["misc.manage_trash"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "GET",
        path: "/groups/{id}/revisions",
        operation_id: "get_group_revisions",
        secured: true,
        scopes: &["group.read"],
        tag: "revisions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/groups/{id}/revisions/{revision_id}",
        operation_id: "get_group_revision",
        secured: true,
        scopes: &["group.read"],
        tag: "revisions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/groups/{id}/templates",
        operation_id: "get_group_templates",
        secured: true,
        scopes: &["group.read", "template.read"],
        tag: "groups",
    },
    crate::support::Operation {
        method: "GET",
        path: "/info",
        operation_id: "get_info",
        secured: true,
        scopes: &[],
        tag: "misc",
    },
    crate::support::Operation {
        method: "GET",
        path: "/licenses",
        operation_id: "get_licenses",
        secured: true,
        scopes: &[],
        tag: "misc",
    },
    crate::support::Operation {
        method: "POST",
        path: "/oauth/userinfo",
        operation_id: "oauth_userinfo",
        secured: true,
        scopes: &[],
        tag: "misc",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records",
        operation_id: "get_records",
        secured: true,
        scopes: &["record.read"],
        tag: "records",
    },
    crate::support::Operation {
        method: "POST",
        path: "/records",
        operation_id: "new_record",
        secured: true,
        scopes: &["record.create"],
        tag: "records",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/files/{id}",
        operation_id: "get_file_by_id",
        secured: true,
        scopes: &["record.read"],
        tag: "files",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/identifier/{identifier}",
        operation_id: "get_record_by_identifier",
        secured: true,
        scopes: &["record.read"],
        tag: "records",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/records/{id}",
        operation_id: "get_record_link_by_id",
        secured: true,
        scopes: &["record.read"],
        tag: "records",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}",
        operation_id: "get_record",
        secured: true,
        scopes: &["record.read"],
        tag: "records",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/records/{id}",
        operation_id: "delete_record",
        secured: true,
        scopes: &["record.delete"],
        tag: "records",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/records/{id}",
        operation_id: "edit_record",
        secured: true,
        scopes: &["record.update"],
        tag: "records",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/collections",
        operation_id: "get_record_collections",
        secured: true,
        scopes: &["record.read", "collection.read"],
        tag: "records",
    },
    crate::support::Operation {
        method: "POST",
        path: "/records/{id}/collections",
        operation_id: "add_record_collection",
        secured: true,
        scopes: &["record.link"],
        tag: "records",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/records/{id}/collections/{collection_id}",
        operation_id: "remove_record_collection",
        secured: true,
        scopes: &["record.link"],
        tag: "records",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/export/{export_type}",
        operation_id: "get_record_export",
        secured: true,
        scopes: &["record.read"],
        tag: "records",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/extras/export/{export_type}",
        operation_id: "get_extras_export",
        secured: true,
        scopes: &["record.read"],
        tag: "records",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/files",
        operation_id: "get_files",
        secured: true,
        scopes: &["record.read"],
        tag: "files",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/files/download",
        operation_id: "download_files",
        secured: true,
        scopes: &["record.read"],
        tag: "files",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/files/name/{filename}",
        operation_id: "get_file_by_name",
        secured: true,
        scopes: &["record.read"],
        tag: "files",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/files/revisions",
        operation_id: "get_file_revisions",
        secured: true,
        scopes: &["record.read"],
        tag: "revisions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/files/revisions/{revision_id}",
        operation_id: "get_file_revision",
        secured: true,
        scopes: &["record.read"],
        tag: "revisions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/files/{file_id}",
        operation_id: "get_file",
        secured: true,
        scopes: &["record.read"],
        tag: "files",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/records/{id}/files/{file_id}",
        operation_id: "edit_file_data",
        secured: true,
        scopes: &["record.update"],
        tag: "files",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/records/{id}/files/{file_id}",
        operation_id: "delete_file",
        secured: true,
        scopes: &["record.update"],
        tag: "files",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/records/{id}/files/{file_id}",
        operation_id: "edit_file_metadata",
        secured: true,
        scopes: &["record.update"],
        tag: "files",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/files/{file_id}/download",
        operation_id: "download_file",
        secured: true,
        scopes: &["record.read"],
        tag: "files",
    },
    crate::support::Operation {
        method: "POST",
        path: "/records/{id}/purge",
        operation_id: "purge_record",
        secured: true,
        scopes: &["misc.manage_trash"],
        tag: "records",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/records",
        operation_id: "get_record_links",
        secured: true,
        scopes: &["record.read"],
        tag: "records",
    },
    crate::support::Operation {
        method: "POST",
        path: "/records/{id}/records",
        operation_id: "new_record_link",
        secured: true,
        scopes: &["record.link"],
        tag: "records",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/records/{link_id}",
        operation_id: "get_record_link",
        secured: true,
        scopes: &["record.read"],
        tag: "records",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/records/{id}/records/{link_id}",
        operation_id: "remove_record_link",
        secured: true,
        scopes: &["record.link"],
        tag: "records",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/records/{id}/records/{link_id}",
        operation_id: "edit_record_link",
        secured: true,
        scopes: &["record.link"],
        tag: "records",
    },
    crate::support::Operation {
        method: "POST",
        path: "/records/{id}/restore",
        operation_id: "restore_record",
        secured: true,
        scopes: &["misc.manage_trash"],
        tag: "records",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/revisions",
        operation_id: "get_record_revisions",
        secured: true,
        scopes: &["record.read"],
        tag: "revisions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/revisions/{revision_id}",
        operation_id: "get_record_revision",
        secured: true,
        scopes: &["record.read"],
        tag: "revisions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/roles/groups",
        operation_id: "get_record_group_roles",
        secured: true,
        scopes: &["record.read", "group.read"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "POST",
        path: "/records/{id}/roles/groups",
        operation_id: "add_record_group_role",
        secured: true,
        scopes: &["record.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/records/{id}/roles/groups/{group_id}",
        operation_id: "remove_record_group_role",
        secured: true,
        scopes: &["record.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/records/{id}/roles/groups/{group_id}",
        operation_id: "change_record_group_role",
        secured: true,
        scopes: &["record.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/roles/users",
        operation_id: "get_record_user_roles",
        secured: true,
        scopes: &["record.read", "user.read"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "POST",
        path: "/records/{id}/roles/users",
        operation_id: "add_record_user_role",
        secured: true,
        scopes: &["record.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/records/{id}/roles/users/{user_id}",
        operation_id: "remove_record_user_role",
        secured: true,
        scopes: &["record.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/records/{id}/roles/users/{user_id}",
        operation_id: "change_record_user_role",
        secured: true,
        scopes: &["record.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/uploads",
        operation_id: "get_uploads",
        secured: true,
        scopes: &["record.update"],
        tag: "uploads",
    },
    crate::support::Operation {
        method: "POST",
        path: "/records/{id}/uploads",
        operation_id: "new_upload",
        secured: true,
        scopes: &["record.update"],
        tag: "uploads",
    },
    crate::support::Operation {
        method: "GET",
        path: "/records/{id}/uploads/{upload_id}",
        operation_id: "get_upload",
        secured: true,
        scopes: &["record.update"],
        tag: "uploads",
    },
    crate::support::Operation {
        method: "PUT",
        path: "/records/{id}/uploads/{upload_id}",
        operation_id: "upload_data",
        secured: true,
        scopes: &["record.update"],
        tag: "uploads",
    },
    crate::support::Operation {
        method: "POST",
        path: "/records/{id}/uploads/{upload_id}",
        operation_id: "finish_upload",
        secured: true,
        scopes: &["record.update"],
        tag: "uploads",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/records/{id}/uploads/{upload_id}",
        operation_id: "delete_upload",
        secured: true,
        scopes: &["record.update"],
        tag: "uploads",
    },
    crate::support::Operation {
        method: "GET",
        path: "/roles",
        operation_id: "get_roles",
        secured: true,
        scopes: &[],
        tag: "roles",
    },
    crate::support::Operation {
        method: "GET",
        path: "/tags",
        operation_id: "get_tags",
        secured: true,
        scopes: &[],
        tag: "misc",
    },
    crate::support::Operation {
        method: "GET",
        path: "/templates",
        operation_id: "get_templates",
        secured: true,
        scopes: &["template.read"],
        tag: "templates",
    },
    crate::support::Operation {
        method: "POST",
        path: "/templates",
        operation_id: "new_template",
        secured: true,
        scopes: &["template.create"],
        tag: "templates",
    },
    crate::support::Operation {
        method: "GET",
        path: "/templates/identifier/{identifier}",
        operation_id: "get_template_by_identifier",
        secured: true,
        scopes: &["template.read"],
        tag: "templates",
    },
    crate::support::Operation {
        method: "GET",
        path: "/templates/{id}",
        operation_id: "get_template",
        secured: true,
        scopes: &["template.read"],
        tag: "templates",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/templates/{id}",
        operation_id: "delete_template",
        secured: true,
        scopes: &["template.delete"],
        tag: "templates",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/templates/{id}",
        operation_id: "edit_template",
        secured: true,
        scopes: &["template.update"],
        tag: "templates",
    },
    crate::support::Operation {
        method: "GET",
        path: "/templates/{id}/export/{export_type}",
        operation_id: "get_template_export",
        secured: true,
        scopes: &["template.read"],
        tag: "templates",
    },
    crate::support::Operation {
        method: "POST",
        path: "/templates/{id}/purge",
        operation_id: "purge_template",
        secured: true,
        scopes: &["misc.manage_trash"],
        tag: "templates",
    },
    crate::support::Operation {
        method: "POST",
        path: "/templates/{id}/restore",
        operation_id: "restore_template",
        secured: true,
        scopes: &["misc.manage_trash"],
        tag: "templates",
    },
    crate::support::Operation {
        method: "GET",
        path: "/templates/{id}/revisions",
        operation_id: "get_template_revisions",
        secured: true,
        scopes: &["template.read"],
        tag: "revisions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/templates/{id}/revisions/{revision_id}",
        operation_id: "get_template_revision",
        secured: true,
        scopes: &["template.read"],
        tag: "revisions",
    },
    crate::support::Operation {
        method: "GET",
        path: "/templates/{id}/roles/groups",
        operation_id: "get_template_group_roles",
        secured: true,
        scopes: &["template.read", "group.read"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "POST",
        path: "/templates/{id}/roles/groups",
        operation_id: "add_template_group_role",
        secured: true,
        scopes: &["template.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/templates/{id}/roles/groups/{group_id}",
        operation_id: "remove_template_group_role",
        secured: true,
        scopes: &["template.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/templates/{id}/roles/groups/{group_id}",
        operation_id: "change_template_group_role",
        secured: true,
        scopes: &["template.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "GET",
        path: "/templates/{id}/roles/users",
        operation_id: "get_template_user_roles",
        secured: true,
        scopes: &["template.read", "user.read"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "POST",
        path: "/templates/{id}/roles/users",
        operation_id: "add_template_user_role",
        secured: true,
        scopes: &["template.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "DELETE",
        path: "/templates/{id}/roles/users/{user_id}",
        operation_id: "remove_template_user_role",
        secured: true,
        scopes: &["template.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "PATCH",
        path: "/templates/{id}/roles/users/{user_id}",
        operation_id: "change_template_user_role",
        secured: true,
        scopes: &["template.permissions"],
        tag: "roles",
    },
    crate::support::Operation {
        method: "GET",
        path: "/trash",
        operation_id: "get_trash",
        secured: true,
        scopes: &["misc.manage_trash"],
        tag: "misc",
    },
    crate::support::Operation {
        method: "GET",
        path: "/users",
        operation_id: "get_users",
        secured: true,
        scopes: &["user.read"],
        tag: "users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/users/me",
        operation_id: "get_current_user",
        secured: true,
        scopes: &["user.read"],
        tag: "users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/users/{id}",
        operation_id: "get_user",
        secured: true,
        scopes: &["user.read"],
        tag: "users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/users/{id}/collections",
        operation_id: "get_user_collections",
        secured: true,
        scopes: &["user.read", "collection.read"],
        tag: "users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/users/{id}/groups",
        operation_id: "get_user_groups",
        secured: true,
        scopes: &["user.read", "group.read"],
        tag: "users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/users/{id}/identities",
        operation_id: "get_user_identities",
        secured: true,
        scopes: &["user.read"],
        tag: "users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/users/{id}/records",
        operation_id: "get_user_records",
        secured: true,
        scopes: &["user.read", "record.read"],
        tag: "users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/users/{id}/templates",
        operation_id: "get_user_templates",
        secured: true,
        scopes: &["user.read", "template.read"],
        tag: "users",
    },
    crate::support::Operation {
        method: "GET",
        path: "/users/{id}/{username}",
        operation_id: "get_user_by_identity",
        secured: true,
        scopes: &["user.read"],
        tag: "users",
    },
];

/// Path prefixes the operations answer under (the spec's `servers`; `""` for absolute paths).
pub const BASE_PATHS: &[&str] = &["/api/v1", "/api"];
/// `info.x-understudy-released`: this version only changes additively.
pub const RELEASED: bool = true;

/// This contract, for code that walks every product.
pub const CONTRACT: crate::support::Contract = crate::support::Contract {
    product: PRODUCT,
    version: API_VERSION,
    title: TITLE,
    spec_path: SPEC_PATH,
    spec_yaml: SPEC_YAML,
    base_paths: BASE_PATHS,
    operations: OPERATIONS,
    released: RELEASED,
};

/// The spec's tags.
#[derive(poem_openapi::Tags)]
pub enum Tags {
    /// Records: search, create, edit, delete, restore, export; links between records and to collections.
    #[oai(rename = "records")]
    Records,
    /// Files of a record: metadata, download, replacement.
    #[oai(rename = "files")]
    Files,
    /// Direct and chunked uploads of file data into a record.
    #[oai(rename = "uploads")]
    Uploads,
    /// Collections of records and their child collections.
    #[oai(rename = "collections")]
    Collections,
    /// Record and extras templates.
    #[oai(rename = "templates")]
    Templates,
    /// Groups of users, their members and the resources shared with them.
    #[oai(rename = "groups")]
    Groups,
    /// Users, their identities and resources.
    #[oai(rename = "users")]
    Users,
    /// The role catalogue and user and group roles of records, collections and templates.
    #[oai(rename = "roles")]
    Roles,
    /// Revision history of records, files, collections, templates and groups.
    #[oai(rename = "revisions")]
    Revisions,
    /// Index, instance information, licenses, tags, trash and OpenID Connect user info.
    #[oai(rename = "misc")]
    Misc,
}

/// A personal access token (`pat_...`; tokens without prefix are tried as PATs), sent as `Authorization: Bearer <token>`. Scopes an operation requires are listed in its `x-required-scopes`.
#[derive(poem_openapi::SecurityScheme)]
#[oai(rename = "personalAccessToken", ty = "bearer")]
pub struct PersonalAccessToken(pub poem_openapi::auth::Bearer);

impl crate::support::Credential for PersonalAccessToken {
    fn credential(&self) -> String {
        crate::support::Credential::credential(&self.0)
    }
}

/// The entry points of the API, as absolute URLs under the prefix of the request.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ApiIndex")]
pub struct ApiIndex {
    /// The `collections` endpoint.
    #[oai(rename = "collections")]
    #[serde(rename = "collections")]
    pub collections: String,
    /// The `groups` endpoint.
    #[oai(rename = "groups")]
    #[serde(rename = "groups")]
    pub groups: String,
    /// The `info` endpoint.
    #[oai(rename = "info")]
    #[serde(rename = "info")]
    pub info: String,
    /// The `licenses` endpoint.
    #[oai(rename = "licenses")]
    #[serde(rename = "licenses")]
    pub licenses: String,
    /// The `records` endpoint.
    #[oai(rename = "records")]
    #[serde(rename = "records")]
    pub records: String,
    /// The `roles` endpoint.
    #[oai(rename = "roles")]
    #[serde(rename = "roles")]
    pub roles: String,
    /// The `tags` endpoint.
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: String,
    /// The `templates` endpoint.
    #[oai(rename = "templates")]
    #[serde(rename = "templates")]
    pub templates: String,
    /// The `trash` endpoint.
    #[oai(rename = "trash")]
    #[serde(rename = "trash")]
    pub trash: String,
    /// The `users` endpoint.
    #[oai(rename = "users")]
    #[serde(rename = "users")]
    pub users: String,
}

/// An uploaded chunk.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Chunk")]
pub struct Chunk {
    /// Chunk index, from 0.
    #[oai(rename = "index", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "index")]
    pub index: i64,
    /// Chunk size in bytes.
    #[oai(rename = "size", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "size")]
    pub size: i64,
    /// MD5 checksum of the chunk, when given.
    #[oai(rename = "checksum")]
    #[serde(rename = "checksum", default)]
    pub checksum: Option<String>,
}

/// A collection of records (and child collections).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Collection")]
pub struct Collection {
    /// The resource's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    /// Unique, human-readable identifier.
    #[oai(
        rename = "identifier",
        validator(max_length = 50, pattern = "^[a-z0-9_-]+$")
    )]
    #[serde(rename = "identifier")]
    pub identifier: String,
    /// The title.
    #[oai(rename = "title", validator(max_length = 150))]
    #[serde(rename = "title")]
    pub title: String,
    /// Description in Markdown.
    #[oai(rename = "description", validator(max_length = 50000))]
    #[serde(rename = "description")]
    pub description: String,
    /// The description without Markdown.
    #[oai(rename = "plain_description", skip_serializing_if_is_none)]
    #[serde(
        rename = "plain_description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub plain_description: Option<String>,
    /// Visibility of a record or collection (`open` is accepted for these two types only).
    #[oai(rename = "visibility")]
    #[serde(rename = "visibility")]
    pub visibility: ResourceVisibility,
    /// Lifecycle state; `deleted` resources are in the trash.
    #[oai(rename = "state")]
    #[serde(rename = "state")]
    pub state: ResourceState,
    /// When it was created.
    #[oai(rename = "created_at")]
    #[serde(rename = "created_at")]
    pub created_at: String,
    /// When it last changed.
    #[oai(rename = "last_modified")]
    #[serde(rename = "last_modified")]
    pub last_modified: String,
    /// A user. Omitted as `creator` from other objects when the token lacks `user.read`.
    #[oai(rename = "creator", skip_serializing_if_is_none)]
    #[serde(rename = "creator", default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<User>,
    /// Tags (lower-case, unique).
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// Related endpoints of a collection.
    #[oai(rename = "_links", skip_serializing_if_is_none)]
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<CollectionLinks>,
    /// Actions on a collection.
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<CollectionActions>,
}

/// Actions on a collection.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CollectionActions")]
pub struct CollectionActions {
    /// PATCH to edit.
    #[oai(rename = "edit")]
    #[serde(rename = "edit")]
    pub edit: String,
    /// DELETE to move to the trash.
    #[oai(rename = "delete")]
    #[serde(rename = "delete")]
    pub delete: String,
    /// POST to add a record.
    #[oai(rename = "link_record")]
    #[serde(rename = "link_record")]
    pub link_record: String,
    /// POST to add a child collection.
    #[oai(rename = "link_collection")]
    #[serde(rename = "link_collection")]
    pub link_collection: String,
    /// POST to grant a user role.
    #[oai(rename = "add_user_role")]
    #[serde(rename = "add_user_role")]
    pub add_user_role: String,
    /// POST to grant a group role.
    #[oai(rename = "add_group_role")]
    #[serde(rename = "add_group_role")]
    pub add_group_role: String,
    /// DELETE to remove it from the record or parent it was listed under.
    #[oai(rename = "remove_link", skip_serializing_if_is_none)]
    #[serde(
        rename = "remove_link",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_link: Option<String>,
}

/// A new collection.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CollectionCreate")]
pub struct CollectionCreate {
    /// Unique identifier. Trimmed and lower-cased, as Kadi4Mat does, then at most 50 of `a-z`, `0-9`, `-` and `_` (a 400 naming the field otherwise).
    #[oai(
        rename = "identifier",
        validator(
            max_length = 50,
            min_length = 1,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[A-Za-z0-9_-]+[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(rename = "identifier")]
    pub identifier: String,
    /// The title.
    #[oai(
        rename = "title",
        validator(
            max_length = 150,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "title")]
    pub title: String,
    /// Description in Markdown.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// Tags (lower-case, unique).
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Visibility of a record or collection (`open` is accepted for these two types only).
    #[oai(rename = "visibility", skip_serializing_if_is_none)]
    #[serde(
        rename = "visibility",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visibility: Option<ResourceVisibility>,
}

/// Related endpoints of a collection.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CollectionLinks")]
pub struct CollectionLinks {
    /// This collection.
    #[oai(rename = "self")]
    #[serde(rename = "self")]
    pub self_: String,
    /// Its records.
    #[oai(rename = "records")]
    #[serde(rename = "records")]
    pub records: String,
    /// Its child collections.
    #[oai(rename = "children")]
    #[serde(rename = "children")]
    pub children: String,
    /// User roles.
    #[oai(rename = "user_roles")]
    #[serde(rename = "user_roles")]
    pub user_roles: String,
    /// Group roles.
    #[oai(rename = "group_roles")]
    #[serde(rename = "group_roles")]
    pub group_roles: String,
    /// Revisions.
    #[oai(rename = "revisions")]
    #[serde(rename = "revisions")]
    pub revisions: String,
    /// Its page in the web interface.
    #[oai(rename = "view", skip_serializing_if_is_none)]
    #[serde(rename = "view", default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
    /// The parent collection, if any.
    #[oai(rename = "parent", skip_serializing_if_is_none)]
    #[serde(rename = "parent", default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The default record template, if any.
    #[oai(rename = "record_template", skip_serializing_if_is_none)]
    #[serde(
        rename = "record_template",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub record_template: Option<String>,
}

/// A page of collections.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CollectionPage")]
pub struct CollectionPage {
    /// One page of collections.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<Collection>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
    /// Named absolute URLs (`_links` or `_actions` whose keys vary).
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<UrlMap>,
}

/// Changes to a collection.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "CollectionUpdate")]
pub struct CollectionUpdate {
    /// Unique identifier. Trimmed and lower-cased, as Kadi4Mat does, then at most 50 of `a-z`, `0-9`, `-` and `_` (a 400 naming the field otherwise).
    #[oai(
        rename = "identifier",
        skip_serializing_if_is_none,
        validator(
            max_length = 50,
            min_length = 1,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[A-Za-z0-9_-]+[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(
        rename = "identifier",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identifier: Option<String>,
    /// The title.
    #[oai(
        rename = "title",
        skip_serializing_if_is_none,
        validator(
            max_length = 150,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description in Markdown.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// Tags (lower-case, unique).
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Visibility of a record or collection (`open` is accepted for these two types only).
    #[oai(rename = "visibility", skip_serializing_if_is_none)]
    #[serde(
        rename = "visibility",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visibility: Option<ResourceVisibility>,
}

/// The error object every status >= 400 answers with. `errors` is added on validation failures (400), `scopes` when the token lacks a scope (401), `file` when an upload conflicts with an existing file (409).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Error")]
pub struct Error {
    /// The HTTP status code.
    #[oai(rename = "code")]
    #[serde(rename = "code")]
    pub code: i64,
    /// The HTTP reason phrase.
    #[oai(rename = "message")]
    #[serde(rename = "message")]
    pub message: String,
    /// What went wrong, in words.
    #[oai(rename = "description")]
    #[serde(rename = "description")]
    pub description: String,
    /// Validation messages by field, nested like the request body (`{"extras": {"0": {"value": ["..."]}}}`); the leaves are arrays of messages.
    #[oai(rename = "errors", skip_serializing_if_is_none)]
    #[serde(rename = "errors", default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Every scope the endpoint requires (401 for insufficient scope only).
    #[oai(rename = "scopes", skip_serializing_if_is_none)]
    #[serde(rename = "scopes", default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// A file of a record.
    #[oai(rename = "file", skip_serializing_if_is_none)]
    #[serde(rename = "file", default, skip_serializing_if = "Option::is_none")]
    pub file: Option<File>,
}

/// One entry of a record's extra metadata. `value` follows `type`: a string (`str`, and `date` as ISO 8601), an integer within +-(2^53-1) (`int`), a number (`float`), a boolean (`bool`), null for no value, or for `dict` and `list` an array of nested `Extra` objects (entries inside a `list` have no `key`).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Extra")]
pub struct Extra {
    /// The type of an extra metadata entry.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: ExtraType,
    /// The key (trimmed, not blank); unique among its siblings. Entries nested in a `list` value have none.
    #[oai(
        rename = "key",
        validator(
            max_length = 50,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "key")]
    pub key: String,
    /// The value, typed by `type` (see above), or null; nested extras for `dict` and `list`.
    #[oai(rename = "value", skip_serializing_if_is_none)]
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// The unit (`int` and `float` only; dropped for other types).
    #[oai(rename = "unit")]
    #[serde(rename = "unit", default)]
    pub unit: Option<String>,
    /// What the entry means.
    #[oai(rename = "description", skip_serializing_if_is_none)]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// An IRI of a term describing the entry.
    #[oai(
        rename = "term",
        validator(
            max_length = 2048,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*([A-Za-z][A-Za-z0-9+.-]*:[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+)?[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(rename = "term", default)]
    pub term: Option<String>,
    /// Validation instructions for an extra.
    #[oai(rename = "validation", skip_serializing_if_is_none)]
    #[serde(
        rename = "validation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub validation: Option<ExtraValidation>,
}

/// Inclusive bounds for `int` and `float` extras; either may be null.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ExtraRange")]
pub struct ExtraRange {
    /// Lower bound.
    #[oai(rename = "min")]
    #[serde(rename = "min", default)]
    pub min: Option<f64>,
    /// Upper bound.
    #[oai(rename = "max")]
    #[serde(rename = "max", default)]
    pub max: Option<f64>,
}

/// The type of an extra metadata entry.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ExtraType")]
pub enum ExtraType {
    #[oai(rename = "str")]
    #[serde(rename = "str")]
    Str,
    #[oai(rename = "int")]
    #[serde(rename = "int")]
    Int,
    #[oai(rename = "float")]
    #[serde(rename = "float")]
    Float,
    #[oai(rename = "bool")]
    #[serde(rename = "bool")]
    Bool,
    #[oai(rename = "date")]
    #[serde(rename = "date")]
    Date,
    #[oai(rename = "dict")]
    #[serde(rename = "dict")]
    Dict,
    #[oai(rename = "list")]
    #[serde(rename = "list")]
    List,
}

impl ExtraType {
    /// Every value, in spec order.
    pub const ALL: &'static [ExtraType] = &[
        ExtraType::Str,
        ExtraType::Int,
        ExtraType::Float,
        ExtraType::Bool,
        ExtraType::Date,
        ExtraType::Dict,
        ExtraType::List,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ExtraType::Str => "str",
            ExtraType::Int => "int",
            ExtraType::Float => "float",
            ExtraType::Bool => "bool",
            ExtraType::Date => "date",
            ExtraType::Dict => "dict",
            ExtraType::List => "list",
        }
    }
}

impl crate::support::WireEnum for ExtraType {
    const VALUES: &'static [ExtraType] = ExtraType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Validation instructions for an extra.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ExtraValidation")]
pub struct ExtraValidation {
    /// Whether a value must be given.
    #[oai(rename = "required", skip_serializing_if_is_none)]
    #[serde(rename = "required", default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Inclusive bounds for `int` and `float` extras; either may be null.
    #[oai(rename = "range", skip_serializing_if_is_none)]
    #[serde(rename = "range", default, skip_serializing_if = "Option::is_none")]
    pub range: Option<ExtraRange>,
    /// The permitted values (of the extra's type).
    #[oai(rename = "options", skip_serializing_if_is_none)]
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<serde_json::Value>>,
    /// Whether the value must be an IRI (`str` extras).
    #[oai(rename = "iri", skip_serializing_if_is_none)]
    #[serde(rename = "iri", default, skip_serializing_if = "Option::is_none")]
    pub iri: Option<bool>,
}

/// A file of a record.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "File")]
pub struct File {
    /// The file's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: uuid::Uuid,
    /// The file name, unique within the record.
    #[oai(rename = "name", validator(max_length = 256))]
    #[serde(rename = "name")]
    pub name: String,
    /// A description.
    #[oai(rename = "description", skip_serializing_if_is_none)]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// The MIME type (as given or guessed).
    #[oai(rename = "mimetype")]
    #[serde(rename = "mimetype")]
    pub mimetype: String,
    /// The MIME type detected from the content.
    #[oai(rename = "magic_mimetype")]
    #[serde(rename = "magic_mimetype", default)]
    pub magic_mimetype: Option<String>,
    /// Size in bytes.
    #[oai(rename = "size", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "size")]
    pub size: i64,
    /// MD5 checksum of the content.
    #[oai(rename = "checksum")]
    #[serde(rename = "checksum", default)]
    pub checksum: Option<String>,
    /// Where the data is stored (`local`).
    #[oai(rename = "storage_type")]
    #[serde(rename = "storage_type")]
    pub storage_type: String,
    /// The file state.
    #[oai(rename = "state")]
    #[serde(rename = "state")]
    pub state: FileState,
    /// When it was created.
    #[oai(rename = "created_at")]
    #[serde(rename = "created_at")]
    pub created_at: String,
    /// When it last changed.
    #[oai(rename = "last_modified")]
    #[serde(rename = "last_modified")]
    pub last_modified: String,
    /// A user. Omitted as `creator` from other objects when the token lacks `user.read`.
    #[oai(rename = "creator", skip_serializing_if_is_none)]
    #[serde(rename = "creator", default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<User>,
    /// Related endpoints of a file.
    #[oai(rename = "_links", skip_serializing_if_is_none)]
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<FileLinks>,
    /// Actions on a file.
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<FileActions>,
}

/// Actions on a file.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FileActions")]
pub struct FileActions {
    /// DELETE to delete.
    #[oai(rename = "delete")]
    #[serde(rename = "delete")]
    pub delete: String,
    /// PATCH to edit the metadata.
    #[oai(rename = "edit_metadata")]
    #[serde(rename = "edit_metadata")]
    pub edit_metadata: String,
    /// PUT to replace the data (starts an upload).
    #[oai(rename = "edit_data")]
    #[serde(rename = "edit_data")]
    pub edit_data: String,
}

/// The metadata of the upload that will replace a file's data.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FileDataUpdate")]
pub struct FileDataUpdate {
    /// Total size in bytes; above 50 000 000 the upload is chunked.
    #[oai(rename = "size", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "size")]
    pub size: i64,
    /// A description.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// The MIME type; guessed when absent.
    #[oai(
        rename = "mimetype",
        skip_serializing_if_is_none,
        validator(max_length = 256)
    )]
    #[serde(rename = "mimetype", default, skip_serializing_if = "Option::is_none")]
    pub mimetype: Option<String>,
}

/// Related endpoints of a file.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FileLinks")]
pub struct FileLinks {
    /// This file.
    #[oai(rename = "self")]
    #[serde(rename = "self")]
    pub self_: String,
    /// Its data.
    #[oai(rename = "download")]
    #[serde(rename = "download")]
    pub download: String,
    /// Its record.
    #[oai(rename = "record")]
    #[serde(rename = "record")]
    pub record: String,
    /// Its page in the web interface.
    #[oai(rename = "view", skip_serializing_if_is_none)]
    #[serde(rename = "view", default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
}

/// Changes to a file's metadata.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FileMetadataUpdate")]
pub struct FileMetadataUpdate {
    /// The file name.
    #[oai(
        rename = "name",
        skip_serializing_if_is_none,
        validator(max_length = 256, min_length = 1)
    )]
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A description.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// The MIME type; guessed when absent.
    #[oai(
        rename = "mimetype",
        skip_serializing_if_is_none,
        validator(max_length = 256)
    )]
    #[serde(rename = "mimetype", default, skip_serializing_if = "Option::is_none")]
    pub mimetype: Option<String>,
}

/// A page of files.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "FilePage")]
pub struct FilePage {
    /// One page of files.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<File>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
}

/// The file state.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "FileState")]
pub enum FileState {
    #[oai(rename = "active")]
    #[serde(rename = "active")]
    Active,
    #[oai(rename = "inactive")]
    #[serde(rename = "inactive")]
    Inactive,
    #[oai(rename = "deleted")]
    #[serde(rename = "deleted")]
    Deleted,
}

impl FileState {
    /// Every value, in spec order.
    pub const ALL: &'static [FileState] =
        &[FileState::Active, FileState::Inactive, FileState::Deleted];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            FileState::Active => "active",
            FileState::Inactive => "inactive",
            FileState::Deleted => "deleted",
        }
    }
}

impl crate::support::WireEnum for FileState {
    const VALUES: &'static [FileState] = FileState::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A group of users. Groups the caller cannot read appear (in role lists) with `id`, `title`, `identifier` and `visibility` only.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Group")]
pub struct Group {
    /// The resource's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    /// Unique, human-readable identifier.
    #[oai(
        rename = "identifier",
        validator(max_length = 50, pattern = "^[a-z0-9_-]+$")
    )]
    #[serde(rename = "identifier")]
    pub identifier: String,
    /// The title.
    #[oai(rename = "title", validator(max_length = 150))]
    #[serde(rename = "title")]
    pub title: String,
    /// Description in Markdown.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// The description without Markdown.
    #[oai(rename = "plain_description", skip_serializing_if_is_none)]
    #[serde(
        rename = "plain_description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub plain_description: Option<String>,
    /// Visibility of a template or group.
    #[oai(rename = "visibility")]
    #[serde(rename = "visibility")]
    pub visibility: Visibility,
    /// Lifecycle state; `deleted` resources are in the trash.
    #[oai(rename = "state", skip_serializing_if_is_none)]
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ResourceState>,
    /// When it was created.
    #[oai(rename = "created_at", skip_serializing_if_is_none)]
    #[serde(
        rename = "created_at",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<String>,
    /// When it last changed.
    #[oai(rename = "last_modified", skip_serializing_if_is_none)]
    #[serde(
        rename = "last_modified",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_modified: Option<String>,
    /// A user. Omitted as `creator` from other objects when the token lacks `user.read`.
    #[oai(rename = "creator", skip_serializing_if_is_none)]
    #[serde(rename = "creator", default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<User>,
    /// Related endpoints of a group.
    #[oai(rename = "_links", skip_serializing_if_is_none)]
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<GroupLinks>,
    /// Actions on a group.
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<GroupActions>,
}

/// Actions on a group.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "GroupActions")]
pub struct GroupActions {
    /// PATCH to edit.
    #[oai(rename = "edit")]
    #[serde(rename = "edit")]
    pub edit: String,
    /// DELETE to move to the trash.
    #[oai(rename = "delete")]
    #[serde(rename = "delete")]
    pub delete: String,
    /// POST to add a member.
    #[oai(rename = "add_member")]
    #[serde(rename = "add_member")]
    pub add_member: String,
}

/// A new group.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "GroupCreate")]
pub struct GroupCreate {
    /// Unique identifier. Trimmed and lower-cased, as Kadi4Mat does, then at most 50 of `a-z`, `0-9`, `-` and `_` (a 400 naming the field otherwise).
    #[oai(
        rename = "identifier",
        validator(
            max_length = 50,
            min_length = 1,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[A-Za-z0-9_-]+[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(rename = "identifier")]
    pub identifier: String,
    /// The title.
    #[oai(
        rename = "title",
        validator(
            max_length = 150,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "title")]
    pub title: String,
    /// Description in Markdown.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// Visibility of a template or group.
    #[oai(rename = "visibility", skip_serializing_if_is_none)]
    #[serde(
        rename = "visibility",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visibility: Option<Visibility>,
}

/// Related endpoints of a group.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "GroupLinks")]
pub struct GroupLinks {
    /// This group.
    #[oai(rename = "self")]
    #[serde(rename = "self")]
    pub self_: String,
    /// Its members.
    #[oai(rename = "members")]
    #[serde(rename = "members")]
    pub members: String,
    /// Records shared with it.
    #[oai(rename = "records")]
    #[serde(rename = "records")]
    pub records: String,
    /// Collections shared with it.
    #[oai(rename = "collections")]
    #[serde(rename = "collections")]
    pub collections: String,
    /// Templates shared with it.
    #[oai(rename = "templates")]
    #[serde(rename = "templates")]
    pub templates: String,
    /// Revisions.
    #[oai(rename = "revisions")]
    #[serde(rename = "revisions")]
    pub revisions: String,
    /// Its page in the web interface.
    #[oai(rename = "view", skip_serializing_if_is_none)]
    #[serde(rename = "view", default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
    /// Its image, when set.
    #[oai(rename = "image", skip_serializing_if_is_none)]
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// A page of groups.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "GroupPage")]
pub struct GroupPage {
    /// One page of groups.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<Group>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
    /// Named absolute URLs (`_links` or `_actions` whose keys vary).
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<UrlMap>,
}

/// A group's role in a resource.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "GroupRole")]
pub struct GroupRole {
    /// A group of users. Groups the caller cannot read appear (in role lists) with `id`, `title`, `identifier` and `visibility` only.
    #[oai(rename = "group")]
    #[serde(rename = "group")]
    pub group: Group,
    /// A role, by name.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: RoleName,
    /// Actions on a role entry.
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<RoleEntryActions>,
}

/// A role for a group.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "GroupRoleAssignment")]
pub struct GroupRoleAssignment {
    /// A reference to a resource by ID.
    #[oai(rename = "group")]
    #[serde(rename = "group")]
    pub group: ResourceReference,
    /// A role, by name.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: RoleName,
}

/// A page of group roles, by role name then group ID.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "GroupRolePage")]
pub struct GroupRolePage {
    /// One page of group roles, by role name then group ID.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<GroupRole>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
}

/// Changes to a group.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "GroupUpdate")]
pub struct GroupUpdate {
    /// Unique identifier. Trimmed and lower-cased, as Kadi4Mat does, then at most 50 of `a-z`, `0-9`, `-` and `_` (a 400 naming the field otherwise).
    #[oai(
        rename = "identifier",
        skip_serializing_if_is_none,
        validator(
            max_length = 50,
            min_length = 1,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[A-Za-z0-9_-]+[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(
        rename = "identifier",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identifier: Option<String>,
    /// The title.
    #[oai(
        rename = "title",
        skip_serializing_if_is_none,
        validator(
            max_length = 150,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description in Markdown.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// Visibility of a template or group.
    #[oai(rename = "visibility", skip_serializing_if_is_none)]
    #[serde(
        rename = "visibility",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visibility: Option<Visibility>,
}

/// A login identity of a user.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Identity")]
pub struct Identity {
    /// The identity provider type.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: IdentityType,
    /// The username within that provider.
    #[oai(rename = "username")]
    #[serde(rename = "username")]
    pub username: String,
    /// The name known to the provider.
    #[oai(rename = "name", skip_serializing_if_is_none)]
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The email address (only with `user.read`, and only where the user allows it).
    #[oai(rename = "email", skip_serializing_if_is_none)]
    #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether the email address is confirmed.
    #[oai(rename = "email_confirmed", skip_serializing_if_is_none)]
    #[serde(
        rename = "email_confirmed",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_confirmed: Option<bool>,
    /// When the identity was created.
    #[oai(rename = "created_at", skip_serializing_if_is_none)]
    #[serde(
        rename = "created_at",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<String>,
    /// When the identity last changed.
    #[oai(rename = "last_modified", skip_serializing_if_is_none)]
    #[serde(
        rename = "last_modified",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_modified: Option<String>,
}

/// A user's identities (not paginated).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "IdentityList")]
pub struct IdentityList {
    /// Identities.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<Identity>,
}

/// The identity provider type.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "IdentityType")]
pub enum IdentityType {
    #[oai(rename = "local")]
    #[serde(rename = "local")]
    Local,
    #[oai(rename = "ldap")]
    #[serde(rename = "ldap")]
    Ldap,
    #[oai(rename = "shib")]
    #[serde(rename = "shib")]
    Shib,
}

impl IdentityType {
    /// Every value, in spec order.
    pub const ALL: &'static [IdentityType] =
        &[IdentityType::Local, IdentityType::Ldap, IdentityType::Shib];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            IdentityType::Local => "local",
            IdentityType::Ldap => "ldap",
            IdentityType::Shib => "shib",
        }
    }
}

impl crate::support::WireEnum for IdentityType {
    const VALUES: &'static [IdentityType] = IdentityType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Information about this Kadi4Mat instance.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Info")]
pub struct Info {
    /// The Kadi4Mat version the instance reproduces.
    #[oai(rename = "version")]
    #[serde(rename = "version")]
    pub version: String,
}

/// A license a record may carry.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "License")]
pub struct License {
    /// Its short name (used as `license`).
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    /// Its full title.
    #[oai(rename = "title")]
    #[serde(rename = "title")]
    pub title: String,
    /// Where its text is.
    #[oai(rename = "url")]
    #[serde(rename = "url", default)]
    pub url: Option<String>,
}

/// A page of licenses.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "LicensePage")]
pub struct LicensePage {
    /// One page of licenses.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<License>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
}

/// Where a page sits in the whole result.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Pagination")]
pub struct Pagination {
    /// The current page (1-based).
    #[oai(rename = "page", validator(minimum(value = "1", exclusive = false)))]
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page.
    #[oai(
        rename = "per_page",
        validator(
            maximum(value = "100", exclusive = false),
            minimum(value = "1", exclusive = false)
        )
    )]
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// Number of pages; at least 1 even when there are no items.
    #[oai(
        rename = "total_pages",
        validator(minimum(value = "1", exclusive = false))
    )]
    #[serde(rename = "total_pages")]
    pub total_pages: i64,
    /// Number of items across all pages.
    #[oai(
        rename = "total_items",
        validator(minimum(value = "0", exclusive = false))
    )]
    #[serde(rename = "total_items")]
    pub total_items: i64,
    /// Absolute URLs of neighbouring pages, with every query parameter of the request.
    #[oai(rename = "_links")]
    #[serde(rename = "_links")]
    pub links: PaginationLinks,
}

/// Absolute URLs of neighbouring pages, with every query parameter of the request.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "PaginationLinks")]
pub struct PaginationLinks {
    /// This page.
    #[oai(rename = "self")]
    #[serde(rename = "self")]
    pub self_: String,
    /// The next page, when there is one.
    #[oai(rename = "next", skip_serializing_if_is_none)]
    #[serde(rename = "next", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The previous page, when there is one.
    #[oai(rename = "prev", skip_serializing_if_is_none)]
    #[serde(rename = "prev", default, skip_serializing_if = "Option::is_none")]
    pub prev: Option<String>,
}

/// An action a role permits.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Permission")]
pub struct Permission {
    /// The action.
    #[oai(rename = "action")]
    #[serde(rename = "action")]
    pub action: String,
    /// What it allows.
    #[oai(rename = "description")]
    #[serde(rename = "description")]
    pub description: String,
}

/// A record: a set of metadata and files.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Record")]
pub struct Record {
    /// The resource's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    /// Unique, human-readable identifier.
    #[oai(
        rename = "identifier",
        validator(max_length = 50, pattern = "^[a-z0-9_-]+$")
    )]
    #[serde(rename = "identifier")]
    pub identifier: String,
    /// The title.
    #[oai(rename = "title", validator(max_length = 150))]
    #[serde(rename = "title")]
    pub title: String,
    /// Description in Markdown.
    #[oai(rename = "description", validator(max_length = 50000))]
    #[serde(rename = "description")]
    pub description: String,
    /// The description without Markdown.
    #[oai(rename = "plain_description", skip_serializing_if_is_none)]
    #[serde(
        rename = "plain_description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub plain_description: Option<String>,
    /// Visibility of a record or collection (`open` is accepted for these two types only).
    #[oai(rename = "visibility")]
    #[serde(rename = "visibility")]
    pub visibility: ResourceVisibility,
    /// Lifecycle state; `deleted` resources are in the trash.
    #[oai(rename = "state")]
    #[serde(rename = "state")]
    pub state: ResourceState,
    /// When it was created.
    #[oai(rename = "created_at")]
    #[serde(rename = "created_at")]
    pub created_at: String,
    /// When it last changed.
    #[oai(rename = "last_modified")]
    #[serde(rename = "last_modified")]
    pub last_modified: String,
    /// A user. Omitted as `creator` from other objects when the token lacks `user.read`.
    #[oai(rename = "creator", skip_serializing_if_is_none)]
    #[serde(rename = "creator", default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<User>,
    /// The record type, lower-cased.
    #[oai(rename = "type")]
    #[serde(rename = "type", default)]
    pub type_: Option<String>,
    /// The name of the license (see `GET /licenses`).
    #[oai(rename = "license")]
    #[serde(rename = "license", default)]
    pub license: Option<String>,
    /// Tags (lower-case, unique).
    #[oai(rename = "tags")]
    #[serde(rename = "tags")]
    pub tags: Vec<String>,
    /// Extra metadata.
    #[oai(rename = "extras")]
    #[serde(rename = "extras")]
    pub extras: Vec<Extra>,
    /// Related endpoints of a record.
    #[oai(rename = "_links", skip_serializing_if_is_none)]
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<RecordLinks>,
    /// Actions on a record.
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<RecordActions>,
}

/// Actions on a record.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordActions")]
pub struct RecordActions {
    /// PATCH to edit.
    #[oai(rename = "edit")]
    #[serde(rename = "edit")]
    pub edit: String,
    /// DELETE to move to the trash.
    #[oai(rename = "delete")]
    #[serde(rename = "delete")]
    pub delete: String,
    /// POST to start an upload.
    #[oai(rename = "new_upload")]
    #[serde(rename = "new_upload")]
    pub new_upload: String,
    /// POST to link a record.
    #[oai(rename = "link_record")]
    #[serde(rename = "link_record")]
    pub link_record: String,
    /// POST to add to a collection.
    #[oai(rename = "link_collection")]
    #[serde(rename = "link_collection")]
    pub link_collection: String,
    /// POST to grant a user role.
    #[oai(rename = "add_user_role")]
    #[serde(rename = "add_user_role")]
    pub add_user_role: String,
    /// POST to grant a group role.
    #[oai(rename = "add_group_role")]
    #[serde(rename = "add_group_role")]
    pub add_group_role: String,
    /// DELETE to remove it from the collection or record it was listed under.
    #[oai(rename = "remove_link", skip_serializing_if_is_none)]
    #[serde(
        rename = "remove_link",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_link: Option<String>,
}

/// A new record.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordCreate")]
pub struct RecordCreate {
    /// Unique identifier. Trimmed and lower-cased, as Kadi4Mat does, then at most 50 of `a-z`, `0-9`, `-` and `_` (a 400 naming the field otherwise).
    #[oai(
        rename = "identifier",
        validator(
            max_length = 50,
            min_length = 1,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[A-Za-z0-9_-]+[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(rename = "identifier")]
    pub identifier: String,
    /// The title.
    #[oai(
        rename = "title",
        validator(
            max_length = 150,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "title")]
    pub title: String,
    /// Description in Markdown.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// Extra metadata.
    #[oai(rename = "extras", skip_serializing_if_is_none)]
    #[serde(rename = "extras", default, skip_serializing_if = "Option::is_none")]
    pub extras: Option<Vec<Extra>>,
    /// A license name from `GET /licenses`.
    #[oai(rename = "license")]
    #[serde(rename = "license", default)]
    pub license: Option<String>,
    /// Tags (lower-case, unique).
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The record type.
    #[oai(rename = "type", validator(max_length = 50))]
    #[serde(rename = "type", default)]
    pub type_: Option<String>,
    /// Visibility of a record or collection (`open` is accepted for these two types only).
    #[oai(rename = "visibility", skip_serializing_if_is_none)]
    #[serde(
        rename = "visibility",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visibility: Option<ResourceVisibility>,
}

/// A named, directed link between two records. Lists leave out the record on the caller's side (`record_from` for outgoing, `record_to` for incoming links).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordLink")]
pub struct RecordLink {
    /// The link's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    /// The link name.
    #[oai(rename = "name", validator(max_length = 150))]
    #[serde(rename = "name")]
    pub name: String,
    /// An IRI of a term describing the link.
    #[oai(rename = "term")]
    #[serde(rename = "term", default)]
    pub term: Option<String>,
    /// When it was created.
    #[oai(rename = "created_at")]
    #[serde(rename = "created_at")]
    pub created_at: String,
    /// When it last changed.
    #[oai(rename = "last_modified")]
    #[serde(rename = "last_modified")]
    pub last_modified: String,
    /// A user. Omitted as `creator` from other objects when the token lacks `user.read`.
    #[oai(rename = "creator", skip_serializing_if_is_none)]
    #[serde(rename = "creator", default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<User>,
    /// A record: a set of metadata and files.
    #[oai(rename = "record_from", skip_serializing_if_is_none)]
    #[serde(
        rename = "record_from",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub record_from: Option<Record>,
    /// A record: a set of metadata and files.
    #[oai(rename = "record_to", skip_serializing_if_is_none)]
    #[serde(rename = "record_to", default, skip_serializing_if = "Option::is_none")]
    pub record_to: Option<Record>,
    /// Related endpoints of a record link.
    #[oai(rename = "_links", skip_serializing_if_is_none)]
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<RecordLinkLinks>,
    /// Actions on a record link.
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<RecordLinkActions>,
}

/// Actions on a record link.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordLinkActions")]
pub struct RecordLinkActions {
    /// PATCH to edit.
    #[oai(rename = "edit")]
    #[serde(rename = "edit")]
    pub edit: String,
    /// DELETE to remove.
    #[oai(rename = "remove")]
    #[serde(rename = "remove")]
    pub remove: String,
}

/// A new outgoing record link.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordLinkCreate")]
pub struct RecordLinkCreate {
    /// The link name.
    #[oai(
        rename = "name",
        validator(
            max_length = 150,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "name")]
    pub name: String,
    /// A reference to a resource by ID.
    #[oai(rename = "record_to")]
    #[serde(rename = "record_to")]
    pub record_to: ResourceReference,
    /// An IRI describing the link.
    #[oai(
        rename = "term",
        validator(
            max_length = 2048,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*([A-Za-z][A-Za-z0-9+.-]*:[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+)?[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(rename = "term", default)]
    pub term: Option<String>,
}

/// Related endpoints of a record link.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordLinkLinks")]
pub struct RecordLinkLinks {
    /// This link.
    #[oai(rename = "self")]
    #[serde(rename = "self")]
    pub self_: String,
}

/// A page of record links.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordLinkPage")]
pub struct RecordLinkPage {
    /// One page of record links.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<RecordLink>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
}

/// Changes to a record link.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordLinkUpdate")]
pub struct RecordLinkUpdate {
    /// The link name.
    #[oai(
        rename = "name",
        skip_serializing_if_is_none,
        validator(
            max_length = 150,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A reference to a resource by ID.
    #[oai(rename = "record_to", skip_serializing_if_is_none)]
    #[serde(rename = "record_to", default, skip_serializing_if = "Option::is_none")]
    pub record_to: Option<ResourceReference>,
    /// An IRI describing the link.
    #[oai(
        rename = "term",
        validator(
            max_length = 2048,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*([A-Za-z][A-Za-z0-9+.-]*:[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+)?[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(rename = "term", default)]
    pub term: Option<String>,
}

/// Related endpoints of a record.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordLinks")]
pub struct RecordLinks {
    /// This record.
    #[oai(rename = "self")]
    #[serde(rename = "self")]
    pub self_: String,
    /// Its files.
    #[oai(rename = "files")]
    #[serde(rename = "files")]
    pub files: String,
    /// All files as a ZIP archive.
    #[oai(rename = "download_files")]
    #[serde(rename = "download_files")]
    pub download_files: String,
    /// The caller's uploads.
    #[oai(rename = "uploads")]
    #[serde(rename = "uploads")]
    pub uploads: String,
    /// Collections it is in.
    #[oai(rename = "collections")]
    #[serde(rename = "collections")]
    pub collections: String,
    /// Outgoing record links (`?direction=out`).
    #[oai(rename = "records_to")]
    #[serde(rename = "records_to")]
    pub records_to: String,
    /// Incoming record links (`?direction=in`).
    #[oai(rename = "records_from")]
    #[serde(rename = "records_from")]
    pub records_from: String,
    /// User roles.
    #[oai(rename = "user_roles")]
    #[serde(rename = "user_roles")]
    pub user_roles: String,
    /// Group roles.
    #[oai(rename = "group_roles")]
    #[serde(rename = "group_roles")]
    pub group_roles: String,
    /// Revisions.
    #[oai(rename = "revisions")]
    #[serde(rename = "revisions")]
    pub revisions: String,
    /// File revisions.
    #[oai(rename = "file_revisions")]
    #[serde(rename = "file_revisions")]
    pub file_revisions: String,
    /// The record's page in the web interface.
    #[oai(rename = "view", skip_serializing_if_is_none)]
    #[serde(rename = "view", default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
}

/// A page of records.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordPage")]
pub struct RecordPage {
    /// One page of records.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<Record>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
    /// Named absolute URLs (`_links` or `_actions` whose keys vary).
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<UrlMap>,
}

/// What a record template pre-fills, each attribute optional and checked as a record's (trimmed, lower-cased where a record's is); other keys are dropped.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordTemplateData")]
pub struct RecordTemplateData {
    /// The title.
    #[oai(rename = "title", validator(max_length = 150))]
    #[serde(rename = "title", default)]
    pub title: Option<String>,
    /// An identifier, or empty to leave it to the record.
    #[oai(
        rename = "identifier",
        validator(
            max_length = 50,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[A-Za-z0-9_-]*[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(rename = "identifier", default)]
    pub identifier: Option<String>,
    /// Description in Markdown.
    #[oai(rename = "description", validator(max_length = 50000))]
    #[serde(rename = "description", default)]
    pub description: Option<String>,
    /// The record type (lower-cased).
    #[oai(rename = "type", validator(max_length = 50))]
    #[serde(rename = "type", default)]
    pub type_: Option<String>,
    /// A license name from `GET /licenses`.
    #[oai(rename = "license")]
    #[serde(rename = "license", default)]
    pub license: Option<String>,
    /// Tags (lower-cased, de-duplicated).
    #[oai(rename = "tags")]
    #[serde(rename = "tags", default)]
    pub tags: Option<Vec<String>>,
    /// Extra metadata.
    #[oai(rename = "extras")]
    #[serde(rename = "extras", default)]
    pub extras: Option<Vec<Extra>>,
}

/// Changes to a record; absent attributes stay as they are. `extras` and `tags` replace the whole list.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RecordUpdate")]
pub struct RecordUpdate {
    /// Unique identifier. Trimmed and lower-cased, as Kadi4Mat does, then at most 50 of `a-z`, `0-9`, `-` and `_` (a 400 naming the field otherwise).
    #[oai(
        rename = "identifier",
        skip_serializing_if_is_none,
        validator(
            max_length = 50,
            min_length = 1,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[A-Za-z0-9_-]+[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(
        rename = "identifier",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identifier: Option<String>,
    /// The title.
    #[oai(
        rename = "title",
        skip_serializing_if_is_none,
        validator(
            max_length = 150,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description in Markdown.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// Extra metadata.
    #[oai(rename = "extras", skip_serializing_if_is_none)]
    #[serde(rename = "extras", default, skip_serializing_if = "Option::is_none")]
    pub extras: Option<Vec<Extra>>,
    /// A license name from `GET /licenses`.
    #[oai(rename = "license")]
    #[serde(rename = "license", default)]
    pub license: Option<String>,
    /// Tags (lower-case, unique).
    #[oai(rename = "tags", skip_serializing_if_is_none)]
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The record type.
    #[oai(rename = "type", validator(max_length = 50))]
    #[serde(rename = "type", default)]
    pub type_: Option<String>,
    /// Visibility of a record or collection (`open` is accepted for these two types only).
    #[oai(rename = "visibility", skip_serializing_if_is_none)]
    #[serde(
        rename = "visibility",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visibility: Option<ResourceVisibility>,
}

/// A reference to a resource by ID.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "ResourceReference")]
pub struct ResourceReference {
    /// The resource's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
}

/// Lifecycle state; `deleted` resources are in the trash.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ResourceState")]
pub enum ResourceState {
    #[oai(rename = "active")]
    #[serde(rename = "active")]
    Active,
    #[oai(rename = "deleted")]
    #[serde(rename = "deleted")]
    Deleted,
    #[oai(rename = "purged")]
    #[serde(rename = "purged")]
    Purged,
}

impl ResourceState {
    /// Every value, in spec order.
    pub const ALL: &'static [ResourceState] = &[
        ResourceState::Active,
        ResourceState::Deleted,
        ResourceState::Purged,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ResourceState::Active => "active",
            ResourceState::Deleted => "deleted",
            ResourceState::Purged => "purged",
        }
    }
}

impl crate::support::WireEnum for ResourceState {
    const VALUES: &'static [ResourceState] = ResourceState::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Visibility of a record or collection (`open` is accepted for these two types only).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "ResourceVisibility")]
pub enum ResourceVisibility {
    #[oai(rename = "private")]
    #[serde(rename = "private")]
    Private,
    #[oai(rename = "public")]
    #[serde(rename = "public")]
    Public,
    #[oai(rename = "open")]
    #[serde(rename = "open")]
    Open,
}

impl ResourceVisibility {
    /// Every value, in spec order.
    pub const ALL: &'static [ResourceVisibility] = &[
        ResourceVisibility::Private,
        ResourceVisibility::Public,
        ResourceVisibility::Open,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ResourceVisibility::Private => "private",
            ResourceVisibility::Public => "public",
            ResourceVisibility::Open => "open",
        }
    }
}

impl crate::support::WireEnum for ResourceVisibility {
    const VALUES: &'static [ResourceVisibility] = ResourceVisibility::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A revision of a record, file, collection, template or group.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Revision")]
pub struct Revision {
    /// The revision's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    /// When the revision was made.
    #[oai(rename = "timestamp")]
    #[serde(rename = "timestamp")]
    pub timestamp: String,
    /// A user. Omitted as `creator` from other objects when the token lacks `user.read`.
    #[oai(rename = "user", skip_serializing_if_is_none)]
    #[serde(rename = "user", default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
    /// The ID of the revisioned object: an integer, or a UUID string for files.
    #[oai(rename = "object_id", skip_serializing_if_is_none)]
    #[serde(rename = "object_id", default, skip_serializing_if = "Option::is_none")]
    pub object_id: Option<serde_json::Value>,
    /// The revisioned attributes at this revision.
    #[oai(rename = "data")]
    #[serde(rename = "data")]
    pub data: std::collections::BTreeMap<String, serde_json::Value>,
    /// Attributes that differ from the compared revision, with the compared (older) value.
    #[oai(rename = "diff")]
    #[serde(rename = "diff")]
    pub diff: std::collections::BTreeMap<String, serde_json::Value>,
    /// Related revisions.
    #[oai(rename = "_links", skip_serializing_if_is_none)]
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<RevisionLinks>,
}

/// Related revisions.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RevisionLinks")]
pub struct RevisionLinks {
    /// This revision.
    #[oai(rename = "self")]
    #[serde(rename = "self")]
    pub self_: String,
    /// The previous revision.
    #[oai(rename = "parent", skip_serializing_if_is_none)]
    #[serde(rename = "parent", default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The next revision.
    #[oai(rename = "child", skip_serializing_if_is_none)]
    #[serde(rename = "child", default, skip_serializing_if = "Option::is_none")]
    pub child: Option<String>,
}

/// A page of revisions, newest first.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RevisionPage")]
pub struct RevisionPage {
    /// One page of revisions, newest first.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<Revision>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
}

/// The roles of each resource type.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RoleCatalog")]
pub struct RoleCatalog {
    /// Roles of records.
    #[oai(rename = "record")]
    #[serde(rename = "record")]
    pub record: Vec<RoleDescription>,
    /// Roles of collections.
    #[oai(rename = "collection")]
    #[serde(rename = "collection")]
    pub collection: Vec<RoleDescription>,
    /// Roles of templates.
    #[oai(rename = "template")]
    #[serde(rename = "template")]
    pub template: Vec<RoleDescription>,
    /// Roles of groups.
    #[oai(rename = "group")]
    #[serde(rename = "group")]
    pub group: Vec<RoleDescription>,
}

/// A role and the actions it permits.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RoleDescription")]
pub struct RoleDescription {
    /// A role name. Records and collections know `member`, `collaborator`, `editor`, `admin`; templates and groups `member`, `editor`, `admin`.
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: RoleNameValue,
    /// Permitted actions.
    #[oai(rename = "permissions")]
    #[serde(rename = "permissions")]
    pub permissions: Vec<Permission>,
}

/// Actions on a role entry.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RoleEntryActions")]
pub struct RoleEntryActions {
    /// DELETE to revoke.
    #[oai(rename = "remove")]
    #[serde(rename = "remove")]
    pub remove: String,
    /// PATCH to change.
    #[oai(rename = "change")]
    #[serde(rename = "change")]
    pub change: String,
}

/// A role, by name.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "RoleName")]
pub struct RoleName {
    /// A role name. Records and collections know `member`, `collaborator`, `editor`, `admin`; templates and groups `member`, `editor`, `admin`.
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: RoleNameValue,
}

/// A role name. Records and collections know `member`, `collaborator`, `editor`, `admin`; templates and groups `member`, `editor`, `admin`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "RoleNameValue")]
pub enum RoleNameValue {
    #[oai(rename = "member")]
    #[serde(rename = "member")]
    Member,
    #[oai(rename = "collaborator")]
    #[serde(rename = "collaborator")]
    Collaborator,
    #[oai(rename = "editor")]
    #[serde(rename = "editor")]
    Editor,
    #[oai(rename = "admin")]
    #[serde(rename = "admin")]
    Admin,
}

impl RoleNameValue {
    /// Every value, in spec order.
    pub const ALL: &'static [RoleNameValue] = &[
        RoleNameValue::Member,
        RoleNameValue::Collaborator,
        RoleNameValue::Editor,
        RoleNameValue::Admin,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            RoleNameValue::Member => "member",
            RoleNameValue::Collaborator => "collaborator",
            RoleNameValue::Editor => "editor",
            RoleNameValue::Admin => "admin",
        }
    }
}

impl crate::support::WireEnum for RoleNameValue {
    const VALUES: &'static [RoleNameValue] = RoleNameValue::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A tag in use.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Tag")]
pub struct Tag {
    /// The tag.
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
}

/// A page of tags.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TagPage")]
pub struct TagPage {
    /// One page of tags.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<Tag>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
}

/// A template for records or extras.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Template")]
pub struct Template {
    /// The resource's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    /// Unique, human-readable identifier.
    #[oai(
        rename = "identifier",
        validator(max_length = 50, pattern = "^[a-z0-9_-]+$")
    )]
    #[serde(rename = "identifier")]
    pub identifier: String,
    /// The title.
    #[oai(rename = "title", validator(max_length = 150))]
    #[serde(rename = "title")]
    pub title: String,
    /// Description in Markdown.
    #[oai(rename = "description", validator(max_length = 50000))]
    #[serde(rename = "description")]
    pub description: String,
    /// The description without Markdown.
    #[oai(rename = "plain_description", skip_serializing_if_is_none)]
    #[serde(
        rename = "plain_description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub plain_description: Option<String>,
    /// Visibility of a template or group.
    #[oai(rename = "visibility")]
    #[serde(rename = "visibility")]
    pub visibility: Visibility,
    /// Lifecycle state; `deleted` resources are in the trash.
    #[oai(rename = "state")]
    #[serde(rename = "state")]
    pub state: ResourceState,
    /// When it was created.
    #[oai(rename = "created_at")]
    #[serde(rename = "created_at")]
    pub created_at: String,
    /// When it last changed.
    #[oai(rename = "last_modified")]
    #[serde(rename = "last_modified")]
    pub last_modified: String,
    /// A user. Omitted as `creator` from other objects when the token lacks `user.read`.
    #[oai(rename = "creator", skip_serializing_if_is_none)]
    #[serde(rename = "creator", default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<User>,
    /// `record` templates hold record metadata, `extras` templates a list of extras.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: TemplateType,
    /// For `record` templates an object with record metadata (`title`, `identifier`, `type`, `description`, `license`, `tags`, `extras`); for `extras` templates an array of `Extra` objects.
    #[oai(rename = "data")]
    #[serde(rename = "data")]
    pub data: serde_json::Value,
    /// Related endpoints of a template.
    #[oai(rename = "_links", skip_serializing_if_is_none)]
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<TemplateLinks>,
    /// Actions on a template.
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<TemplateActions>,
}

/// Actions on a template.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TemplateActions")]
pub struct TemplateActions {
    /// PATCH to edit.
    #[oai(rename = "edit")]
    #[serde(rename = "edit")]
    pub edit: String,
    /// DELETE to move to the trash.
    #[oai(rename = "delete")]
    #[serde(rename = "delete")]
    pub delete: String,
    /// POST to grant a user role.
    #[oai(rename = "add_user_role")]
    #[serde(rename = "add_user_role")]
    pub add_user_role: String,
    /// POST to grant a group role.
    #[oai(rename = "add_group_role")]
    #[serde(rename = "add_group_role")]
    pub add_group_role: String,
}

/// A new template.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TemplateCreate")]
pub struct TemplateCreate {
    /// Unique identifier. Trimmed and lower-cased, as Kadi4Mat does, then at most 50 of `a-z`, `0-9`, `-` and `_` (a 400 naming the field otherwise).
    #[oai(
        rename = "identifier",
        validator(
            max_length = 50,
            min_length = 1,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[A-Za-z0-9_-]+[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(rename = "identifier")]
    pub identifier: String,
    /// The title.
    #[oai(
        rename = "title",
        validator(
            max_length = 150,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "title")]
    pub title: String,
    /// Description in Markdown.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// Visibility of a template or group.
    #[oai(rename = "visibility", skip_serializing_if_is_none)]
    #[serde(
        rename = "visibility",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visibility: Option<Visibility>,
    /// `record` templates hold record metadata, `extras` templates a list of extras.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub type_: TemplateType,
    /// Record metadata (object) for `record` templates; an array of `Extra` objects for `extras` templates.
    #[oai(rename = "data")]
    #[serde(rename = "data")]
    pub data: serde_json::Value,
}

/// Related endpoints of a template.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TemplateLinks")]
pub struct TemplateLinks {
    /// This template.
    #[oai(rename = "self")]
    #[serde(rename = "self")]
    pub self_: String,
    /// User roles.
    #[oai(rename = "user_roles")]
    #[serde(rename = "user_roles")]
    pub user_roles: String,
    /// Group roles.
    #[oai(rename = "group_roles")]
    #[serde(rename = "group_roles")]
    pub group_roles: String,
    /// Revisions.
    #[oai(rename = "revisions")]
    #[serde(rename = "revisions")]
    pub revisions: String,
    /// Its page in the web interface.
    #[oai(rename = "view", skip_serializing_if_is_none)]
    #[serde(rename = "view", default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
}

/// A page of templates.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TemplatePage")]
pub struct TemplatePage {
    /// One page of templates.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<Template>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
    /// Named absolute URLs (`_links` or `_actions` whose keys vary).
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<UrlMap>,
}

/// `record` templates hold record metadata, `extras` templates a list of extras.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "TemplateType")]
pub enum TemplateType {
    #[oai(rename = "record")]
    #[serde(rename = "record")]
    Record,
    #[oai(rename = "extras")]
    #[serde(rename = "extras")]
    Extras,
}

impl TemplateType {
    /// Every value, in spec order.
    pub const ALL: &'static [TemplateType] = &[TemplateType::Record, TemplateType::Extras];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            TemplateType::Record => "record",
            TemplateType::Extras => "extras",
        }
    }
}

impl crate::support::WireEnum for TemplateType {
    const VALUES: &'static [TemplateType] = TemplateType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Changes to a template (its type cannot change).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TemplateUpdate")]
pub struct TemplateUpdate {
    /// Unique identifier. Trimmed and lower-cased, as Kadi4Mat does, then at most 50 of `a-z`, `0-9`, `-` and `_` (a 400 naming the field otherwise).
    #[oai(
        rename = "identifier",
        skip_serializing_if_is_none,
        validator(
            max_length = 50,
            min_length = 1,
            pattern = "^[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*[A-Za-z0-9_-]+[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*$"
        )
    )]
    #[serde(
        rename = "identifier",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub identifier: Option<String>,
    /// The title.
    #[oai(
        rename = "title",
        skip_serializing_if_is_none,
        validator(
            max_length = 150,
            min_length = 1,
            pattern = "[^\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]"
        )
    )]
    #[serde(rename = "title", default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Description in Markdown.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// Visibility of a template or group.
    #[oai(rename = "visibility", skip_serializing_if_is_none)]
    #[serde(
        rename = "visibility",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visibility: Option<Visibility>,
    /// Record metadata (object) for `record` templates; an array of `Extra` objects for `extras` templates. Which one follows the template's type, which cannot change.
    #[oai(rename = "data", skip_serializing_if_is_none)]
    #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
}

/// A deleted record, collection, template or group of the caller.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TrashItem")]
pub struct TrashItem {
    /// The resource's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    /// Its identifier.
    #[oai(rename = "identifier")]
    #[serde(rename = "identifier")]
    pub identifier: String,
    /// Its title.
    #[oai(rename = "title")]
    #[serde(rename = "title")]
    pub title: String,
    /// Its visibility.
    #[oai(rename = "visibility", skip_serializing_if_is_none)]
    #[serde(
        rename = "visibility",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub visibility: Option<TrashItemVisibility>,
    /// Lifecycle state; `deleted` resources are in the trash.
    #[oai(rename = "state")]
    #[serde(rename = "state")]
    pub state: ResourceState,
    /// When it was created.
    #[oai(rename = "created_at", skip_serializing_if_is_none)]
    #[serde(
        rename = "created_at",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<String>,
    /// When it was deleted (last changed).
    #[oai(rename = "last_modified", skip_serializing_if_is_none)]
    #[serde(
        rename = "last_modified",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_modified: Option<String>,
    /// Named absolute URLs (`_links` or `_actions` whose keys vary).
    #[oai(rename = "_links", skip_serializing_if_is_none)]
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<UrlMap>,
    /// Named absolute URLs (`_links` or `_actions` whose keys vary).
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<UrlMap>,
}

/// Its visibility.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "TrashItemVisibility")]
pub enum TrashItemVisibility {
    #[oai(rename = "private")]
    #[serde(rename = "private")]
    Private,
    #[oai(rename = "public")]
    #[serde(rename = "public")]
    Public,
    #[oai(rename = "open")]
    #[serde(rename = "open")]
    Open,
}

impl TrashItemVisibility {
    /// Every value, in spec order.
    pub const ALL: &'static [TrashItemVisibility] = &[
        TrashItemVisibility::Private,
        TrashItemVisibility::Public,
        TrashItemVisibility::Open,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            TrashItemVisibility::Private => "private",
            TrashItemVisibility::Public => "public",
            TrashItemVisibility::Open => "open",
        }
    }
}

impl crate::support::WireEnum for TrashItemVisibility {
    const VALUES: &'static [TrashItemVisibility] = TrashItemVisibility::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// A page of deleted resources.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "TrashPage")]
pub struct TrashPage {
    /// One page of deleted resources.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<TrashItem>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
}

/// An upload in progress. Direct when `size` <= 50 000 000 bytes, chunked above.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "Upload")]
pub struct Upload {
    /// The upload's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: uuid::Uuid,
    /// The name of the file to be.
    #[oai(rename = "name")]
    #[serde(rename = "name")]
    pub name: String,
    /// Total size in bytes.
    #[oai(rename = "size", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "size")]
    pub size: i64,
    /// Description of the file to be.
    #[oai(rename = "description", skip_serializing_if_is_none)]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// MIME type of the file to be.
    #[oai(rename = "mimetype", skip_serializing_if_is_none)]
    #[serde(rename = "mimetype", default, skip_serializing_if = "Option::is_none")]
    pub mimetype: Option<String>,
    /// MD5 checksum, when given.
    #[oai(rename = "checksum")]
    #[serde(rename = "checksum", default)]
    pub checksum: Option<String>,
    /// Number of chunks expected.
    #[oai(
        rename = "chunk_count",
        validator(minimum(value = "1", exclusive = false))
    )]
    #[serde(rename = "chunk_count")]
    pub chunk_count: i64,
    /// Storage of the file to be (`local`).
    #[oai(rename = "storage_type", skip_serializing_if_is_none)]
    #[serde(
        rename = "storage_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_type: Option<String>,
    /// How the data is sent.
    #[oai(rename = "upload_type")]
    #[serde(rename = "upload_type")]
    pub upload_type: UploadUploadType,
    /// The upload state.
    #[oai(rename = "state")]
    #[serde(rename = "state")]
    pub state: UploadState,
    /// When it was created.
    #[oai(rename = "created_at")]
    #[serde(rename = "created_at")]
    pub created_at: String,
    /// When it last changed.
    #[oai(rename = "last_modified")]
    #[serde(rename = "last_modified")]
    pub last_modified: String,
    /// A user. Omitted as `creator` from other objects when the token lacks `user.read`.
    #[oai(rename = "creator", skip_serializing_if_is_none)]
    #[serde(rename = "creator", default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<User>,
    /// The file whose data this upload replaces, if any.
    #[oai(rename = "file")]
    #[serde(rename = "file", default)]
    pub file: Option<File>,
    /// Chunks received so far.
    #[oai(rename = "chunks")]
    #[serde(rename = "chunks")]
    pub chunks: Vec<Chunk>,
    /// Related endpoints of an upload.
    #[oai(rename = "_links")]
    #[serde(rename = "_links")]
    pub links: UploadLinks,
    /// Actions on an upload.
    #[oai(rename = "_actions")]
    #[serde(rename = "_actions")]
    pub actions: UploadActions,
    /// Upload metadata.
    #[oai(rename = "_meta")]
    #[serde(rename = "_meta")]
    pub meta: UploadMeta,
}

/// Actions on an upload.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UploadActions")]
pub struct UploadActions {
    /// DELETE to cancel.
    #[oai(rename = "delete")]
    #[serde(rename = "delete")]
    pub delete: String,
    /// PUT the data (or a chunk).
    #[oai(rename = "upload_data")]
    #[serde(rename = "upload_data")]
    pub upload_data: String,
    /// POST to finish (chunked only).
    #[oai(rename = "finish", skip_serializing_if_is_none)]
    #[serde(rename = "finish", default, skip_serializing_if = "Option::is_none")]
    pub finish: Option<String>,
}

/// A new upload.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UploadCreate")]
pub struct UploadCreate {
    /// The file name.
    #[oai(rename = "name", validator(max_length = 256, min_length = 1))]
    #[serde(rename = "name")]
    pub name: String,
    /// Total size in bytes; above 50 000 000 the upload is chunked.
    #[oai(rename = "size", validator(minimum(value = "0", exclusive = false)))]
    #[serde(rename = "size")]
    pub size: i64,
    /// A description.
    #[oai(
        rename = "description",
        skip_serializing_if_is_none,
        validator(max_length = 50000)
    )]
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// The MIME type; guessed when absent.
    #[oai(
        rename = "mimetype",
        skip_serializing_if_is_none,
        validator(max_length = 256)
    )]
    #[serde(rename = "mimetype", default, skip_serializing_if = "Option::is_none")]
    pub mimetype: Option<String>,
}

/// Related endpoints of an upload.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UploadLinks")]
pub struct UploadLinks {
    /// This upload.
    #[oai(rename = "self")]
    #[serde(rename = "self")]
    pub self_: String,
    /// Its record.
    #[oai(rename = "record")]
    #[serde(rename = "record")]
    pub record: String,
}

/// The caller's active and processing uploads of a record (not paginated).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UploadList")]
pub struct UploadList {
    /// Uploads, oldest first.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<Upload>,
}

/// Upload metadata.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UploadMeta")]
pub struct UploadMeta {
    /// The size every chunk but the last must have: 10 000 000 bytes for chunked uploads, the whole size for direct ones.
    #[oai(rename = "chunk_size")]
    #[serde(rename = "chunk_size")]
    pub chunk_size: i64,
    /// The processing task of a finished chunked upload.
    #[oai(rename = "task", skip_serializing_if_is_none)]
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<UploadTask>,
}

/// The upload state.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "UploadState")]
pub enum UploadState {
    #[oai(rename = "active")]
    #[serde(rename = "active")]
    Active,
    #[oai(rename = "inactive")]
    #[serde(rename = "inactive")]
    Inactive,
    #[oai(rename = "processing")]
    #[serde(rename = "processing")]
    Processing,
}

impl UploadState {
    /// Every value, in spec order.
    pub const ALL: &'static [UploadState] = &[
        UploadState::Active,
        UploadState::Inactive,
        UploadState::Processing,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            UploadState::Active => "active",
            UploadState::Inactive => "inactive",
            UploadState::Processing => "processing",
        }
    }
}

impl crate::support::WireEnum for UploadState {
    const VALUES: &'static [UploadState] = UploadState::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The processing task of a finished chunked upload.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UploadTask")]
pub struct UploadTask {
    /// The task state.
    #[oai(rename = "state")]
    #[serde(rename = "state")]
    pub state: UploadTaskState,
    /// A file of a record.
    #[oai(rename = "file", skip_serializing_if_is_none)]
    #[serde(rename = "file", default, skip_serializing_if = "Option::is_none")]
    pub file: Option<File>,
    /// Why processing failed (`failure`).
    #[oai(rename = "error", skip_serializing_if_is_none)]
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// The task state.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "UploadTaskState")]
pub enum UploadTaskState {
    #[oai(rename = "pending")]
    #[serde(rename = "pending")]
    Pending,
    #[oai(rename = "running")]
    #[serde(rename = "running")]
    Running,
    #[oai(rename = "revoked")]
    #[serde(rename = "revoked")]
    Revoked,
    #[oai(rename = "success")]
    #[serde(rename = "success")]
    Success,
    #[oai(rename = "failure")]
    #[serde(rename = "failure")]
    Failure,
}

impl UploadTaskState {
    /// Every value, in spec order.
    pub const ALL: &'static [UploadTaskState] = &[
        UploadTaskState::Pending,
        UploadTaskState::Running,
        UploadTaskState::Revoked,
        UploadTaskState::Success,
        UploadTaskState::Failure,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            UploadTaskState::Pending => "pending",
            UploadTaskState::Running => "running",
            UploadTaskState::Revoked => "revoked",
            UploadTaskState::Success => "success",
            UploadTaskState::Failure => "failure",
        }
    }
}

impl crate::support::WireEnum for UploadTaskState {
    const VALUES: &'static [UploadTaskState] = UploadTaskState::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// How the data is sent.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "UploadUploadType")]
pub enum UploadUploadType {
    #[oai(rename = "direct")]
    #[serde(rename = "direct")]
    Direct,
    #[oai(rename = "chunked")]
    #[serde(rename = "chunked")]
    Chunked,
}

impl UploadUploadType {
    /// Every value, in spec order.
    pub const ALL: &'static [UploadUploadType] =
        &[UploadUploadType::Direct, UploadUploadType::Chunked];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            UploadUploadType::Direct => "direct",
            UploadUploadType::Chunked => "chunked",
        }
    }
}

impl crate::support::WireEnum for UploadUploadType {
    const VALUES: &'static [UploadUploadType] = UploadUploadType::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Named absolute URLs (`_links` or `_actions` whose keys vary).
pub type UrlMap = std::collections::BTreeMap<String, String>;

/// A user. Omitted as `creator` from other objects when the token lacks `user.read`.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "User")]
pub struct User {
    /// The user's ID.
    #[oai(rename = "id")]
    #[serde(rename = "id")]
    pub id: i64,
    /// The name shown for the user.
    #[oai(rename = "displayname")]
    #[serde(rename = "displayname")]
    pub displayname: String,
    /// The user's ORCID iD.
    #[oai(rename = "orcid")]
    #[serde(rename = "orcid", default)]
    pub orcid: Option<String>,
    /// The account state.
    #[oai(rename = "state")]
    #[serde(rename = "state")]
    pub state: UserState,
    /// Whether the user is a system administrator.
    #[oai(rename = "is_sysadmin")]
    #[serde(rename = "is_sysadmin")]
    pub is_sysadmin: bool,
    /// The user's system role.
    #[oai(rename = "system_role", skip_serializing_if_is_none)]
    #[serde(
        rename = "system_role",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_role: Option<UserSystemRole>,
    /// When the account was created.
    #[oai(rename = "created_at")]
    #[serde(rename = "created_at")]
    pub created_at: String,
    /// A login identity of a user.
    #[oai(rename = "identity", skip_serializing_if_is_none)]
    #[serde(rename = "identity", default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity>,
    /// Related endpoints of a user.
    #[oai(rename = "_links", skip_serializing_if_is_none)]
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<UserLinks>,
    /// Named absolute URLs (`_links` or `_actions` whose keys vary).
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<UrlMap>,
}

/// OpenID Connect user info claims of the token's user.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserInfo")]
pub struct UserInfo {
    /// The user's ID.
    #[oai(rename = "sub")]
    #[serde(rename = "sub")]
    pub sub: String,
    /// Display name.
    #[oai(rename = "name", skip_serializing_if_is_none)]
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Username.
    #[oai(rename = "preferred_username", skip_serializing_if_is_none)]
    #[serde(
        rename = "preferred_username",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub preferred_username: Option<String>,
    /// Email address.
    #[oai(rename = "email", skip_serializing_if_is_none)]
    #[serde(rename = "email", default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether the email is confirmed.
    #[oai(rename = "email_verified", skip_serializing_if_is_none)]
    #[serde(
        rename = "email_verified",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub email_verified: Option<bool>,
}

/// Related endpoints of a user.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserLinks")]
pub struct UserLinks {
    /// This user.
    #[oai(rename = "self")]
    #[serde(rename = "self")]
    pub self_: String,
    /// The user's identities.
    #[oai(rename = "identities")]
    #[serde(rename = "identities")]
    pub identities: String,
    /// Records the user created.
    #[oai(rename = "records")]
    #[serde(rename = "records")]
    pub records: String,
    /// Collections the user created.
    #[oai(rename = "collections")]
    #[serde(rename = "collections")]
    pub collections: String,
    /// Templates the user created.
    #[oai(rename = "templates")]
    #[serde(rename = "templates")]
    pub templates: String,
    /// Groups the user created.
    #[oai(rename = "groups")]
    #[serde(rename = "groups")]
    pub groups: String,
    /// The user's page in the web interface.
    #[oai(rename = "view", skip_serializing_if_is_none)]
    #[serde(rename = "view", default, skip_serializing_if = "Option::is_none")]
    pub view: Option<String>,
    /// The user's profile image, when set.
    #[oai(rename = "image", skip_serializing_if_is_none)]
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// A page of users.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserPage")]
pub struct UserPage {
    /// One page of users.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<User>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
}

/// A user's role in a resource (or a member's role in a group).
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserRole")]
pub struct UserRole {
    /// A user. Omitted as `creator` from other objects when the token lacks `user.read`.
    #[oai(rename = "user")]
    #[serde(rename = "user")]
    pub user: User,
    /// A role, by name.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: RoleName,
    /// Actions on a role entry.
    #[oai(rename = "_actions", skip_serializing_if_is_none)]
    #[serde(rename = "_actions", default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<RoleEntryActions>,
}

/// A role for a user.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserRoleAssignment")]
pub struct UserRoleAssignment {
    /// A reference to a resource by ID.
    #[oai(rename = "user")]
    #[serde(rename = "user")]
    pub user: ResourceReference,
    /// A role, by name.
    #[oai(rename = "role")]
    #[serde(rename = "role")]
    pub role: RoleName,
}

/// A page of user roles, by role name then user ID.
#[derive(Debug, Clone, PartialEq, poem_openapi::Object, serde::Serialize, serde::Deserialize)]
#[oai(rename = "UserRolePage")]
pub struct UserRolePage {
    /// One page of user roles, by role name then user ID.
    #[oai(rename = "items")]
    #[serde(rename = "items")]
    pub items: Vec<UserRole>,
    /// Where a page sits in the whole result.
    #[oai(rename = "_pagination")]
    #[serde(rename = "_pagination")]
    pub pagination: Pagination,
}

/// The account state.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "UserState")]
pub enum UserState {
    #[oai(rename = "active")]
    #[serde(rename = "active")]
    Active,
    #[oai(rename = "inactive")]
    #[serde(rename = "inactive")]
    Inactive,
    #[oai(rename = "deleted")]
    #[serde(rename = "deleted")]
    Deleted,
}

impl UserState {
    /// Every value, in spec order.
    pub const ALL: &'static [UserState] =
        &[UserState::Active, UserState::Inactive, UserState::Deleted];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            UserState::Active => "active",
            UserState::Inactive => "inactive",
            UserState::Deleted => "deleted",
        }
    }
}

impl crate::support::WireEnum for UserState {
    const VALUES: &'static [UserState] = UserState::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// The user's system role.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "UserSystemRole")]
pub enum UserSystemRole {
    #[oai(rename = "admin")]
    #[serde(rename = "admin")]
    Admin,
    #[oai(rename = "member")]
    #[serde(rename = "member")]
    Member,
    #[oai(rename = "guest")]
    #[serde(rename = "guest")]
    Guest,
}

impl UserSystemRole {
    /// Every value, in spec order.
    pub const ALL: &'static [UserSystemRole] = &[
        UserSystemRole::Admin,
        UserSystemRole::Member,
        UserSystemRole::Guest,
    ];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            UserSystemRole::Admin => "admin",
            UserSystemRole::Member => "member",
            UserSystemRole::Guest => "guest",
        }
    }
}

impl crate::support::WireEnum for UserSystemRole {
    const VALUES: &'static [UserSystemRole] = UserSystemRole::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Visibility of a template or group.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    poem_openapi::Enum,
    serde::Serialize,
    serde::Deserialize,
)]
#[oai(rename = "Visibility")]
pub enum Visibility {
    #[oai(rename = "private")]
    #[serde(rename = "private")]
    Private,
    #[oai(rename = "public")]
    #[serde(rename = "public")]
    Public,
}

impl Visibility {
    /// Every value, in spec order.
    pub const ALL: &'static [Visibility] = &[Visibility::Private, Visibility::Public];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Visibility::Private => "private",
            Visibility::Public => "public",
        }
    }
}

impl crate::support::WireEnum for Visibility {
    const VALUES: &'static [Visibility] = Visibility::ALL;

    fn wire(&self) -> &'static str {
        self.as_str()
    }
}

/// Every answer `index` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum IndexResponse {
    /// The entry points of the API, as absolute URLs under the prefix of the request.
    #[oai(status = 200)]
    Ok(Json<ApiIndex>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for IndexResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_collections`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetCollectionsParams {
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// Full-text search query; exact matches when surrounded by double quotes.
    #[serde(rename = "query")]
    pub query: Option<String>,
    /// Order of the results: `_score`, `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`. Falls back to `-last_modified` without a query; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Only resources with this visibility (`private` or `public`); other values are ignored.
    #[serde(rename = "visibility")]
    pub visibility: Option<String>,
    /// Only resources with explicit access permissions, whatever their visibility. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "explicit_permissions")]
    pub explicit_permissions: String,
    /// Creator user IDs, combined with OR (repeatable).
    #[serde(rename = "user")]
    pub user: Option<Vec<i64>>,
    /// Tags, combined with `tag_operator` (repeatable).
    #[serde(rename = "tag")]
    pub tag: Option<Vec<String>>,
    /// How to combine the tags: `or` or `and`.
    #[serde(rename = "tag_operator")]
    pub tag_operator: String,
    /// The name of a connected external Kadi4Mat instance to search instead.
    #[serde(rename = "instance")]
    pub instance: Option<String>,
}

/// Every answer `get_collections` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCollectionsResponse {
    /// A page of collections.
    #[oai(status = 200)]
    Ok(Json<CollectionPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
    /// The request to the external Kadi4Mat instance failed.
    #[oai(status = 502)]
    BadGateway(Json<Error>),
}

impl crate::support::FromAnswer for GetCollectionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            502 => Ok(Self::BadGateway(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `new_collection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum NewCollectionResponse {
    /// The collection.
    #[oai(status = 201)]
    Created(Json<Collection>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for NewCollectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_collection_by_identifier`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetCollectionByIdentifierParams {
    /// The resource's identifier.
    #[serde(rename = "identifier")]
    pub identifier: String,
}

/// Every answer `get_collection_by_identifier` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCollectionByIdentifierResponse {
    /// The collection.
    #[oai(status = 200)]
    Ok(Json<Collection>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetCollectionByIdentifierResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_collection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetCollectionParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `get_collection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCollectionResponse {
    /// The collection.
    #[oai(status = 200)]
    Ok(Json<Collection>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetCollectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_collection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteCollectionParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `delete_collection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteCollectionResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for DeleteCollectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `edit_collection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EditCollectionParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `edit_collection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum EditCollectionResponse {
    /// The collection.
    #[oai(status = 200)]
    Ok(Json<Collection>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for EditCollectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_child_collections`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetChildCollectionsParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Further actions the caller needs permission for in the listed resources (repeatable).
    #[serde(rename = "action")]
    pub action: Option<Vec<String>>,
}

/// Every answer `get_child_collections` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetChildCollectionsResponse {
    /// A page of collections.
    #[oai(status = 200)]
    Ok(Json<CollectionPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetChildCollectionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `add_child_collection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AddChildCollectionParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `add_child_collection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AddChildCollectionResponse {
    /// Done; no body.
    #[oai(status = 201)]
    Created,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for AddChildCollectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_child_collection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveChildCollectionParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The child collection's ID.
    #[serde(rename = "child_id")]
    pub child_id: i64,
}

/// Every answer `remove_child_collection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveChildCollectionResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveChildCollectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_collection_export`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetCollectionExportParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// `json`, `rdf` (Turtle), `qr` (PNG) or `ro-crate` (ZIP, or JSON-LD with `{"metadata_only": true}`); others answer 404.
    #[serde(rename = "export_type")]
    pub export_type: String,
    /// A URL-encoded JSON object adjusting the exported data, e.g. `{"user": true}` to leave out user information (always applied without `user.read`).
    #[serde(rename = "filter")]
    pub filter: String,
}

/// Every answer `get_collection_export` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCollectionExportResponse {
    /// The export as an attachment (`Content-Disposition`), in the media type of the export type.
    #[oai(status = 200)]
    Ok(Json<std::collections::BTreeMap<String, serde_json::Value>>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetCollectionExportResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `purge_collection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PurgeCollectionParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `purge_collection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum PurgeCollectionResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for PurgeCollectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_collection_records`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetCollectionRecordsParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Further actions the caller needs permission for in the listed resources (repeatable).
    #[serde(rename = "action")]
    pub action: Option<Vec<String>>,
    /// Include the records of child collections, recursively. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "children")]
    pub children: String,
}

/// Every answer `get_collection_records` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCollectionRecordsResponse {
    /// A page of records.
    #[oai(status = 200)]
    Ok(Json<RecordPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetCollectionRecordsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `add_collection_record`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AddCollectionRecordParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `add_collection_record` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AddCollectionRecordResponse {
    /// Done; no body.
    #[oai(status = 201)]
    Created,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for AddCollectionRecordResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_collection_record`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveCollectionRecordParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The record's ID.
    #[serde(rename = "record_id")]
    pub record_id: i64,
}

/// Every answer `remove_collection_record` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveCollectionRecordResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveCollectionRecordResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `restore_collection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RestoreCollectionParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `restore_collection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RestoreCollectionResponse {
    /// The collection.
    #[oai(status = 200)]
    Ok(Json<Collection>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RestoreCollectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_collection_revisions`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetCollectionRevisionsParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
}

/// Every answer `get_collection_revisions` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCollectionRevisionsResponse {
    /// A page of revisions, newest first.
    #[oai(status = 200)]
    Ok(Json<RevisionPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetCollectionRevisionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_collection_revision`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetCollectionRevisionParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The revision's ID.
    #[serde(rename = "revision_id")]
    pub revision_id: i64,
    /// The ID of a revision to compare with instead of the previous one.
    #[serde(rename = "revision")]
    pub revision: Option<i64>,
}

/// Every answer `get_collection_revision` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCollectionRevisionResponse {
    /// The revision.
    #[oai(status = 200)]
    Ok(Json<Revision>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetCollectionRevisionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_collection_group_roles`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetCollectionGroupRolesParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
}

/// Every answer `get_collection_group_roles` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCollectionGroupRolesResponse {
    /// A page of group roles, by role name then group ID.
    #[oai(status = 200)]
    Ok(Json<GroupRolePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetCollectionGroupRolesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `add_collection_group_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AddCollectionGroupRoleParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `add_collection_group_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AddCollectionGroupRoleResponse {
    /// Done; no body.
    #[oai(status = 201)]
    Created,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for AddCollectionGroupRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_collection_group_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveCollectionGroupRoleParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The group's ID.
    #[serde(rename = "group_id")]
    pub group_id: i64,
}

/// Every answer `remove_collection_group_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveCollectionGroupRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveCollectionGroupRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `change_collection_group_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChangeCollectionGroupRoleParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The group's ID.
    #[serde(rename = "group_id")]
    pub group_id: i64,
}

/// Every answer `change_collection_group_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ChangeCollectionGroupRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for ChangeCollectionGroupRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_collection_user_roles`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetCollectionUserRolesParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// User IDs to leave out (repeatable).
    #[serde(rename = "exclude")]
    pub exclude: Option<Vec<i64>>,
}

/// Every answer `get_collection_user_roles` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCollectionUserRolesResponse {
    /// A page of user roles, by role name then user ID.
    #[oai(status = 200)]
    Ok(Json<UserRolePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetCollectionUserRolesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `add_collection_user_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AddCollectionUserRoleParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `add_collection_user_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AddCollectionUserRoleResponse {
    /// Done; no body.
    #[oai(status = 201)]
    Created,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for AddCollectionUserRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_collection_user_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveCollectionUserRoleParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The user's ID.
    #[serde(rename = "user_id")]
    pub user_id: i64,
}

/// Every answer `remove_collection_user_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveCollectionUserRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveCollectionUserRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `change_collection_user_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChangeCollectionUserRoleParams {
    /// The collection's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The user's ID.
    #[serde(rename = "user_id")]
    pub user_id: i64,
}

/// Every answer `change_collection_user_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ChangeCollectionUserRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for ChangeCollectionUserRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_groups`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetGroupsParams {
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// Full-text search query; exact matches when surrounded by double quotes.
    #[serde(rename = "query")]
    pub query: Option<String>,
    /// Order of the results: `_score`, `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`. Falls back to `-last_modified` without a query; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Only resources with this visibility (`private` or `public`); other values are ignored.
    #[serde(rename = "visibility")]
    pub visibility: Option<String>,
    /// Only groups the caller is a member of. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "member_only")]
    pub member_only: String,
    /// Creator user IDs, combined with OR (repeatable).
    #[serde(rename = "user")]
    pub user: Option<Vec<i64>>,
}

/// Every answer `get_groups` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetGroupsResponse {
    /// A page of groups.
    #[oai(status = 200)]
    Ok(Json<GroupPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetGroupsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `new_group` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum NewGroupResponse {
    /// The group.
    #[oai(status = 201)]
    Created(Json<Group>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for NewGroupResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_group_by_identifier`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetGroupByIdentifierParams {
    /// The resource's identifier.
    #[serde(rename = "identifier")]
    pub identifier: String,
}

/// Every answer `get_group_by_identifier` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetGroupByIdentifierResponse {
    /// The group.
    #[oai(status = 200)]
    Ok(Json<Group>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetGroupByIdentifierResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_group`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetGroupParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `get_group` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetGroupResponse {
    /// The group.
    #[oai(status = 200)]
    Ok(Json<Group>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetGroupResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_group`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteGroupParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `delete_group` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteGroupResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for DeleteGroupResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `edit_group`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EditGroupParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `edit_group` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum EditGroupResponse {
    /// The group.
    #[oai(status = 200)]
    Ok(Json<Group>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for EditGroupResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_group_collections`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetGroupCollectionsParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
}

/// Every answer `get_group_collections` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetGroupCollectionsResponse {
    /// A page of collections.
    #[oai(status = 200)]
    Ok(Json<CollectionPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetGroupCollectionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_group_members`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetGroupMembersParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// User IDs to leave out (repeatable).
    #[serde(rename = "exclude")]
    pub exclude: Option<Vec<i64>>,
}

/// Every answer `get_group_members` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetGroupMembersResponse {
    /// A page of user roles, by role name then user ID.
    #[oai(status = 200)]
    Ok(Json<UserRolePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetGroupMembersResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `add_group_member`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AddGroupMemberParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `add_group_member` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AddGroupMemberResponse {
    /// Done; no body.
    #[oai(status = 201)]
    Created,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for AddGroupMemberResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_group_member`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveGroupMemberParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The user's ID.
    #[serde(rename = "user_id")]
    pub user_id: i64,
}

/// Every answer `remove_group_member` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveGroupMemberResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveGroupMemberResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `change_group_member`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChangeGroupMemberParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The user's ID.
    #[serde(rename = "user_id")]
    pub user_id: i64,
}

/// Every answer `change_group_member` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ChangeGroupMemberResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for ChangeGroupMemberResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `purge_group`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PurgeGroupParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `purge_group` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum PurgeGroupResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for PurgeGroupResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_group_records`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetGroupRecordsParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
}

/// Every answer `get_group_records` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetGroupRecordsResponse {
    /// A page of records.
    #[oai(status = 200)]
    Ok(Json<RecordPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetGroupRecordsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `restore_group`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RestoreGroupParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `restore_group` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RestoreGroupResponse {
    /// The group.
    #[oai(status = 200)]
    Ok(Json<Group>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RestoreGroupResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_group_revisions`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetGroupRevisionsParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
}

/// Every answer `get_group_revisions` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetGroupRevisionsResponse {
    /// A page of revisions, newest first.
    #[oai(status = 200)]
    Ok(Json<RevisionPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetGroupRevisionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_group_revision`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetGroupRevisionParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The revision's ID.
    #[serde(rename = "revision_id")]
    pub revision_id: i64,
    /// The ID of a revision to compare with instead of the previous one.
    #[serde(rename = "revision")]
    pub revision: Option<i64>,
}

/// Every answer `get_group_revision` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetGroupRevisionResponse {
    /// The revision.
    #[oai(status = 200)]
    Ok(Json<Revision>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetGroupRevisionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_group_templates`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetGroupTemplatesParams {
    /// The group's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
}

/// Every answer `get_group_templates` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetGroupTemplatesResponse {
    /// A page of templates.
    #[oai(status = 200)]
    Ok(Json<TemplatePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetGroupTemplatesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_info` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetInfoResponse {
    /// Information about this Kadi4Mat instance.
    #[oai(status = 200)]
    Ok(Json<Info>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetInfoResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_licenses`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetLicensesParams {
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
}

/// Every answer `get_licenses` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetLicensesResponse {
    /// A page of licenses.
    #[oai(status = 200)]
    Ok(Json<LicensePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetLicensesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `oauth_userinfo` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum OauthUserinfoResponse {
    /// OpenID Connect user info claims of the token's user.
    #[oai(status = 200)]
    Ok(Json<UserInfo>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for OauthUserinfoResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_records`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordsParams {
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// Full-text search query; exact matches when surrounded by double quotes.
    #[serde(rename = "query")]
    pub query: Option<String>,
    /// A URL-encoded JSON array of objects searching the extra metadata, e.g. `[{"type": "float", "key": "temperature", "value": {"min": 250}}]`; invalid JSON is ignored.
    #[serde(rename = "extras")]
    pub extras: Option<String>,
    /// Order of the results: `_score`, `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`. Falls back to `-last_modified` without a query; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Only resources with this visibility (`private` or `public`); other values are ignored.
    #[serde(rename = "visibility")]
    pub visibility: Option<String>,
    /// Only resources with explicit access permissions, whatever their visibility. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "explicit_permissions")]
    pub explicit_permissions: String,
    /// Creator user IDs, combined with OR (repeatable).
    #[serde(rename = "user")]
    pub user: Option<Vec<i64>>,
    /// Collection IDs the records must belong to, combined with OR (repeatable).
    #[serde(rename = "collection")]
    pub collection: Option<Vec<i64>>,
    /// Include the children of the filtered collections. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "child_collections")]
    pub child_collections: String,
    /// Record types, combined with OR (repeatable).
    #[serde(rename = "type")]
    pub type_: Option<Vec<String>>,
    /// Tags, combined with `tag_operator` (repeatable).
    #[serde(rename = "tag")]
    pub tag: Option<Vec<String>>,
    /// How to combine the tags: `or` or `and`.
    #[serde(rename = "tag_operator")]
    pub tag_operator: String,
    /// MIME types of the records' files, combined with OR (repeatable).
    #[serde(rename = "mimetype")]
    pub mimetype: Option<Vec<String>>,
    /// The name of a connected external Kadi4Mat instance to search instead.
    #[serde(rename = "instance")]
    pub instance: Option<String>,
}

/// Every answer `get_records` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordsResponse {
    /// A page of records.
    #[oai(status = 200)]
    Ok(Json<RecordPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
    /// The request to the external Kadi4Mat instance failed.
    #[oai(status = 502)]
    BadGateway(Json<Error>),
}

impl crate::support::FromAnswer for GetRecordsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            502 => Ok(Self::BadGateway(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `new_record` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum NewRecordResponse {
    /// The record.
    #[oai(status = 201)]
    Created(Json<Record>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for NewRecordResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_file_by_id`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFileByIdParams {
    /// The file's ID.
    #[serde(rename = "id")]
    pub id: uuid::Uuid,
}

/// Every answer `get_file_by_id` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFileByIdResponse {
    /// The file.
    #[oai(status = 200)]
    Ok(Json<File>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetFileByIdResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record_by_identifier`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordByIdentifierParams {
    /// The resource's identifier.
    #[serde(rename = "identifier")]
    pub identifier: String,
}

/// Every answer `get_record_by_identifier` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordByIdentifierResponse {
    /// The record.
    #[oai(status = 200)]
    Ok(Json<Record>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordByIdentifierResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record_link_by_id`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordLinkByIdParams {
    /// The record link's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `get_record_link_by_id` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordLinkByIdResponse {
    /// The record link.
    #[oai(status = 200)]
    Ok(Json<RecordLink>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordLinkByIdResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `get_record` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordResponse {
    /// The record.
    #[oai(status = 200)]
    Ok(Json<Record>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_record`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteRecordParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `delete_record` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteRecordResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for DeleteRecordResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `edit_record`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EditRecordParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `edit_record` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum EditRecordResponse {
    /// The record.
    #[oai(status = 200)]
    Ok(Json<Record>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for EditRecordResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record_collections`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordCollectionsParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Further actions the caller needs permission for in the listed resources (repeatable).
    #[serde(rename = "action")]
    pub action: Option<Vec<String>>,
}

/// Every answer `get_record_collections` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordCollectionsResponse {
    /// A page of collections.
    #[oai(status = 200)]
    Ok(Json<CollectionPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordCollectionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `add_record_collection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AddRecordCollectionParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `add_record_collection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AddRecordCollectionResponse {
    /// Done; no body.
    #[oai(status = 201)]
    Created,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for AddRecordCollectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_record_collection`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveRecordCollectionParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The collection's ID.
    #[serde(rename = "collection_id")]
    pub collection_id: i64,
}

/// Every answer `remove_record_collection` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveRecordCollectionResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveRecordCollectionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record_export`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordExportParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// `json`, `rdf` (Turtle), `pdf`, `qr` (PNG) or `ro-crate` (ZIP, or JSON-LD with `{"metadata_only": true}`); others answer 404.
    #[serde(rename = "export_type")]
    pub export_type: String,
    /// A URL-encoded JSON object adjusting the exported data, e.g. `{"user": true}` to leave out user information (always applied without `user.read`).
    #[serde(rename = "filter")]
    pub filter: String,
}

/// Every answer `get_record_export` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordExportResponse {
    /// The export as an attachment (`Content-Disposition`), in the media type of the export type.
    #[oai(status = 200)]
    Ok(Json<std::collections::BTreeMap<String, serde_json::Value>>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordExportResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_extras_export`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetExtrasExportParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// `json` only; others answer 404.
    #[serde(rename = "export_type")]
    pub export_type: String,
    /// A URL-encoded JSON object adjusting the exported data, e.g. `{"user": true}` to leave out user information (always applied without `user.read`).
    #[serde(rename = "filter")]
    pub filter: String,
}

/// Every answer `get_extras_export` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetExtrasExportResponse {
    /// The extras as a JSON attachment.
    #[oai(status = 200)]
    Ok(Json<std::collections::BTreeMap<String, serde_json::Value>>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetExtrasExportResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_files`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFilesParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `name`, `-name`, `size`, `-size`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
}

/// Every answer `get_files` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFilesResponse {
    /// A page of files.
    #[oai(status = 200)]
    Ok(Json<FilePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetFilesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `download_files`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DownloadFilesParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `download_files` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DownloadFilesResponse {
    /// A ZIP archive of the files, as an attachment.
    #[oai(status = 200, content_type = "application/zip")]
    Ok(Binary<Vec<u8>>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for DownloadFilesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Binary(a.bytes()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_file_by_name`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFileByNameParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The file name (percent-encoded).
    #[serde(rename = "filename")]
    pub filename: String,
}

/// Every answer `get_file_by_name` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFileByNameResponse {
    /// The file.
    #[oai(status = 200)]
    Ok(Json<File>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetFileByNameResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_file_revisions`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFileRevisionsParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
}

/// Every answer `get_file_revisions` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFileRevisionsResponse {
    /// A page of revisions, newest first.
    #[oai(status = 200)]
    Ok(Json<RevisionPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetFileRevisionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_file_revision`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFileRevisionParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The revision's ID.
    #[serde(rename = "revision_id")]
    pub revision_id: i64,
    /// The ID of a revision to compare with instead of the previous one.
    #[serde(rename = "revision")]
    pub revision: Option<i64>,
}

/// Every answer `get_file_revision` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFileRevisionResponse {
    /// The revision.
    #[oai(status = 200)]
    Ok(Json<Revision>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetFileRevisionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_file`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetFileParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The file's ID.
    #[serde(rename = "file_id")]
    pub file_id: uuid::Uuid,
}

/// Every answer `get_file` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetFileResponse {
    /// The file.
    #[oai(status = 200)]
    Ok(Json<File>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetFileResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `edit_file_data`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EditFileDataParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The file's ID.
    #[serde(rename = "file_id")]
    pub file_id: uuid::Uuid,
}

/// Every answer `edit_file_data` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum EditFileDataResponse {
    /// The upload.
    #[oai(status = 201)]
    Created(Json<Upload>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The user's upload quota, or the request size limit (51 000 000 bytes), is exceeded.
    #[oai(status = 413)]
    PayloadTooLarge(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for EditFileDataResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            413 => Ok(Self::PayloadTooLarge(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_file`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteFileParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The file's ID.
    #[serde(rename = "file_id")]
    pub file_id: uuid::Uuid,
}

/// Every answer `delete_file` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteFileResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for DeleteFileResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `edit_file_metadata`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EditFileMetadataParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The file's ID.
    #[serde(rename = "file_id")]
    pub file_id: uuid::Uuid,
}

/// Every answer `edit_file_metadata` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum EditFileMetadataResponse {
    /// The file.
    #[oai(status = 200)]
    Ok(Json<File>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for EditFileMetadataResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `download_file`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DownloadFileParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The file's ID.
    #[serde(rename = "file_id")]
    pub file_id: uuid::Uuid,
}

/// Every answer `download_file` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DownloadFileResponse {
    /// The file data as an attachment; `Content-Type` is the file's MIME type.
    #[oai(status = 200)]
    Ok(Binary<Vec<u8>>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for DownloadFileResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Binary(a.bytes()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `purge_record`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PurgeRecordParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `purge_record` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum PurgeRecordResponse {
    /// Accepted; no body.
    #[oai(status = 202)]
    Accepted,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
    /// The background task could not be started.
    #[oai(status = 503)]
    ServiceUnavailable(Json<Error>),
}

impl crate::support::FromAnswer for PurgeRecordResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            202 => Ok(Self::Accepted),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            503 => Ok(Self::ServiceUnavailable(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record_links`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordLinksParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// `out` for outgoing links (linked records as `record_to`), `in` for incoming ones (as `record_from`).
    #[serde(rename = "direction")]
    pub direction: String,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `name`, `-name`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Further actions the caller needs permission for in the listed resources (repeatable).
    #[serde(rename = "action")]
    pub action: Option<Vec<String>>,
}

/// Every answer `get_record_links` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordLinksResponse {
    /// A page of record links.
    #[oai(status = 200)]
    Ok(Json<RecordLinkPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordLinksResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `new_record_link`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NewRecordLinkParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `new_record_link` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum NewRecordLinkResponse {
    /// The record link.
    #[oai(status = 201)]
    Created(Json<RecordLink>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for NewRecordLinkResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record_link`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordLinkParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The record link's ID.
    #[serde(rename = "link_id")]
    pub link_id: i64,
}

/// Every answer `get_record_link` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordLinkResponse {
    /// The record link.
    #[oai(status = 200)]
    Ok(Json<RecordLink>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordLinkResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_record_link`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveRecordLinkParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The record link's ID.
    #[serde(rename = "link_id")]
    pub link_id: i64,
}

/// Every answer `remove_record_link` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveRecordLinkResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveRecordLinkResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `edit_record_link`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EditRecordLinkParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The record link's ID.
    #[serde(rename = "link_id")]
    pub link_id: i64,
}

/// Every answer `edit_record_link` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum EditRecordLinkResponse {
    /// The record link.
    #[oai(status = 200)]
    Ok(Json<RecordLink>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for EditRecordLinkResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `restore_record`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RestoreRecordParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `restore_record` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RestoreRecordResponse {
    /// The record.
    #[oai(status = 200)]
    Ok(Json<Record>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RestoreRecordResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record_revisions`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordRevisionsParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
}

/// Every answer `get_record_revisions` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordRevisionsResponse {
    /// A page of revisions, newest first.
    #[oai(status = 200)]
    Ok(Json<RevisionPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordRevisionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record_revision`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordRevisionParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The revision's ID.
    #[serde(rename = "revision_id")]
    pub revision_id: i64,
    /// The ID of a revision to compare with instead of the previous one.
    #[serde(rename = "revision")]
    pub revision: Option<i64>,
}

/// Every answer `get_record_revision` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordRevisionResponse {
    /// The revision.
    #[oai(status = 200)]
    Ok(Json<Revision>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordRevisionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record_group_roles`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordGroupRolesParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
}

/// Every answer `get_record_group_roles` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordGroupRolesResponse {
    /// A page of group roles, by role name then group ID.
    #[oai(status = 200)]
    Ok(Json<GroupRolePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordGroupRolesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `add_record_group_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AddRecordGroupRoleParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `add_record_group_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AddRecordGroupRoleResponse {
    /// Done; no body.
    #[oai(status = 201)]
    Created,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for AddRecordGroupRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_record_group_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveRecordGroupRoleParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The group's ID.
    #[serde(rename = "group_id")]
    pub group_id: i64,
}

/// Every answer `remove_record_group_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveRecordGroupRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveRecordGroupRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `change_record_group_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChangeRecordGroupRoleParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The group's ID.
    #[serde(rename = "group_id")]
    pub group_id: i64,
}

/// Every answer `change_record_group_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ChangeRecordGroupRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for ChangeRecordGroupRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_record_user_roles`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetRecordUserRolesParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// User IDs to leave out (repeatable).
    #[serde(rename = "exclude")]
    pub exclude: Option<Vec<i64>>,
}

/// Every answer `get_record_user_roles` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRecordUserRolesResponse {
    /// A page of user roles, by role name then user ID.
    #[oai(status = 200)]
    Ok(Json<UserRolePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRecordUserRolesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `add_record_user_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AddRecordUserRoleParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `add_record_user_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AddRecordUserRoleResponse {
    /// Done; no body.
    #[oai(status = 201)]
    Created,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for AddRecordUserRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_record_user_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveRecordUserRoleParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The user's ID.
    #[serde(rename = "user_id")]
    pub user_id: i64,
}

/// Every answer `remove_record_user_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveRecordUserRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveRecordUserRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `change_record_user_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChangeRecordUserRoleParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The user's ID.
    #[serde(rename = "user_id")]
    pub user_id: i64,
}

/// Every answer `change_record_user_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ChangeRecordUserRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for ChangeRecordUserRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_uploads`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUploadsParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `get_uploads` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUploadsResponse {
    /// The caller's active and processing uploads of a record (not paginated).
    #[oai(status = 200)]
    Ok(Json<UploadList>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetUploadsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `new_upload`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NewUploadParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `new_upload` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum NewUploadResponse {
    /// The upload.
    #[oai(status = 201)]
    Created(Json<Upload>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// An active file of the record already has this name; `file` is that file.
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The user's upload quota, or the request size limit (51 000 000 bytes), is exceeded.
    #[oai(status = 413)]
    PayloadTooLarge(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for NewUploadResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            413 => Ok(Self::PayloadTooLarge(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_upload`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUploadParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The upload's ID.
    #[serde(rename = "upload_id")]
    pub upload_id: uuid::Uuid,
}

/// Every answer `get_upload` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUploadResponse {
    /// The upload.
    #[oai(status = 200)]
    Ok(Json<Upload>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetUploadResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `upload_data`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct UploadDataParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The upload's ID.
    #[serde(rename = "upload_id")]
    pub upload_id: uuid::Uuid,
    /// Index of the chunk, from 0 (below `chunk_count`). Required for chunked uploads, ignored for direct ones.
    #[serde(rename = "Kadi-Chunk-Index")]
    pub kadi_chunk_index: Option<i64>,
    /// Size of the chunk in bytes: 10 000 000 except for the last chunk, which may be smaller. Required for chunked uploads, ignored for direct ones.
    #[serde(rename = "Kadi-Chunk-Size")]
    pub kadi_chunk_size: Option<i64>,
    /// MD5 hash of the sent data; when given, the data is verified against it.
    #[serde(rename = "Kadi-MD5-Checksum")]
    pub kadi_md5_checksum: Option<String>,
}

/// Every answer `upload_data` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum UploadDataResponse {
    /// The upload.
    #[oai(status = 200)]
    Ok(Json<Upload>),
    /// Direct upload: the new (or replaced) file.
    #[oai(status = 201)]
    Created(Json<File>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The user's upload quota, or the request size limit (51 000 000 bytes), is exceeded.
    #[oai(status = 413)]
    PayloadTooLarge(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for UploadDataResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            413 => Ok(Self::PayloadTooLarge(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `finish_upload`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FinishUploadParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The upload's ID.
    #[serde(rename = "upload_id")]
    pub upload_id: uuid::Uuid,
}

/// Every answer `finish_upload` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum FinishUploadResponse {
    /// The upload.
    #[oai(status = 202)]
    Accepted(Json<Upload>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
    /// The background task could not be started.
    #[oai(status = 503)]
    ServiceUnavailable(Json<Error>),
}

impl crate::support::FromAnswer for FinishUploadResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            202 => Ok(Self::Accepted(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            503 => Ok(Self::ServiceUnavailable(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_upload`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteUploadParams {
    /// The record's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The upload's ID.
    #[serde(rename = "upload_id")]
    pub upload_id: uuid::Uuid,
}

/// Every answer `delete_upload` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteUploadResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for DeleteUploadResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_roles` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetRolesResponse {
    /// The roles of each resource type.
    #[oai(status = 200)]
    Ok(Json<RoleCatalog>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetRolesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_tags`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTagsParams {
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Only tags of this resource type, `record` or `collection`; any other value is ignored, as Kadi4Mat ignores query values it cannot read.
    #[serde(rename = "type")]
    pub type_: Option<String>,
}

/// Every answer `get_tags` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTagsResponse {
    /// A page of tags.
    #[oai(status = 200)]
    Ok(Json<TagPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetTagsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_templates`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTemplatesParams {
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// Full-text search query; exact matches when surrounded by double quotes.
    #[serde(rename = "query")]
    pub query: Option<String>,
    /// Order of the results: `_score`, `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`. Falls back to `-last_modified` without a query; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Only resources with this visibility (`private` or `public`); other values are ignored.
    #[serde(rename = "visibility")]
    pub visibility: Option<String>,
    /// Only resources with explicit access permissions, whatever their visibility. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "explicit_permissions")]
    pub explicit_permissions: String,
    /// Creator user IDs, combined with OR (repeatable).
    #[serde(rename = "user")]
    pub user: Option<Vec<i64>>,
    /// Only templates of this type (`record` or `extras`).
    #[serde(rename = "type")]
    pub type_: Option<String>,
    /// The name of a connected external Kadi4Mat instance to search instead.
    #[serde(rename = "instance")]
    pub instance: Option<String>,
}

/// Every answer `get_templates` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTemplatesResponse {
    /// A page of templates.
    #[oai(status = 200)]
    Ok(Json<TemplatePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
    /// The request to the external Kadi4Mat instance failed.
    #[oai(status = 502)]
    BadGateway(Json<Error>),
}

impl crate::support::FromAnswer for GetTemplatesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            502 => Ok(Self::BadGateway(Json(a.json()?))),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `new_template` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum NewTemplateResponse {
    /// The template.
    #[oai(status = 201)]
    Created(Json<Template>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for NewTemplateResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_template_by_identifier`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTemplateByIdentifierParams {
    /// The resource's identifier.
    #[serde(rename = "identifier")]
    pub identifier: String,
}

/// Every answer `get_template_by_identifier` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTemplateByIdentifierResponse {
    /// The template.
    #[oai(status = 200)]
    Ok(Json<Template>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetTemplateByIdentifierResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_template`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTemplateParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `get_template` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTemplateResponse {
    /// The template.
    #[oai(status = 200)]
    Ok(Json<Template>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetTemplateResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `delete_template`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeleteTemplateParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `delete_template` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum DeleteTemplateResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for DeleteTemplateResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `edit_template`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct EditTemplateParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `edit_template` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum EditTemplateResponse {
    /// The template.
    #[oai(status = 200)]
    Ok(Json<Template>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for EditTemplateResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_template_export`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTemplateExportParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// `json`, `json-schema` or `shacl` (Turtle); others answer 404.
    #[serde(rename = "export_type")]
    pub export_type: String,
    /// A URL-encoded JSON object adjusting the exported data, e.g. `{"user": true}` to leave out user information (always applied without `user.read`).
    #[serde(rename = "filter")]
    pub filter: String,
}

/// Every answer `get_template_export` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTemplateExportResponse {
    /// The export as an attachment (`Content-Disposition`), in the media type of the export type.
    #[oai(status = 200)]
    Ok(Json<std::collections::BTreeMap<String, serde_json::Value>>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetTemplateExportResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `purge_template`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PurgeTemplateParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `purge_template` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum PurgeTemplateResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for PurgeTemplateResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `restore_template`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RestoreTemplateParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `restore_template` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RestoreTemplateResponse {
    /// The template.
    #[oai(status = 200)]
    Ok(Json<Template>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RestoreTemplateResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_template_revisions`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTemplateRevisionsParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
}

/// Every answer `get_template_revisions` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTemplateRevisionsResponse {
    /// A page of revisions, newest first.
    #[oai(status = 200)]
    Ok(Json<RevisionPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetTemplateRevisionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_template_revision`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTemplateRevisionParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The revision's ID.
    #[serde(rename = "revision_id")]
    pub revision_id: i64,
    /// The ID of a revision to compare with instead of the previous one.
    #[serde(rename = "revision")]
    pub revision: Option<i64>,
}

/// Every answer `get_template_revision` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTemplateRevisionResponse {
    /// The revision.
    #[oai(status = 200)]
    Ok(Json<Revision>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetTemplateRevisionResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_template_group_roles`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTemplateGroupRolesParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
}

/// Every answer `get_template_group_roles` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTemplateGroupRolesResponse {
    /// A page of group roles, by role name then group ID.
    #[oai(status = 200)]
    Ok(Json<GroupRolePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetTemplateGroupRolesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `add_template_group_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AddTemplateGroupRoleParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `add_template_group_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AddTemplateGroupRoleResponse {
    /// Done; no body.
    #[oai(status = 201)]
    Created,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for AddTemplateGroupRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_template_group_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveTemplateGroupRoleParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The group's ID.
    #[serde(rename = "group_id")]
    pub group_id: i64,
}

/// Every answer `remove_template_group_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveTemplateGroupRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveTemplateGroupRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `change_template_group_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChangeTemplateGroupRoleParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The group's ID.
    #[serde(rename = "group_id")]
    pub group_id: i64,
}

/// Every answer `change_template_group_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ChangeTemplateGroupRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for ChangeTemplateGroupRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_template_user_roles`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTemplateUserRolesParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// User IDs to leave out (repeatable).
    #[serde(rename = "exclude")]
    pub exclude: Option<Vec<i64>>,
}

/// Every answer `get_template_user_roles` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTemplateUserRolesResponse {
    /// A page of user roles, by role name then user ID.
    #[oai(status = 200)]
    Ok(Json<UserRolePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetTemplateUserRolesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `add_template_user_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AddTemplateUserRoleParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `add_template_user_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum AddTemplateUserRoleResponse {
    /// Done; no body.
    #[oai(status = 201)]
    Created,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for AddTemplateUserRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            201 => Ok(Self::Created),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `remove_template_user_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RemoveTemplateUserRoleParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The user's ID.
    #[serde(rename = "user_id")]
    pub user_id: i64,
}

/// Every answer `remove_template_user_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum RemoveTemplateUserRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for RemoveTemplateUserRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `change_template_user_role`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChangeTemplateUserRoleParams {
    /// The template's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The user's ID.
    #[serde(rename = "user_id")]
    pub user_id: i64,
}

/// Every answer `change_template_user_role` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum ChangeTemplateUserRoleResponse {
    /// Done; no body.
    #[oai(status = 204)]
    NoContent,
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The token's user lacks the permission.
    #[oai(status = 403)]
    Forbidden(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The change conflicts with the current state (e.g. the link or role already exists, or the last admin would be removed).
    #[oai(status = 409)]
    Conflict(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for ChangeTemplateUserRoleResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            204 => Ok(Self::NoContent),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            403 => Ok(Self::Forbidden(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            409 => Ok(Self::Conflict(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_trash`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetTrashParams {
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
}

/// Every answer `get_trash` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetTrashResponse {
    /// A page of deleted resources.
    #[oai(status = 200)]
    Ok(Json<TrashPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetTrashResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_users`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUsersParams {
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Include inactive users. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "inactive")]
    pub inactive: String,
}

/// Every answer `get_users` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUsersResponse {
    /// A page of users.
    #[oai(status = 200)]
    Ok(Json<UserPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetUsersResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// Every answer `get_current_user` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetCurrentUserResponse {
    /// The user.
    #[oai(status = 200)]
    Ok(Json<User>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetCurrentUserResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_user`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUserParams {
    /// The user's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `get_user` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUserResponse {
    /// The user.
    #[oai(status = 200)]
    Ok(Json<User>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetUserResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_user_collections`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUserCollectionsParams {
    /// The user's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Resources shared with the user (through roles) instead of those the user created. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "shared")]
    pub shared: String,
}

/// Every answer `get_user_collections` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUserCollectionsResponse {
    /// A page of collections.
    #[oai(status = 200)]
    Ok(Json<CollectionPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetUserCollectionsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_user_groups`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUserGroupsParams {
    /// The user's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Only groups the user and the caller are both members of. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "common")]
    pub common: String,
}

/// Every answer `get_user_groups` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUserGroupsResponse {
    /// A page of groups.
    #[oai(status = 200)]
    Ok(Json<GroupPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetUserGroupsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_user_identities`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUserIdentitiesParams {
    /// The user's ID.
    #[serde(rename = "id")]
    pub id: i64,
}

/// Every answer `get_user_identities` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUserIdentitiesResponse {
    /// A user's identities (not paginated).
    #[oai(status = 200)]
    Ok(Json<IdentityList>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetUserIdentitiesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_user_records`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUserRecordsParams {
    /// The user's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Resources shared with the user (through roles) instead of those the user created. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "shared")]
    pub shared: String,
}

/// Every answer `get_user_records` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUserRecordsResponse {
    /// A page of records.
    #[oai(status = 200)]
    Ok(Json<RecordPage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetUserRecordsResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_user_templates`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUserTemplatesParams {
    /// The user's ID.
    #[serde(rename = "id")]
    pub id: i64,
    /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
    #[serde(rename = "page")]
    pub page: i64,
    /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
    #[serde(rename = "per_page")]
    pub per_page: i64,
    /// A query to filter the results by (title or identifier; names for users, files, links and tags).
    #[serde(rename = "filter")]
    pub filter: Option<String>,
    /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
    #[serde(rename = "sort")]
    pub sort: String,
    /// Resources shared with the user (through roles) instead of those the user created. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
    #[serde(rename = "shared")]
    pub shared: String,
}

/// Every answer `get_user_templates` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUserTemplatesResponse {
    /// A page of templates.
    #[oai(status = 200)]
    Ok(Json<TemplatePage>),
    /// The body is missing, not JSON, or invalid (messages by field in `errors`); or a header or parameter is invalid. A duplicate identifier is a 400 too.
    #[oai(status = 400)]
    BadRequest(Json<Error>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetUserTemplatesResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            400 => Ok(Self::BadRequest(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

/// The parameters of `get_user_by_identity`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GetUserByIdentityParams {
    /// Here the identity type (`local`, `ldap` or `shib`); the segment shares the name `id` with `/users/{id}` because the router needs one name per position.
    #[serde(rename = "id")]
    pub id: String,
    /// The username within that identity type.
    #[serde(rename = "username")]
    pub username: String,
}

/// Every answer `get_user_by_identity` documents.
#[derive(Debug, poem_openapi::ApiResponse)]
pub enum GetUserByIdentityResponse {
    /// The user.
    #[oai(status = 200)]
    Ok(Json<User>),
    /// No valid access token (missing, unknown, expired), or a scope is missing (then `scopes` lists every scope the endpoint requires). Any other 4xx for a caller without a valid token is answered as this 401 as well.
    #[oai(status = 401)]
    Unauthorized(Json<Error>),
    /// No such resource (or it is deleted).
    #[oai(status = 404)]
    NotFound(Json<Error>),
    /// The rate limit is reached.
    #[oai(status = 429)]
    TooManyRequests(Json<Error>, #[oai(header = "Retry-After")] i64),
}

impl crate::support::FromAnswer for GetUserByIdentityResponse {
    fn from_answer(a: crate::support::Answer) -> Result<Self, String> {
        match a.status {
            200 => Ok(Self::Ok(Json(a.json()?))),
            401 => Ok(Self::Unauthorized(Json(a.json()?))),
            404 => Ok(Self::NotFound(Json(a.json()?))),
            429 => Ok(Self::TooManyRequests(
                Json(a.json()?),
                a.header("Retry-After")?,
            )),
            other => Err(format!("status {other} is not documented")),
        }
    }
}

fn default_get_collections_page() -> i64 {
    1
}

fn default_get_collections_per_page() -> i64 {
    10
}

fn default_get_collections_sort() -> String {
    "_score".to_string()
}

fn default_get_collections_explicit_permissions() -> String {
    "false".to_string()
}

fn default_get_collections_tag_operator() -> String {
    "or".to_string()
}

fn default_get_child_collections_page() -> i64 {
    1
}

fn default_get_child_collections_per_page() -> i64 {
    10
}

fn default_get_child_collections_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_collection_export_filter() -> String {
    "{}".to_string()
}

fn default_get_collection_records_page() -> i64 {
    1
}

fn default_get_collection_records_per_page() -> i64 {
    10
}

fn default_get_collection_records_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_collection_records_children() -> String {
    "false".to_string()
}

fn default_get_collection_revisions_page() -> i64 {
    1
}

fn default_get_collection_revisions_per_page() -> i64 {
    10
}

fn default_get_collection_group_roles_page() -> i64 {
    1
}

fn default_get_collection_group_roles_per_page() -> i64 {
    10
}

fn default_get_collection_user_roles_page() -> i64 {
    1
}

fn default_get_collection_user_roles_per_page() -> i64 {
    10
}

fn default_get_groups_page() -> i64 {
    1
}

fn default_get_groups_per_page() -> i64 {
    10
}

fn default_get_groups_sort() -> String {
    "_score".to_string()
}

fn default_get_groups_member_only() -> String {
    "false".to_string()
}

fn default_get_group_collections_page() -> i64 {
    1
}

fn default_get_group_collections_per_page() -> i64 {
    10
}

fn default_get_group_collections_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_group_members_page() -> i64 {
    1
}

fn default_get_group_members_per_page() -> i64 {
    10
}

fn default_get_group_records_page() -> i64 {
    1
}

fn default_get_group_records_per_page() -> i64 {
    10
}

fn default_get_group_records_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_group_revisions_page() -> i64 {
    1
}

fn default_get_group_revisions_per_page() -> i64 {
    10
}

fn default_get_group_templates_page() -> i64 {
    1
}

fn default_get_group_templates_per_page() -> i64 {
    10
}

fn default_get_group_templates_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_licenses_page() -> i64 {
    1
}

fn default_get_licenses_per_page() -> i64 {
    10
}

fn default_get_records_page() -> i64 {
    1
}

fn default_get_records_per_page() -> i64 {
    10
}

fn default_get_records_sort() -> String {
    "_score".to_string()
}

fn default_get_records_explicit_permissions() -> String {
    "false".to_string()
}

fn default_get_records_child_collections() -> String {
    "false".to_string()
}

fn default_get_records_tag_operator() -> String {
    "or".to_string()
}

fn default_get_record_collections_page() -> i64 {
    1
}

fn default_get_record_collections_per_page() -> i64 {
    10
}

fn default_get_record_collections_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_record_export_filter() -> String {
    "{}".to_string()
}

fn default_get_extras_export_filter() -> String {
    "{}".to_string()
}

fn default_get_files_page() -> i64 {
    1
}

fn default_get_files_per_page() -> i64 {
    10
}

fn default_get_files_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_file_revisions_page() -> i64 {
    1
}

fn default_get_file_revisions_per_page() -> i64 {
    10
}

fn default_get_record_links_page() -> i64 {
    1
}

fn default_get_record_links_per_page() -> i64 {
    10
}

fn default_get_record_links_direction() -> String {
    "out".to_string()
}

fn default_get_record_links_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_record_revisions_page() -> i64 {
    1
}

fn default_get_record_revisions_per_page() -> i64 {
    10
}

fn default_get_record_group_roles_page() -> i64 {
    1
}

fn default_get_record_group_roles_per_page() -> i64 {
    10
}

fn default_get_record_user_roles_page() -> i64 {
    1
}

fn default_get_record_user_roles_per_page() -> i64 {
    10
}

fn default_get_tags_page() -> i64 {
    1
}

fn default_get_tags_per_page() -> i64 {
    10
}

fn default_get_templates_page() -> i64 {
    1
}

fn default_get_templates_per_page() -> i64 {
    10
}

fn default_get_templates_sort() -> String {
    "_score".to_string()
}

fn default_get_templates_explicit_permissions() -> String {
    "false".to_string()
}

fn default_get_template_export_filter() -> String {
    "{}".to_string()
}

fn default_get_template_revisions_page() -> i64 {
    1
}

fn default_get_template_revisions_per_page() -> i64 {
    10
}

fn default_get_template_group_roles_page() -> i64 {
    1
}

fn default_get_template_group_roles_per_page() -> i64 {
    10
}

fn default_get_template_user_roles_page() -> i64 {
    1
}

fn default_get_template_user_roles_per_page() -> i64 {
    10
}

fn default_get_trash_page() -> i64 {
    1
}

fn default_get_trash_per_page() -> i64 {
    10
}

fn default_get_users_page() -> i64 {
    1
}

fn default_get_users_per_page() -> i64 {
    10
}

fn default_get_users_inactive() -> String {
    "false".to_string()
}

fn default_get_user_collections_page() -> i64 {
    1
}

fn default_get_user_collections_per_page() -> i64 {
    10
}

fn default_get_user_collections_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_user_collections_shared() -> String {
    "false".to_string()
}

fn default_get_user_groups_page() -> i64 {
    1
}

fn default_get_user_groups_per_page() -> i64 {
    10
}

fn default_get_user_groups_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_user_groups_common() -> String {
    "false".to_string()
}

fn default_get_user_records_page() -> i64 {
    1
}

fn default_get_user_records_per_page() -> i64 {
    10
}

fn default_get_user_records_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_user_records_shared() -> String {
    "false".to_string()
}

fn default_get_user_templates_page() -> i64 {
    1
}

fn default_get_user_templates_per_page() -> i64 {
    10
}

fn default_get_user_templates_sort() -> String {
    "-last_modified".to_string()
}

fn default_get_user_templates_shared() -> String {
    "false".to_string()
}

/// The operations tagged `misc`.
#[async_trait::async_trait]
pub trait MiscApi: Send + Sync + 'static {
    /// API index
    async fn index(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<IndexResponse>;
    /// Instance information
    async fn get_info(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<GetInfoResponse>;
    /// List licenses
    async fn get_licenses(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetLicensesParams,
    ) -> poem::Result<GetLicensesResponse>;
    /// OpenID Connect user info
    async fn oauth_userinfo(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<OauthUserinfoResponse>;
    /// List tags
    async fn get_tags(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTagsParams,
    ) -> poem::Result<GetTagsResponse>;
    /// List the trash
    async fn get_trash(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTrashParams,
    ) -> poem::Result<GetTrashResponse>;
}

/// The operations tagged `collections`.
#[async_trait::async_trait]
pub trait CollectionsApi: Send + Sync + 'static {
    /// Search collections
    async fn get_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionsParams,
    ) -> poem::Result<GetCollectionsResponse>;
    /// Create a collection
    async fn new_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: CollectionCreate,
    ) -> poem::Result<NewCollectionResponse>;
    /// Get a collection by identifier
    async fn get_collection_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionByIdentifierParams,
    ) -> poem::Result<GetCollectionByIdentifierResponse>;
    /// Get a collection
    async fn get_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionParams,
    ) -> poem::Result<GetCollectionResponse>;
    /// Delete a collection
    async fn delete_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteCollectionParams,
    ) -> poem::Result<DeleteCollectionResponse>;
    /// Edit a collection
    async fn edit_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditCollectionParams,
        body: CollectionUpdate,
    ) -> poem::Result<EditCollectionResponse>;
    /// List child collections
    async fn get_child_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetChildCollectionsParams,
    ) -> poem::Result<GetChildCollectionsResponse>;
    /// Add a child collection
    async fn add_child_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddChildCollectionParams,
        body: ResourceReference,
    ) -> poem::Result<AddChildCollectionResponse>;
    /// Remove a child collection
    async fn remove_child_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveChildCollectionParams,
    ) -> poem::Result<RemoveChildCollectionResponse>;
    /// Export a collection
    async fn get_collection_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionExportParams,
    ) -> poem::Result<GetCollectionExportResponse>;
    /// Purge a collection
    async fn purge_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: PurgeCollectionParams,
    ) -> poem::Result<PurgeCollectionResponse>;
    /// List a collection's records
    async fn get_collection_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionRecordsParams,
    ) -> poem::Result<GetCollectionRecordsResponse>;
    /// Add a record to a collection
    async fn add_collection_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddCollectionRecordParams,
        body: ResourceReference,
    ) -> poem::Result<AddCollectionRecordResponse>;
    /// Remove a record from a collection
    async fn remove_collection_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveCollectionRecordParams,
    ) -> poem::Result<RemoveCollectionRecordResponse>;
    /// Restore a collection
    async fn restore_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RestoreCollectionParams,
    ) -> poem::Result<RestoreCollectionResponse>;
}

/// The operations tagged `revisions`.
#[async_trait::async_trait]
pub trait RevisionsApi: Send + Sync + 'static {
    /// List collection revisions
    async fn get_collection_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionRevisionsParams,
    ) -> poem::Result<GetCollectionRevisionsResponse>;
    /// Get a collection revision
    async fn get_collection_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionRevisionParams,
    ) -> poem::Result<GetCollectionRevisionResponse>;
    /// List group revisions
    async fn get_group_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupRevisionsParams,
    ) -> poem::Result<GetGroupRevisionsResponse>;
    /// Get a group revision
    async fn get_group_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupRevisionParams,
    ) -> poem::Result<GetGroupRevisionResponse>;
    /// List file revisions
    async fn get_file_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFileRevisionsParams,
    ) -> poem::Result<GetFileRevisionsResponse>;
    /// Get a file revision
    async fn get_file_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFileRevisionParams,
    ) -> poem::Result<GetFileRevisionResponse>;
    /// List record revisions
    async fn get_record_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordRevisionsParams,
    ) -> poem::Result<GetRecordRevisionsResponse>;
    /// Get a record revision
    async fn get_record_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordRevisionParams,
    ) -> poem::Result<GetRecordRevisionResponse>;
    /// List template revisions
    async fn get_template_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateRevisionsParams,
    ) -> poem::Result<GetTemplateRevisionsResponse>;
    /// Get a template revision
    async fn get_template_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateRevisionParams,
    ) -> poem::Result<GetTemplateRevisionResponse>;
}

/// The operations tagged `roles`.
#[async_trait::async_trait]
pub trait RolesApi: Send + Sync + 'static {
    /// List group roles of a collection
    async fn get_collection_group_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionGroupRolesParams,
    ) -> poem::Result<GetCollectionGroupRolesResponse>;
    /// Grant a group role on a collection
    async fn add_collection_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddCollectionGroupRoleParams,
        body: GroupRoleAssignment,
    ) -> poem::Result<AddCollectionGroupRoleResponse>;
    /// Revoke a group role on a collection
    async fn remove_collection_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveCollectionGroupRoleParams,
    ) -> poem::Result<RemoveCollectionGroupRoleResponse>;
    /// Change a group role on a collection
    async fn change_collection_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeCollectionGroupRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeCollectionGroupRoleResponse>;
    /// List user roles of a collection
    async fn get_collection_user_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionUserRolesParams,
    ) -> poem::Result<GetCollectionUserRolesResponse>;
    /// Grant a user role on a collection
    async fn add_collection_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddCollectionUserRoleParams,
        body: UserRoleAssignment,
    ) -> poem::Result<AddCollectionUserRoleResponse>;
    /// Revoke a user role on a collection
    async fn remove_collection_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveCollectionUserRoleParams,
    ) -> poem::Result<RemoveCollectionUserRoleResponse>;
    /// Change a user role on a collection
    async fn change_collection_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeCollectionUserRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeCollectionUserRoleResponse>;
    /// List group roles of a record
    async fn get_record_group_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordGroupRolesParams,
    ) -> poem::Result<GetRecordGroupRolesResponse>;
    /// Grant a group role on a record
    async fn add_record_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddRecordGroupRoleParams,
        body: GroupRoleAssignment,
    ) -> poem::Result<AddRecordGroupRoleResponse>;
    /// Revoke a group role on a record
    async fn remove_record_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveRecordGroupRoleParams,
    ) -> poem::Result<RemoveRecordGroupRoleResponse>;
    /// Change a group role on a record
    async fn change_record_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeRecordGroupRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeRecordGroupRoleResponse>;
    /// List user roles of a record
    async fn get_record_user_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordUserRolesParams,
    ) -> poem::Result<GetRecordUserRolesResponse>;
    /// Grant a user role on a record
    async fn add_record_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddRecordUserRoleParams,
        body: UserRoleAssignment,
    ) -> poem::Result<AddRecordUserRoleResponse>;
    /// Revoke a user role on a record
    async fn remove_record_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveRecordUserRoleParams,
    ) -> poem::Result<RemoveRecordUserRoleResponse>;
    /// Change a user role on a record
    async fn change_record_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeRecordUserRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeRecordUserRoleResponse>;
    /// List roles
    async fn get_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<GetRolesResponse>;
    /// List group roles of a template
    async fn get_template_group_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateGroupRolesParams,
    ) -> poem::Result<GetTemplateGroupRolesResponse>;
    /// Grant a group role on a template
    async fn add_template_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddTemplateGroupRoleParams,
        body: GroupRoleAssignment,
    ) -> poem::Result<AddTemplateGroupRoleResponse>;
    /// Revoke a group role on a template
    async fn remove_template_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveTemplateGroupRoleParams,
    ) -> poem::Result<RemoveTemplateGroupRoleResponse>;
    /// Change a group role on a template
    async fn change_template_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeTemplateGroupRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeTemplateGroupRoleResponse>;
    /// List user roles of a template
    async fn get_template_user_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateUserRolesParams,
    ) -> poem::Result<GetTemplateUserRolesResponse>;
    /// Grant a user role on a template
    async fn add_template_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddTemplateUserRoleParams,
        body: UserRoleAssignment,
    ) -> poem::Result<AddTemplateUserRoleResponse>;
    /// Revoke a user role on a template
    async fn remove_template_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveTemplateUserRoleParams,
    ) -> poem::Result<RemoveTemplateUserRoleResponse>;
    /// Change a user role on a template
    async fn change_template_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeTemplateUserRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeTemplateUserRoleResponse>;
}

/// The operations tagged `groups`.
#[async_trait::async_trait]
pub trait GroupsApi: Send + Sync + 'static {
    /// Search groups
    async fn get_groups(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupsParams,
    ) -> poem::Result<GetGroupsResponse>;
    /// Create a group
    async fn new_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: GroupCreate,
    ) -> poem::Result<NewGroupResponse>;
    /// Get a group by identifier
    async fn get_group_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupByIdentifierParams,
    ) -> poem::Result<GetGroupByIdentifierResponse>;
    /// Get a group
    async fn get_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupParams,
    ) -> poem::Result<GetGroupResponse>;
    /// Delete a group
    async fn delete_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteGroupParams,
    ) -> poem::Result<DeleteGroupResponse>;
    /// Edit a group
    async fn edit_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditGroupParams,
        body: GroupUpdate,
    ) -> poem::Result<EditGroupResponse>;
    /// List collections shared with a group
    async fn get_group_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupCollectionsParams,
    ) -> poem::Result<GetGroupCollectionsResponse>;
    /// List group members
    async fn get_group_members(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupMembersParams,
    ) -> poem::Result<GetGroupMembersResponse>;
    /// Add a group member
    async fn add_group_member(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddGroupMemberParams,
        body: UserRoleAssignment,
    ) -> poem::Result<AddGroupMemberResponse>;
    /// Remove a group member
    async fn remove_group_member(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveGroupMemberParams,
    ) -> poem::Result<RemoveGroupMemberResponse>;
    /// Change a member's role
    async fn change_group_member(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeGroupMemberParams,
        body: RoleName,
    ) -> poem::Result<ChangeGroupMemberResponse>;
    /// Purge a group
    async fn purge_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: PurgeGroupParams,
    ) -> poem::Result<PurgeGroupResponse>;
    /// List records shared with a group
    async fn get_group_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupRecordsParams,
    ) -> poem::Result<GetGroupRecordsResponse>;
    /// Restore a group
    async fn restore_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RestoreGroupParams,
    ) -> poem::Result<RestoreGroupResponse>;
    /// List templates shared with a group
    async fn get_group_templates(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupTemplatesParams,
    ) -> poem::Result<GetGroupTemplatesResponse>;
}

/// The operations tagged `records`.
#[async_trait::async_trait]
pub trait RecordsApi: Send + Sync + 'static {
    /// Search records
    async fn get_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordsParams,
    ) -> poem::Result<GetRecordsResponse>;
    /// Create a record
    async fn new_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: RecordCreate,
    ) -> poem::Result<NewRecordResponse>;
    /// Get a record by identifier
    async fn get_record_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordByIdentifierParams,
    ) -> poem::Result<GetRecordByIdentifierResponse>;
    /// Get a record link by ID
    async fn get_record_link_by_id(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordLinkByIdParams,
    ) -> poem::Result<GetRecordLinkByIdResponse>;
    /// Get a record
    async fn get_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordParams,
    ) -> poem::Result<GetRecordResponse>;
    /// Delete a record
    async fn delete_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteRecordParams,
    ) -> poem::Result<DeleteRecordResponse>;
    /// Edit a record
    async fn edit_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditRecordParams,
        body: RecordUpdate,
    ) -> poem::Result<EditRecordResponse>;
    /// List a record's collections
    async fn get_record_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordCollectionsParams,
    ) -> poem::Result<GetRecordCollectionsResponse>;
    /// Add a record to a collection
    async fn add_record_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddRecordCollectionParams,
        body: ResourceReference,
    ) -> poem::Result<AddRecordCollectionResponse>;
    /// Remove a record from a collection
    async fn remove_record_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveRecordCollectionParams,
    ) -> poem::Result<RemoveRecordCollectionResponse>;
    /// Export a record
    async fn get_record_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordExportParams,
    ) -> poem::Result<GetRecordExportResponse>;
    /// Export a record's extras
    async fn get_extras_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetExtrasExportParams,
    ) -> poem::Result<GetExtrasExportResponse>;
    /// Purge a record
    async fn purge_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: PurgeRecordParams,
    ) -> poem::Result<PurgeRecordResponse>;
    /// List record links
    async fn get_record_links(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordLinksParams,
    ) -> poem::Result<GetRecordLinksResponse>;
    /// Link a record
    async fn new_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: NewRecordLinkParams,
        body: RecordLinkCreate,
    ) -> poem::Result<NewRecordLinkResponse>;
    /// Get a record link
    async fn get_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordLinkParams,
    ) -> poem::Result<GetRecordLinkResponse>;
    /// Remove a record link
    async fn remove_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveRecordLinkParams,
    ) -> poem::Result<RemoveRecordLinkResponse>;
    /// Edit a record link
    async fn edit_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditRecordLinkParams,
        body: RecordLinkUpdate,
    ) -> poem::Result<EditRecordLinkResponse>;
    /// Restore a record
    async fn restore_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RestoreRecordParams,
    ) -> poem::Result<RestoreRecordResponse>;
}

/// The operations tagged `files`.
#[async_trait::async_trait]
pub trait FilesApi: Send + Sync + 'static {
    /// Get a file by ID
    async fn get_file_by_id(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFileByIdParams,
    ) -> poem::Result<GetFileByIdResponse>;
    /// List files
    async fn get_files(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFilesParams,
    ) -> poem::Result<GetFilesResponse>;
    /// Download all files
    async fn download_files(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DownloadFilesParams,
    ) -> poem::Result<DownloadFilesResponse>;
    /// Get a file by name
    async fn get_file_by_name(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFileByNameParams,
    ) -> poem::Result<GetFileByNameResponse>;
    /// Get a file
    async fn get_file(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFileParams,
    ) -> poem::Result<GetFileResponse>;
    /// Replace a file's data
    async fn edit_file_data(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditFileDataParams,
        body: FileDataUpdate,
    ) -> poem::Result<EditFileDataResponse>;
    /// Delete a file
    async fn delete_file(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteFileParams,
    ) -> poem::Result<DeleteFileResponse>;
    /// Edit a file's metadata
    async fn edit_file_metadata(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditFileMetadataParams,
        body: FileMetadataUpdate,
    ) -> poem::Result<EditFileMetadataResponse>;
    /// Download a file
    async fn download_file(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DownloadFileParams,
    ) -> poem::Result<DownloadFileResponse>;
}

/// The operations tagged `uploads`.
#[async_trait::async_trait]
pub trait UploadsApi: Send + Sync + 'static {
    /// List uploads
    async fn get_uploads(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUploadsParams,
    ) -> poem::Result<GetUploadsResponse>;
    /// Start an upload
    async fn new_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: NewUploadParams,
        body: UploadCreate,
    ) -> poem::Result<NewUploadResponse>;
    /// Get an upload
    async fn get_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUploadParams,
    ) -> poem::Result<GetUploadResponse>;
    /// Upload data
    async fn upload_data(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: UploadDataParams,
        body: Vec<u8>,
    ) -> poem::Result<UploadDataResponse>;
    /// Finish a chunked upload
    async fn finish_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: FinishUploadParams,
    ) -> poem::Result<FinishUploadResponse>;
    /// Cancel an upload
    async fn delete_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteUploadParams,
    ) -> poem::Result<DeleteUploadResponse>;
}

/// The operations tagged `templates`.
#[async_trait::async_trait]
pub trait TemplatesApi: Send + Sync + 'static {
    /// Search templates
    async fn get_templates(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplatesParams,
    ) -> poem::Result<GetTemplatesResponse>;
    /// Create a template
    async fn new_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: TemplateCreate,
    ) -> poem::Result<NewTemplateResponse>;
    /// Get a template by identifier
    async fn get_template_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateByIdentifierParams,
    ) -> poem::Result<GetTemplateByIdentifierResponse>;
    /// Get a template
    async fn get_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateParams,
    ) -> poem::Result<GetTemplateResponse>;
    /// Delete a template
    async fn delete_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteTemplateParams,
    ) -> poem::Result<DeleteTemplateResponse>;
    /// Edit a template
    async fn edit_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditTemplateParams,
        body: TemplateUpdate,
    ) -> poem::Result<EditTemplateResponse>;
    /// Export a template
    async fn get_template_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateExportParams,
    ) -> poem::Result<GetTemplateExportResponse>;
    /// Purge a template
    async fn purge_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: PurgeTemplateParams,
    ) -> poem::Result<PurgeTemplateResponse>;
    /// Restore a template
    async fn restore_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RestoreTemplateParams,
    ) -> poem::Result<RestoreTemplateResponse>;
}

/// The operations tagged `users`.
#[async_trait::async_trait]
pub trait UsersApi: Send + Sync + 'static {
    /// List users
    async fn get_users(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUsersParams,
    ) -> poem::Result<GetUsersResponse>;
    /// Get the current user
    async fn get_current_user(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<GetCurrentUserResponse>;
    /// Get a user
    async fn get_user(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserParams,
    ) -> poem::Result<GetUserResponse>;
    /// List a user's collections
    async fn get_user_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserCollectionsParams,
    ) -> poem::Result<GetUserCollectionsResponse>;
    /// List a user's groups
    async fn get_user_groups(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserGroupsParams,
    ) -> poem::Result<GetUserGroupsResponse>;
    /// List a user's identities
    async fn get_user_identities(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserIdentitiesParams,
    ) -> poem::Result<GetUserIdentitiesResponse>;
    /// List a user's records
    async fn get_user_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserRecordsParams,
    ) -> poem::Result<GetUserRecordsResponse>;
    /// List a user's templates
    async fn get_user_templates(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserTemplatesParams,
    ) -> poem::Result<GetUserTemplatesResponse>;
    /// Get a user by identity
    async fn get_user_by_identity(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserByIdentityParams,
    ) -> poem::Result<GetUserByIdentityResponse>;
}

/// Implements [`MiscApi`] for a real-mode surface that does not serve the `misc`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kadi4mat_v1_unmounted_misc_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kadi4mat::v1::*;
            #[$crate::support::async_trait]
            impl MiscApi for $t {
                async fn index(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                ) -> poem::Result<IndexResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_info(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                ) -> poem::Result<GetInfoResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_licenses(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetLicensesParams,
                ) -> poem::Result<GetLicensesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn oauth_userinfo(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                ) -> poem::Result<OauthUserinfoResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_tags(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetTagsParams,
                ) -> poem::Result<GetTagsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_trash(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetTrashParams,
                ) -> poem::Result<GetTrashResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`CollectionsApi`] for a real-mode surface that does not serve the `collections`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kadi4mat_v1_unmounted_collections_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kadi4mat::v1::*;
            #[$crate::support::async_trait]
            impl CollectionsApi for $t {
                async fn get_collections(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetCollectionsParams,
                ) -> poem::Result<GetCollectionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn new_collection(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _body: CollectionCreate,
                ) -> poem::Result<NewCollectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_collection_by_identifier(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetCollectionByIdentifierParams,
                ) -> poem::Result<GetCollectionByIdentifierResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_collection(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetCollectionParams,
                ) -> poem::Result<GetCollectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_collection(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: DeleteCollectionParams,
                ) -> poem::Result<DeleteCollectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn edit_collection(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: EditCollectionParams,
                    _body: CollectionUpdate,
                ) -> poem::Result<EditCollectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_child_collections(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetChildCollectionsParams,
                ) -> poem::Result<GetChildCollectionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn add_child_collection(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: AddChildCollectionParams,
                    _body: ResourceReference,
                ) -> poem::Result<AddChildCollectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_child_collection(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveChildCollectionParams,
                ) -> poem::Result<RemoveChildCollectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_collection_export(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetCollectionExportParams,
                ) -> poem::Result<GetCollectionExportResponse> {
                    Err($crate::support::unmounted())
                }
                async fn purge_collection(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: PurgeCollectionParams,
                ) -> poem::Result<PurgeCollectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_collection_records(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetCollectionRecordsParams,
                ) -> poem::Result<GetCollectionRecordsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn add_collection_record(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: AddCollectionRecordParams,
                    _body: ResourceReference,
                ) -> poem::Result<AddCollectionRecordResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_collection_record(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveCollectionRecordParams,
                ) -> poem::Result<RemoveCollectionRecordResponse> {
                    Err($crate::support::unmounted())
                }
                async fn restore_collection(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RestoreCollectionParams,
                ) -> poem::Result<RestoreCollectionResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`RevisionsApi`] for a real-mode surface that does not serve the `revisions`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kadi4mat_v1_unmounted_revisions_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kadi4mat::v1::*;
            #[$crate::support::async_trait]
            impl RevisionsApi for $t {
                async fn get_collection_revisions(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetCollectionRevisionsParams,
                ) -> poem::Result<GetCollectionRevisionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_collection_revision(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetCollectionRevisionParams,
                ) -> poem::Result<GetCollectionRevisionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_group_revisions(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetGroupRevisionsParams,
                ) -> poem::Result<GetGroupRevisionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_group_revision(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetGroupRevisionParams,
                ) -> poem::Result<GetGroupRevisionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_file_revisions(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetFileRevisionsParams,
                ) -> poem::Result<GetFileRevisionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_file_revision(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetFileRevisionParams,
                ) -> poem::Result<GetFileRevisionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record_revisions(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordRevisionsParams,
                ) -> poem::Result<GetRecordRevisionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record_revision(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordRevisionParams,
                ) -> poem::Result<GetRecordRevisionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_template_revisions(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetTemplateRevisionsParams,
                ) -> poem::Result<GetTemplateRevisionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_template_revision(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetTemplateRevisionParams,
                ) -> poem::Result<GetTemplateRevisionResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`RolesApi`] for a real-mode surface that does not serve the `roles`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kadi4mat_v1_unmounted_roles_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kadi4mat::v1::*;
            #[$crate::support::async_trait]
            impl RolesApi for $t {
                async fn get_collection_group_roles(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetCollectionGroupRolesParams,
                ) -> poem::Result<GetCollectionGroupRolesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn add_collection_group_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: AddCollectionGroupRoleParams,
                    _body: GroupRoleAssignment,
                ) -> poem::Result<AddCollectionGroupRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_collection_group_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveCollectionGroupRoleParams,
                ) -> poem::Result<RemoveCollectionGroupRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn change_collection_group_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: ChangeCollectionGroupRoleParams,
                    _body: RoleName,
                ) -> poem::Result<ChangeCollectionGroupRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_collection_user_roles(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetCollectionUserRolesParams,
                ) -> poem::Result<GetCollectionUserRolesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn add_collection_user_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: AddCollectionUserRoleParams,
                    _body: UserRoleAssignment,
                ) -> poem::Result<AddCollectionUserRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_collection_user_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveCollectionUserRoleParams,
                ) -> poem::Result<RemoveCollectionUserRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn change_collection_user_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: ChangeCollectionUserRoleParams,
                    _body: RoleName,
                ) -> poem::Result<ChangeCollectionUserRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record_group_roles(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordGroupRolesParams,
                ) -> poem::Result<GetRecordGroupRolesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn add_record_group_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: AddRecordGroupRoleParams,
                    _body: GroupRoleAssignment,
                ) -> poem::Result<AddRecordGroupRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_record_group_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveRecordGroupRoleParams,
                ) -> poem::Result<RemoveRecordGroupRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn change_record_group_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: ChangeRecordGroupRoleParams,
                    _body: RoleName,
                ) -> poem::Result<ChangeRecordGroupRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record_user_roles(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordUserRolesParams,
                ) -> poem::Result<GetRecordUserRolesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn add_record_user_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: AddRecordUserRoleParams,
                    _body: UserRoleAssignment,
                ) -> poem::Result<AddRecordUserRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_record_user_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveRecordUserRoleParams,
                ) -> poem::Result<RemoveRecordUserRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn change_record_user_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: ChangeRecordUserRoleParams,
                    _body: RoleName,
                ) -> poem::Result<ChangeRecordUserRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_roles(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                ) -> poem::Result<GetRolesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_template_group_roles(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetTemplateGroupRolesParams,
                ) -> poem::Result<GetTemplateGroupRolesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn add_template_group_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: AddTemplateGroupRoleParams,
                    _body: GroupRoleAssignment,
                ) -> poem::Result<AddTemplateGroupRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_template_group_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveTemplateGroupRoleParams,
                ) -> poem::Result<RemoveTemplateGroupRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn change_template_group_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: ChangeTemplateGroupRoleParams,
                    _body: RoleName,
                ) -> poem::Result<ChangeTemplateGroupRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_template_user_roles(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetTemplateUserRolesParams,
                ) -> poem::Result<GetTemplateUserRolesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn add_template_user_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: AddTemplateUserRoleParams,
                    _body: UserRoleAssignment,
                ) -> poem::Result<AddTemplateUserRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_template_user_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveTemplateUserRoleParams,
                ) -> poem::Result<RemoveTemplateUserRoleResponse> {
                    Err($crate::support::unmounted())
                }
                async fn change_template_user_role(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: ChangeTemplateUserRoleParams,
                    _body: RoleName,
                ) -> poem::Result<ChangeTemplateUserRoleResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`GroupsApi`] for a real-mode surface that does not serve the `groups`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kadi4mat_v1_unmounted_groups_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kadi4mat::v1::*;
            #[$crate::support::async_trait]
            impl GroupsApi for $t {
                async fn get_groups(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetGroupsParams,
                ) -> poem::Result<GetGroupsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn new_group(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _body: GroupCreate,
                ) -> poem::Result<NewGroupResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_group_by_identifier(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetGroupByIdentifierParams,
                ) -> poem::Result<GetGroupByIdentifierResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_group(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetGroupParams,
                ) -> poem::Result<GetGroupResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_group(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: DeleteGroupParams,
                ) -> poem::Result<DeleteGroupResponse> {
                    Err($crate::support::unmounted())
                }
                async fn edit_group(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: EditGroupParams,
                    _body: GroupUpdate,
                ) -> poem::Result<EditGroupResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_group_collections(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetGroupCollectionsParams,
                ) -> poem::Result<GetGroupCollectionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_group_members(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetGroupMembersParams,
                ) -> poem::Result<GetGroupMembersResponse> {
                    Err($crate::support::unmounted())
                }
                async fn add_group_member(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: AddGroupMemberParams,
                    _body: UserRoleAssignment,
                ) -> poem::Result<AddGroupMemberResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_group_member(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveGroupMemberParams,
                ) -> poem::Result<RemoveGroupMemberResponse> {
                    Err($crate::support::unmounted())
                }
                async fn change_group_member(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: ChangeGroupMemberParams,
                    _body: RoleName,
                ) -> poem::Result<ChangeGroupMemberResponse> {
                    Err($crate::support::unmounted())
                }
                async fn purge_group(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: PurgeGroupParams,
                ) -> poem::Result<PurgeGroupResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_group_records(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetGroupRecordsParams,
                ) -> poem::Result<GetGroupRecordsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn restore_group(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RestoreGroupParams,
                ) -> poem::Result<RestoreGroupResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_group_templates(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetGroupTemplatesParams,
                ) -> poem::Result<GetGroupTemplatesResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`RecordsApi`] for a real-mode surface that does not serve the `records`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kadi4mat_v1_unmounted_records_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kadi4mat::v1::*;
            #[$crate::support::async_trait]
            impl RecordsApi for $t {
                async fn get_records(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordsParams,
                ) -> poem::Result<GetRecordsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn new_record(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _body: RecordCreate,
                ) -> poem::Result<NewRecordResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record_by_identifier(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordByIdentifierParams,
                ) -> poem::Result<GetRecordByIdentifierResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record_link_by_id(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordLinkByIdParams,
                ) -> poem::Result<GetRecordLinkByIdResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordParams,
                ) -> poem::Result<GetRecordResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_record(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: DeleteRecordParams,
                ) -> poem::Result<DeleteRecordResponse> {
                    Err($crate::support::unmounted())
                }
                async fn edit_record(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: EditRecordParams,
                    _body: RecordUpdate,
                ) -> poem::Result<EditRecordResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record_collections(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordCollectionsParams,
                ) -> poem::Result<GetRecordCollectionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn add_record_collection(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: AddRecordCollectionParams,
                    _body: ResourceReference,
                ) -> poem::Result<AddRecordCollectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_record_collection(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveRecordCollectionParams,
                ) -> poem::Result<RemoveRecordCollectionResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record_export(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordExportParams,
                ) -> poem::Result<GetRecordExportResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_extras_export(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetExtrasExportParams,
                ) -> poem::Result<GetExtrasExportResponse> {
                    Err($crate::support::unmounted())
                }
                async fn purge_record(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: PurgeRecordParams,
                ) -> poem::Result<PurgeRecordResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record_links(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordLinksParams,
                ) -> poem::Result<GetRecordLinksResponse> {
                    Err($crate::support::unmounted())
                }
                async fn new_record_link(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: NewRecordLinkParams,
                    _body: RecordLinkCreate,
                ) -> poem::Result<NewRecordLinkResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_record_link(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetRecordLinkParams,
                ) -> poem::Result<GetRecordLinkResponse> {
                    Err($crate::support::unmounted())
                }
                async fn remove_record_link(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RemoveRecordLinkParams,
                ) -> poem::Result<RemoveRecordLinkResponse> {
                    Err($crate::support::unmounted())
                }
                async fn edit_record_link(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: EditRecordLinkParams,
                    _body: RecordLinkUpdate,
                ) -> poem::Result<EditRecordLinkResponse> {
                    Err($crate::support::unmounted())
                }
                async fn restore_record(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RestoreRecordParams,
                ) -> poem::Result<RestoreRecordResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`FilesApi`] for a real-mode surface that does not serve the `files`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kadi4mat_v1_unmounted_files_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kadi4mat::v1::*;
            #[$crate::support::async_trait]
            impl FilesApi for $t {
                async fn get_file_by_id(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetFileByIdParams,
                ) -> poem::Result<GetFileByIdResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_files(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetFilesParams,
                ) -> poem::Result<GetFilesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn download_files(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: DownloadFilesParams,
                ) -> poem::Result<DownloadFilesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_file_by_name(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetFileByNameParams,
                ) -> poem::Result<GetFileByNameResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_file(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetFileParams,
                ) -> poem::Result<GetFileResponse> {
                    Err($crate::support::unmounted())
                }
                async fn edit_file_data(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: EditFileDataParams,
                    _body: FileDataUpdate,
                ) -> poem::Result<EditFileDataResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_file(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: DeleteFileParams,
                ) -> poem::Result<DeleteFileResponse> {
                    Err($crate::support::unmounted())
                }
                async fn edit_file_metadata(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: EditFileMetadataParams,
                    _body: FileMetadataUpdate,
                ) -> poem::Result<EditFileMetadataResponse> {
                    Err($crate::support::unmounted())
                }
                async fn download_file(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: DownloadFileParams,
                ) -> poem::Result<DownloadFileResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`UploadsApi`] for a real-mode surface that does not serve the `uploads`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kadi4mat_v1_unmounted_uploads_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kadi4mat::v1::*;
            #[$crate::support::async_trait]
            impl UploadsApi for $t {
                async fn get_uploads(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetUploadsParams,
                ) -> poem::Result<GetUploadsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn new_upload(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: NewUploadParams,
                    _body: UploadCreate,
                ) -> poem::Result<NewUploadResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_upload(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetUploadParams,
                ) -> poem::Result<GetUploadResponse> {
                    Err($crate::support::unmounted())
                }
                async fn upload_data(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: UploadDataParams,
                    _body: Vec<u8>,
                ) -> poem::Result<UploadDataResponse> {
                    Err($crate::support::unmounted())
                }
                async fn finish_upload(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: FinishUploadParams,
                ) -> poem::Result<FinishUploadResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_upload(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: DeleteUploadParams,
                ) -> poem::Result<DeleteUploadResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`TemplatesApi`] for a real-mode surface that does not serve the `templates`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kadi4mat_v1_unmounted_templates_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kadi4mat::v1::*;
            #[$crate::support::async_trait]
            impl TemplatesApi for $t {
                async fn get_templates(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetTemplatesParams,
                ) -> poem::Result<GetTemplatesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn new_template(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _body: TemplateCreate,
                ) -> poem::Result<NewTemplateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_template_by_identifier(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetTemplateByIdentifierParams,
                ) -> poem::Result<GetTemplateByIdentifierResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_template(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetTemplateParams,
                ) -> poem::Result<GetTemplateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn delete_template(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: DeleteTemplateParams,
                ) -> poem::Result<DeleteTemplateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn edit_template(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: EditTemplateParams,
                    _body: TemplateUpdate,
                ) -> poem::Result<EditTemplateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_template_export(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetTemplateExportParams,
                ) -> poem::Result<GetTemplateExportResponse> {
                    Err($crate::support::unmounted())
                }
                async fn purge_template(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: PurgeTemplateParams,
                ) -> poem::Result<PurgeTemplateResponse> {
                    Err($crate::support::unmounted())
                }
                async fn restore_template(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: RestoreTemplateParams,
                ) -> poem::Result<RestoreTemplateResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// Implements [`UsersApi`] for a real-mode surface that does not serve the `users`
/// operations yet: each answers 404, and the dispatcher, which mounts only the tags a
/// surface serves, never routes to them.
#[macro_export]
macro_rules! kadi4mat_v1_unmounted_users_api {
    ($t:ty) => {
        const _: () = {
            use $crate::kadi4mat::v1::*;
            #[$crate::support::async_trait]
            impl UsersApi for $t {
                async fn get_users(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetUsersParams,
                ) -> poem::Result<GetUsersResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_current_user(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                ) -> poem::Result<GetCurrentUserResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_user(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetUserParams,
                ) -> poem::Result<GetUserResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_user_collections(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetUserCollectionsParams,
                ) -> poem::Result<GetUserCollectionsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_user_groups(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetUserGroupsParams,
                ) -> poem::Result<GetUserGroupsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_user_identities(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetUserIdentitiesParams,
                ) -> poem::Result<GetUserIdentitiesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_user_records(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetUserRecordsParams,
                ) -> poem::Result<GetUserRecordsResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_user_templates(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetUserTemplatesParams,
                ) -> poem::Result<GetUserTemplatesResponse> {
                    Err($crate::support::unmounted())
                }
                async fn get_user_by_identity(
                    &self,
                    _req: &poem::Request,
                    _auth: PersonalAccessToken,
                    _params: GetUserByIdentityParams,
                ) -> poem::Result<GetUserByIdentityResponse> {
                    Err($crate::support::unmounted())
                }
            }
        };
    };
}

/// The operations an implementation of this contract provides: every tag's trait.
pub trait Api:
    MiscApi
    + CollectionsApi
    + RevisionsApi
    + RolesApi
    + GroupsApi
    + RecordsApi
    + FilesApi
    + UploadsApi
    + TemplatesApi
    + UsersApi
{
}

impl<
        T: MiscApi
            + CollectionsApi
            + RevisionsApi
            + RolesApi
            + GroupsApi
            + RecordsApi
            + FilesApi
            + UploadsApi
            + TemplatesApi
            + UsersApi,
    > Api for T
{
}

/// An [`Api`] answered by a spec-driven [`crate::support::Backend`] (the mock): every
/// operation hands its validated call over and types the answer, so the backend can only
/// say what the contract documents.
pub struct Backed<B>(pub B);

#[async_trait::async_trait]
impl<B: crate::support::Backend> MiscApi for Backed<B> {
    async fn index(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<IndexResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[0],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <IndexResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[0], e))
    }
    async fn get_info(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<GetInfoResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[43],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetInfoResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[43], e))
    }
    async fn get_licenses(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetLicensesParams,
    ) -> poem::Result<GetLicensesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[44],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetLicensesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[44], e))
    }
    async fn oauth_userinfo(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<OauthUserinfoResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[45],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <OauthUserinfoResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[45], e))
    }
    async fn get_tags(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTagsParams,
    ) -> poem::Result<GetTagsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[93],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTagsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[93], e))
    }
    async fn get_trash(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTrashParams,
    ) -> poem::Result<GetTrashResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[113],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTrashResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[113], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> CollectionsApi for Backed<B> {
    async fn get_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionsParams,
    ) -> poem::Result<GetCollectionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[1],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCollectionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[1], e))
    }
    async fn new_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: CollectionCreate,
    ) -> poem::Result<NewCollectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[2],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <NewCollectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[2], e))
    }
    async fn get_collection_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionByIdentifierParams,
    ) -> poem::Result<GetCollectionByIdentifierResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[3],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCollectionByIdentifierResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[3], e))
    }
    async fn get_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionParams,
    ) -> poem::Result<GetCollectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[4],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCollectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[4], e))
    }
    async fn delete_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteCollectionParams,
    ) -> poem::Result<DeleteCollectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[5],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteCollectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[5], e))
    }
    async fn edit_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditCollectionParams,
        body: CollectionUpdate,
    ) -> poem::Result<EditCollectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[6],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <EditCollectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[6], e))
    }
    async fn get_child_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetChildCollectionsParams,
    ) -> poem::Result<GetChildCollectionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[7],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetChildCollectionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[7], e))
    }
    async fn add_child_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddChildCollectionParams,
        body: ResourceReference,
    ) -> poem::Result<AddChildCollectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[8],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AddChildCollectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[8], e))
    }
    async fn remove_child_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveChildCollectionParams,
    ) -> poem::Result<RemoveChildCollectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[9],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveChildCollectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[9], e))
    }
    async fn get_collection_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionExportParams,
    ) -> poem::Result<GetCollectionExportResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[10],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCollectionExportResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[10], e))
    }
    async fn purge_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: PurgeCollectionParams,
    ) -> poem::Result<PurgeCollectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[11],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <PurgeCollectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[11], e))
    }
    async fn get_collection_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionRecordsParams,
    ) -> poem::Result<GetCollectionRecordsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[12],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCollectionRecordsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[12], e))
    }
    async fn add_collection_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddCollectionRecordParams,
        body: ResourceReference,
    ) -> poem::Result<AddCollectionRecordResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[13],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AddCollectionRecordResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[13], e))
    }
    async fn remove_collection_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveCollectionRecordParams,
    ) -> poem::Result<RemoveCollectionRecordResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[14],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveCollectionRecordResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[14], e))
    }
    async fn restore_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RestoreCollectionParams,
    ) -> poem::Result<RestoreCollectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[15],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RestoreCollectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[15], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> RevisionsApi for Backed<B> {
    async fn get_collection_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionRevisionsParams,
    ) -> poem::Result<GetCollectionRevisionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[16],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCollectionRevisionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[16], e))
    }
    async fn get_collection_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionRevisionParams,
    ) -> poem::Result<GetCollectionRevisionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[17],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCollectionRevisionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[17], e))
    }
    async fn get_group_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupRevisionsParams,
    ) -> poem::Result<GetGroupRevisionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[40],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetGroupRevisionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[40], e))
    }
    async fn get_group_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupRevisionParams,
    ) -> poem::Result<GetGroupRevisionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[41],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetGroupRevisionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[41], e))
    }
    async fn get_file_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFileRevisionsParams,
    ) -> poem::Result<GetFileRevisionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[62],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFileRevisionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[62], e))
    }
    async fn get_file_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFileRevisionParams,
    ) -> poem::Result<GetFileRevisionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[63],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFileRevisionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[63], e))
    }
    async fn get_record_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordRevisionsParams,
    ) -> poem::Result<GetRecordRevisionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[76],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordRevisionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[76], e))
    }
    async fn get_record_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordRevisionParams,
    ) -> poem::Result<GetRecordRevisionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[77],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordRevisionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[77], e))
    }
    async fn get_template_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateRevisionsParams,
    ) -> poem::Result<GetTemplateRevisionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[103],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTemplateRevisionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[103], e))
    }
    async fn get_template_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateRevisionParams,
    ) -> poem::Result<GetTemplateRevisionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[104],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTemplateRevisionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[104], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> RolesApi for Backed<B> {
    async fn get_collection_group_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionGroupRolesParams,
    ) -> poem::Result<GetCollectionGroupRolesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[18],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCollectionGroupRolesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[18], e))
    }
    async fn add_collection_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddCollectionGroupRoleParams,
        body: GroupRoleAssignment,
    ) -> poem::Result<AddCollectionGroupRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[19],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AddCollectionGroupRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[19], e))
    }
    async fn remove_collection_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveCollectionGroupRoleParams,
    ) -> poem::Result<RemoveCollectionGroupRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[20],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveCollectionGroupRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[20], e))
    }
    async fn change_collection_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeCollectionGroupRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeCollectionGroupRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[21],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ChangeCollectionGroupRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[21], e))
    }
    async fn get_collection_user_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetCollectionUserRolesParams,
    ) -> poem::Result<GetCollectionUserRolesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[22],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCollectionUserRolesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[22], e))
    }
    async fn add_collection_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddCollectionUserRoleParams,
        body: UserRoleAssignment,
    ) -> poem::Result<AddCollectionUserRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[23],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AddCollectionUserRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[23], e))
    }
    async fn remove_collection_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveCollectionUserRoleParams,
    ) -> poem::Result<RemoveCollectionUserRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[24],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveCollectionUserRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[24], e))
    }
    async fn change_collection_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeCollectionUserRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeCollectionUserRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[25],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ChangeCollectionUserRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[25], e))
    }
    async fn get_record_group_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordGroupRolesParams,
    ) -> poem::Result<GetRecordGroupRolesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[78],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordGroupRolesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[78], e))
    }
    async fn add_record_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddRecordGroupRoleParams,
        body: GroupRoleAssignment,
    ) -> poem::Result<AddRecordGroupRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[79],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AddRecordGroupRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[79], e))
    }
    async fn remove_record_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveRecordGroupRoleParams,
    ) -> poem::Result<RemoveRecordGroupRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[80],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveRecordGroupRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[80], e))
    }
    async fn change_record_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeRecordGroupRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeRecordGroupRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[81],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ChangeRecordGroupRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[81], e))
    }
    async fn get_record_user_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordUserRolesParams,
    ) -> poem::Result<GetRecordUserRolesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[82],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordUserRolesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[82], e))
    }
    async fn add_record_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddRecordUserRoleParams,
        body: UserRoleAssignment,
    ) -> poem::Result<AddRecordUserRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[83],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AddRecordUserRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[83], e))
    }
    async fn remove_record_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveRecordUserRoleParams,
    ) -> poem::Result<RemoveRecordUserRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[84],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveRecordUserRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[84], e))
    }
    async fn change_record_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeRecordUserRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeRecordUserRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[85],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ChangeRecordUserRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[85], e))
    }
    async fn get_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<GetRolesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[92],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRolesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[92], e))
    }
    async fn get_template_group_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateGroupRolesParams,
    ) -> poem::Result<GetTemplateGroupRolesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[105],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTemplateGroupRolesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[105], e))
    }
    async fn add_template_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddTemplateGroupRoleParams,
        body: GroupRoleAssignment,
    ) -> poem::Result<AddTemplateGroupRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[106],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AddTemplateGroupRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[106], e))
    }
    async fn remove_template_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveTemplateGroupRoleParams,
    ) -> poem::Result<RemoveTemplateGroupRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[107],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveTemplateGroupRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[107], e))
    }
    async fn change_template_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeTemplateGroupRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeTemplateGroupRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[108],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ChangeTemplateGroupRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[108], e))
    }
    async fn get_template_user_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateUserRolesParams,
    ) -> poem::Result<GetTemplateUserRolesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[109],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTemplateUserRolesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[109], e))
    }
    async fn add_template_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddTemplateUserRoleParams,
        body: UserRoleAssignment,
    ) -> poem::Result<AddTemplateUserRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[110],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AddTemplateUserRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[110], e))
    }
    async fn remove_template_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveTemplateUserRoleParams,
    ) -> poem::Result<RemoveTemplateUserRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[111],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveTemplateUserRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[111], e))
    }
    async fn change_template_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeTemplateUserRoleParams,
        body: RoleName,
    ) -> poem::Result<ChangeTemplateUserRoleResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[112],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ChangeTemplateUserRoleResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[112], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> GroupsApi for Backed<B> {
    async fn get_groups(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupsParams,
    ) -> poem::Result<GetGroupsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[26],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetGroupsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[26], e))
    }
    async fn new_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: GroupCreate,
    ) -> poem::Result<NewGroupResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[27],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <NewGroupResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[27], e))
    }
    async fn get_group_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupByIdentifierParams,
    ) -> poem::Result<GetGroupByIdentifierResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[28],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetGroupByIdentifierResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[28], e))
    }
    async fn get_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupParams,
    ) -> poem::Result<GetGroupResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[29],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetGroupResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[29], e))
    }
    async fn delete_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteGroupParams,
    ) -> poem::Result<DeleteGroupResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[30],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteGroupResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[30], e))
    }
    async fn edit_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditGroupParams,
        body: GroupUpdate,
    ) -> poem::Result<EditGroupResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[31],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <EditGroupResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[31], e))
    }
    async fn get_group_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupCollectionsParams,
    ) -> poem::Result<GetGroupCollectionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[32],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetGroupCollectionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[32], e))
    }
    async fn get_group_members(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupMembersParams,
    ) -> poem::Result<GetGroupMembersResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[33],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetGroupMembersResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[33], e))
    }
    async fn add_group_member(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddGroupMemberParams,
        body: UserRoleAssignment,
    ) -> poem::Result<AddGroupMemberResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[34],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AddGroupMemberResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[34], e))
    }
    async fn remove_group_member(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveGroupMemberParams,
    ) -> poem::Result<RemoveGroupMemberResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[35],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveGroupMemberResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[35], e))
    }
    async fn change_group_member(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: ChangeGroupMemberParams,
        body: RoleName,
    ) -> poem::Result<ChangeGroupMemberResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[36],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <ChangeGroupMemberResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[36], e))
    }
    async fn purge_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: PurgeGroupParams,
    ) -> poem::Result<PurgeGroupResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[37],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <PurgeGroupResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[37], e))
    }
    async fn get_group_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupRecordsParams,
    ) -> poem::Result<GetGroupRecordsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[38],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetGroupRecordsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[38], e))
    }
    async fn restore_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RestoreGroupParams,
    ) -> poem::Result<RestoreGroupResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[39],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RestoreGroupResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[39], e))
    }
    async fn get_group_templates(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetGroupTemplatesParams,
    ) -> poem::Result<GetGroupTemplatesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[42],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetGroupTemplatesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[42], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> RecordsApi for Backed<B> {
    async fn get_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordsParams,
    ) -> poem::Result<GetRecordsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[46],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[46], e))
    }
    async fn new_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: RecordCreate,
    ) -> poem::Result<NewRecordResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[47],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <NewRecordResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[47], e))
    }
    async fn get_record_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordByIdentifierParams,
    ) -> poem::Result<GetRecordByIdentifierResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[49],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordByIdentifierResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[49], e))
    }
    async fn get_record_link_by_id(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordLinkByIdParams,
    ) -> poem::Result<GetRecordLinkByIdResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[50],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordLinkByIdResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[50], e))
    }
    async fn get_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordParams,
    ) -> poem::Result<GetRecordResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[51],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[51], e))
    }
    async fn delete_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteRecordParams,
    ) -> poem::Result<DeleteRecordResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[52],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteRecordResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[52], e))
    }
    async fn edit_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditRecordParams,
        body: RecordUpdate,
    ) -> poem::Result<EditRecordResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[53],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <EditRecordResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[53], e))
    }
    async fn get_record_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordCollectionsParams,
    ) -> poem::Result<GetRecordCollectionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[54],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordCollectionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[54], e))
    }
    async fn add_record_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: AddRecordCollectionParams,
        body: ResourceReference,
    ) -> poem::Result<AddRecordCollectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[55],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <AddRecordCollectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[55], e))
    }
    async fn remove_record_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveRecordCollectionParams,
    ) -> poem::Result<RemoveRecordCollectionResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[56],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveRecordCollectionResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[56], e))
    }
    async fn get_record_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordExportParams,
    ) -> poem::Result<GetRecordExportResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[57],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordExportResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[57], e))
    }
    async fn get_extras_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetExtrasExportParams,
    ) -> poem::Result<GetExtrasExportResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[58],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetExtrasExportResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[58], e))
    }
    async fn purge_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: PurgeRecordParams,
    ) -> poem::Result<PurgeRecordResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[69],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <PurgeRecordResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[69], e))
    }
    async fn get_record_links(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordLinksParams,
    ) -> poem::Result<GetRecordLinksResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[70],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordLinksResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[70], e))
    }
    async fn new_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: NewRecordLinkParams,
        body: RecordLinkCreate,
    ) -> poem::Result<NewRecordLinkResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[71],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <NewRecordLinkResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[71], e))
    }
    async fn get_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetRecordLinkParams,
    ) -> poem::Result<GetRecordLinkResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[72],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetRecordLinkResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[72], e))
    }
    async fn remove_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RemoveRecordLinkParams,
    ) -> poem::Result<RemoveRecordLinkResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[73],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RemoveRecordLinkResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[73], e))
    }
    async fn edit_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditRecordLinkParams,
        body: RecordLinkUpdate,
    ) -> poem::Result<EditRecordLinkResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[74],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <EditRecordLinkResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[74], e))
    }
    async fn restore_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RestoreRecordParams,
    ) -> poem::Result<RestoreRecordResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[75],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RestoreRecordResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[75], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> FilesApi for Backed<B> {
    async fn get_file_by_id(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFileByIdParams,
    ) -> poem::Result<GetFileByIdResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[48],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFileByIdResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[48], e))
    }
    async fn get_files(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFilesParams,
    ) -> poem::Result<GetFilesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[59],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFilesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[59], e))
    }
    async fn download_files(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DownloadFilesParams,
    ) -> poem::Result<DownloadFilesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[60],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DownloadFilesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[60], e))
    }
    async fn get_file_by_name(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFileByNameParams,
    ) -> poem::Result<GetFileByNameResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[61],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFileByNameResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[61], e))
    }
    async fn get_file(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetFileParams,
    ) -> poem::Result<GetFileResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[64],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetFileResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[64], e))
    }
    async fn edit_file_data(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditFileDataParams,
        body: FileDataUpdate,
    ) -> poem::Result<EditFileDataResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[65],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <EditFileDataResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[65], e))
    }
    async fn delete_file(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteFileParams,
    ) -> poem::Result<DeleteFileResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[66],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteFileResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[66], e))
    }
    async fn edit_file_metadata(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditFileMetadataParams,
        body: FileMetadataUpdate,
    ) -> poem::Result<EditFileMetadataResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[67],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <EditFileMetadataResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[67], e))
    }
    async fn download_file(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DownloadFileParams,
    ) -> poem::Result<DownloadFileResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[68],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DownloadFileResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[68], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> UploadsApi for Backed<B> {
    async fn get_uploads(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUploadsParams,
    ) -> poem::Result<GetUploadsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[86],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUploadsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[86], e))
    }
    async fn new_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: NewUploadParams,
        body: UploadCreate,
    ) -> poem::Result<NewUploadResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[87],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <NewUploadResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[87], e))
    }
    async fn get_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUploadParams,
    ) -> poem::Result<GetUploadResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[88],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUploadResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[88], e))
    }
    async fn upload_data(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: UploadDataParams,
        body: Vec<u8>,
    ) -> poem::Result<UploadDataResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[89],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Bytes(body.clone()),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <UploadDataResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[89], e))
    }
    async fn finish_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: FinishUploadParams,
    ) -> poem::Result<FinishUploadResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[90],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <FinishUploadResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[90], e))
    }
    async fn delete_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteUploadParams,
    ) -> poem::Result<DeleteUploadResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[91],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteUploadResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[91], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> TemplatesApi for Backed<B> {
    async fn get_templates(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplatesParams,
    ) -> poem::Result<GetTemplatesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[94],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTemplatesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[94], e))
    }
    async fn new_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: TemplateCreate,
    ) -> poem::Result<NewTemplateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[95],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <NewTemplateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[95], e))
    }
    async fn get_template_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateByIdentifierParams,
    ) -> poem::Result<GetTemplateByIdentifierResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[96],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTemplateByIdentifierResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[96], e))
    }
    async fn get_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateParams,
    ) -> poem::Result<GetTemplateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[97],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTemplateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[97], e))
    }
    async fn delete_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: DeleteTemplateParams,
    ) -> poem::Result<DeleteTemplateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[98],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <DeleteTemplateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[98], e))
    }
    async fn edit_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: EditTemplateParams,
        body: TemplateUpdate,
    ) -> poem::Result<EditTemplateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[99],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::Json(crate::support::to_json(&body)),
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <EditTemplateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[99], e))
    }
    async fn get_template_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetTemplateExportParams,
    ) -> poem::Result<GetTemplateExportResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[100],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetTemplateExportResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[100], e))
    }
    async fn purge_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: PurgeTemplateParams,
    ) -> poem::Result<PurgeTemplateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[101],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <PurgeTemplateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[101], e))
    }
    async fn restore_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: RestoreTemplateParams,
    ) -> poem::Result<RestoreTemplateResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[102],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <RestoreTemplateResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[102], e))
    }
}

#[async_trait::async_trait]
impl<B: crate::support::Backend> UsersApi for Backed<B> {
    async fn get_users(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUsersParams,
    ) -> poem::Result<GetUsersResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[114],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUsersResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[114], e))
    }
    async fn get_current_user(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<GetCurrentUserResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[115],
            request: req,
            params: Default::default(),
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetCurrentUserResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[115], e))
    }
    async fn get_user(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserParams,
    ) -> poem::Result<GetUserResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[116],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUserResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[116], e))
    }
    async fn get_user_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserCollectionsParams,
    ) -> poem::Result<GetUserCollectionsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[117],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUserCollectionsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[117], e))
    }
    async fn get_user_groups(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserGroupsParams,
    ) -> poem::Result<GetUserGroupsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[118],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUserGroupsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[118], e))
    }
    async fn get_user_identities(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserIdentitiesParams,
    ) -> poem::Result<GetUserIdentitiesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[119],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUserIdentitiesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[119], e))
    }
    async fn get_user_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserRecordsParams,
    ) -> poem::Result<GetUserRecordsResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[120],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUserRecordsResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[120], e))
    }
    async fn get_user_templates(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserTemplatesParams,
    ) -> poem::Result<GetUserTemplatesResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[121],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUserTemplatesResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[121], e))
    }
    async fn get_user_by_identity(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        params: GetUserByIdentityParams,
    ) -> poem::Result<GetUserByIdentityResponse> {
        let call = crate::support::Call {
            contract: &CONTRACT,
            operation: &OPERATIONS[122],
            request: req,
            params: match crate::support::to_json(&params) {
                serde_json::Value::Object(m) => m,
                _ => Default::default(),
            },
            body: crate::support::CallBody::None,
            credential: Some(crate::support::Credential::credential(&auth)),
        };
        let answer = self.0.answer(call).await?;
        <GetUserByIdentityResponse as crate::support::FromAnswer>::from_answer(answer)
            .map_err(|e| crate::support::unfit(&OPERATIONS[122], e))
    }
}

/// poem-openapi glue: parses and validates each request, then calls the [`Api`].
pub struct Routes(pub Arc<dyn Api>);

#[poem_openapi::OpenApi]
impl Routes {
    /// API index
    ///
    /// The entry points of the API as absolute URLs. Under the alias the links start with
    /// `/api/`, under the versioned path with `/api/v1/`.
    ///
    /// Required scopes: none (any valid access token).
    #[oai(path = "/", method = "get", operation_id = "index", tag = "Tags::Misc")]
    async fn index(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<IndexResponse> {
        self.0.index(req, auth).await
    }

    /// Search collections
    ///
    /// Searches and filters the collections the caller can read. `page` is capped at 100 here.
    /// Adds `_actions.new_collection` to the page. With `instance`, the search runs on a
    /// connected external instance (400 when the instance is unknown or not connected, 502 when
    /// it fails).
    ///
    /// Required scopes: `collection.read`.
    #[oai(
        path = "/collections",
        method = "get",
        operation_id = "get_collections",
        tag = "Tags::Collections"
    )]
    async fn get_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_collections_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_collections_per_page")]
        per_page: Query<i64>,
        /// Full-text search query; exact matches when surrounded by double quotes.
        #[oai(name = "query")]
        query: Query<Option<String>>,
        /// Order of the results: `_score`, `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`. Falls back to `-last_modified` without a query; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_collections_sort")]
        sort: Query<String>,
        /// Only resources with this visibility (`private` or `public`); other values are ignored.
        #[oai(name = "visibility")]
        visibility: Query<Option<String>>,
        /// Only resources with explicit access permissions, whatever their visibility. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(
            name = "explicit_permissions",
            default = "default_get_collections_explicit_permissions"
        )]
        explicit_permissions: Query<String>,
        /// Creator user IDs, combined with OR (repeatable).
        #[oai(name = "user")]
        user: Query<Option<Vec<i64>>>,
        /// Tags, combined with `tag_operator` (repeatable).
        #[oai(name = "tag")]
        tag: Query<Option<Vec<String>>>,
        /// How to combine the tags: `or` or `and`.
        #[oai(
            name = "tag_operator",
            default = "default_get_collections_tag_operator"
        )]
        tag_operator: Query<String>,
        /// The name of a connected external Kadi4Mat instance to search instead.
        #[oai(name = "instance")]
        instance: Query<Option<String>>,
    ) -> poem::Result<GetCollectionsResponse> {
        self.0
            .get_collections(
                req,
                auth,
                GetCollectionsParams {
                    page: page.0,
                    per_page: per_page.0,
                    query: query.0,
                    sort: sort.0,
                    visibility: visibility.0,
                    explicit_permissions: explicit_permissions.0,
                    user: user.0,
                    tag: tag.0,
                    tag_operator: tag_operator.0,
                    instance: instance.0,
                },
            )
            .await
    }

    /// Create a collection
    ///
    /// Creates a collection; the caller becomes its admin. A duplicate identifier answers 400
    /// with `errors.identifier`. 409 when the creation itself fails.
    ///
    /// Required scopes: `collection.create`.
    #[oai(
        path = "/collections",
        method = "post",
        operation_id = "new_collection",
        tag = "Tags::Collections"
    )]
    async fn new_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: Json<CollectionCreate>,
    ) -> poem::Result<NewCollectionResponse> {
        self.0.new_collection(req, auth, body.0).await
    }

    /// Get a collection by identifier
    ///
    /// The collection with this identifier.
    ///
    /// Required scopes: `collection.read`.
    #[oai(
        path = "/collections/identifier/:identifier",
        method = "get",
        operation_id = "get_collection_by_identifier",
        tag = "Tags::Collections"
    )]
    async fn get_collection_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The resource's identifier.
        #[oai(
            name = "identifier",
            validator(max_length = 50, pattern = "^[a-z0-9_-]+$")
        )]
        identifier: Path<String>,
    ) -> poem::Result<GetCollectionByIdentifierResponse> {
        self.0
            .get_collection_by_identifier(
                req,
                auth,
                GetCollectionByIdentifierParams {
                    identifier: identifier.0,
                },
            )
            .await
    }

    /// Get a collection
    ///
    /// The collection with this ID.
    ///
    /// Required scopes: `collection.read`.
    #[oai(
        path = "/collections/:id",
        method = "get",
        operation_id = "get_collection",
        tag = "Tags::Collections"
    )]
    async fn get_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<GetCollectionResponse> {
        self.0
            .get_collection(req, auth, GetCollectionParams { id: id.0 })
            .await
    }

    /// Delete a collection
    ///
    /// Moves the collection to the trash.
    ///
    /// Required scopes: `collection.delete`.
    #[oai(
        path = "/collections/:id",
        method = "delete",
        operation_id = "delete_collection",
        tag = "Tags::Collections"
    )]
    async fn delete_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<DeleteCollectionResponse> {
        self.0
            .delete_collection(req, auth, DeleteCollectionParams { id: id.0 })
            .await
    }

    /// Edit a collection
    ///
    /// Changes the given attributes of the collection. 409 when the change conflicts.
    ///
    /// Required scopes: `collection.update`.
    #[oai(
        path = "/collections/:id",
        method = "patch",
        operation_id = "edit_collection",
        tag = "Tags::Collections"
    )]
    async fn edit_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<CollectionUpdate>,
    ) -> poem::Result<EditCollectionResponse> {
        self.0
            .edit_collection(req, auth, EditCollectionParams { id: id.0 }, body.0)
            .await
    }

    /// List child collections
    ///
    /// Child collections the caller can read.
    ///
    /// Required scopes: `collection.read`.
    #[oai(
        path = "/collections/:id/collections",
        method = "get",
        operation_id = "get_child_collections",
        tag = "Tags::Collections"
    )]
    async fn get_child_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_child_collections_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_child_collections_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_child_collections_sort")]
        sort: Query<String>,
        /// Further actions the caller needs permission for in the listed resources (repeatable).
        #[oai(name = "action")]
        action: Query<Option<Vec<String>>>,
    ) -> poem::Result<GetChildCollectionsResponse> {
        self.0
            .get_child_collections(
                req,
                auth,
                GetChildCollectionsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                    action: action.0,
                },
            )
            .await
    }

    /// Add a child collection
    ///
    /// Makes collection `id` a child; 409 when it already has a parent or would form a cycle.
    ///
    /// Required scopes: `collection.link`.
    #[oai(
        path = "/collections/:id/collections",
        method = "post",
        operation_id = "add_child_collection",
        tag = "Tags::Collections"
    )]
    async fn add_child_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<ResourceReference>,
    ) -> poem::Result<AddChildCollectionResponse> {
        self.0
            .add_child_collection(req, auth, AddChildCollectionParams { id: id.0 }, body.0)
            .await
    }

    /// Remove a child collection
    ///
    /// Detaches the child collection.
    ///
    /// Required scopes: `collection.link`.
    #[oai(
        path = "/collections/:id/collections/:child_id",
        method = "delete",
        operation_id = "remove_child_collection",
        tag = "Tags::Collections"
    )]
    async fn remove_child_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The child collection's ID.
        #[oai(name = "child_id")]
        child_id: Path<i64>,
    ) -> poem::Result<RemoveChildCollectionResponse> {
        self.0
            .remove_child_collection(
                req,
                auth,
                RemoveChildCollectionParams {
                    id: id.0,
                    child_id: child_id.0,
                },
            )
            .await
    }

    /// Export a collection
    ///
    /// The collection in an export format, as an attachment. Unknown export types answer 404.
    ///
    /// Required scopes: `collection.read`.
    #[oai(
        path = "/collections/:id/export/:export_type",
        method = "get",
        operation_id = "get_collection_export",
        tag = "Tags::Collections"
    )]
    async fn get_collection_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// `json`, `rdf` (Turtle), `qr` (PNG) or `ro-crate` (ZIP, or JSON-LD with `{"metadata_only": true}`); others answer 404.
        #[oai(name = "export_type")]
        export_type: Path<String>,
        /// A URL-encoded JSON object adjusting the exported data, e.g. `{"user": true}` to leave out user information (always applied without `user.read`).
        #[oai(name = "filter", default = "default_get_collection_export_filter")]
        filter: Query<String>,
    ) -> poem::Result<GetCollectionExportResponse> {
        self.0
            .get_collection_export(
                req,
                auth,
                GetCollectionExportParams {
                    id: id.0,
                    export_type: export_type.0,
                    filter: filter.0,
                },
            )
            .await
    }

    /// Purge a collection
    ///
    /// Deletes the deleted collection for good.
    ///
    /// Required scopes: `misc.manage_trash`.
    #[oai(
        path = "/collections/:id/purge",
        method = "post",
        operation_id = "purge_collection",
        tag = "Tags::Collections"
    )]
    async fn purge_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<PurgeCollectionResponse> {
        self.0
            .purge_collection(req, auth, PurgeCollectionParams { id: id.0 })
            .await
    }

    /// List a collection's records
    ///
    /// Records in the collection the caller can read.
    ///
    /// Required scopes: `collection.read`, `record.read`.
    #[oai(
        path = "/collections/:id/records",
        method = "get",
        operation_id = "get_collection_records",
        tag = "Tags::Collections"
    )]
    async fn get_collection_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_collection_records_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_collection_records_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_collection_records_sort")]
        sort: Query<String>,
        /// Further actions the caller needs permission for in the listed resources (repeatable).
        #[oai(name = "action")]
        action: Query<Option<Vec<String>>>,
        /// Include the records of child collections, recursively. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(name = "children", default = "default_get_collection_records_children")]
        children: Query<String>,
    ) -> poem::Result<GetCollectionRecordsResponse> {
        self.0
            .get_collection_records(
                req,
                auth,
                GetCollectionRecordsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                    action: action.0,
                    children: children.0,
                },
            )
            .await
    }

    /// Add a record to a collection
    ///
    /// Adds the record `id`; 409 when already in it.
    ///
    /// Required scopes: `collection.link`.
    #[oai(
        path = "/collections/:id/records",
        method = "post",
        operation_id = "add_collection_record",
        tag = "Tags::Collections"
    )]
    async fn add_collection_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<ResourceReference>,
    ) -> poem::Result<AddCollectionRecordResponse> {
        self.0
            .add_collection_record(req, auth, AddCollectionRecordParams { id: id.0 }, body.0)
            .await
    }

    /// Remove a record from a collection
    ///
    /// Removes the record from the collection.
    ///
    /// Required scopes: `collection.link`.
    #[oai(
        path = "/collections/:id/records/:record_id",
        method = "delete",
        operation_id = "remove_collection_record",
        tag = "Tags::Collections"
    )]
    async fn remove_collection_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The record's ID.
        #[oai(name = "record_id")]
        record_id: Path<i64>,
    ) -> poem::Result<RemoveCollectionRecordResponse> {
        self.0
            .remove_collection_record(
                req,
                auth,
                RemoveCollectionRecordParams {
                    id: id.0,
                    record_id: record_id.0,
                },
            )
            .await
    }

    /// Restore a collection
    ///
    /// Restores the deleted collection from the trash.
    ///
    /// Required scopes: `misc.manage_trash`.
    #[oai(
        path = "/collections/:id/restore",
        method = "post",
        operation_id = "restore_collection",
        tag = "Tags::Collections"
    )]
    async fn restore_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<RestoreCollectionResponse> {
        self.0
            .restore_collection(req, auth, RestoreCollectionParams { id: id.0 })
            .await
    }

    /// List collection revisions
    ///
    /// Revisions of the collection, newest first.
    ///
    /// Required scopes: `collection.read`.
    #[oai(
        path = "/collections/:id/revisions",
        method = "get",
        operation_id = "get_collection_revisions",
        tag = "Tags::Revisions"
    )]
    async fn get_collection_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_collection_revisions_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(
            name = "per_page",
            default = "default_get_collection_revisions_per_page"
        )]
        per_page: Query<i64>,
    ) -> poem::Result<GetCollectionRevisionsResponse> {
        self.0
            .get_collection_revisions(
                req,
                auth,
                GetCollectionRevisionsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                },
            )
            .await
    }

    /// Get a collection revision
    ///
    /// A revision of the collection, with its `diff` against the previous revision or the one
    /// given as `revision`.
    ///
    /// Required scopes: `collection.read`.
    #[oai(
        path = "/collections/:id/revisions/:revision_id",
        method = "get",
        operation_id = "get_collection_revision",
        tag = "Tags::Revisions"
    )]
    async fn get_collection_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The revision's ID.
        #[oai(name = "revision_id")]
        revision_id: Path<i64>,
        /// The ID of a revision to compare with instead of the previous one.
        #[oai(name = "revision")]
        revision: Query<Option<i64>>,
    ) -> poem::Result<GetCollectionRevisionResponse> {
        self.0
            .get_collection_revision(
                req,
                auth,
                GetCollectionRevisionParams {
                    id: id.0,
                    revision_id: revision_id.0,
                    revision: revision.0,
                },
            )
            .await
    }

    /// List group roles of a collection
    ///
    /// Group roles, by role name then group ID. Groups the caller cannot read show `id`,
    /// `title`, `identifier` and `visibility` only.
    ///
    /// Required scopes: `collection.read`, `group.read`.
    #[oai(
        path = "/collections/:id/roles/groups",
        method = "get",
        operation_id = "get_collection_group_roles",
        tag = "Tags::Roles"
    )]
    async fn get_collection_group_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_collection_group_roles_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(
            name = "per_page",
            default = "default_get_collection_group_roles_per_page"
        )]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
    ) -> poem::Result<GetCollectionGroupRolesResponse> {
        self.0
            .get_collection_group_roles(
                req,
                auth,
                GetCollectionGroupRolesParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                },
            )
            .await
    }

    /// Grant a group role on a collection
    ///
    /// Gives the group a role; 409 when the group already has one.
    ///
    /// Required scopes: `collection.permissions`.
    #[oai(
        path = "/collections/:id/roles/groups",
        method = "post",
        operation_id = "add_collection_group_role",
        tag = "Tags::Roles"
    )]
    async fn add_collection_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<GroupRoleAssignment>,
    ) -> poem::Result<AddCollectionGroupRoleResponse> {
        self.0
            .add_collection_group_role(req, auth, AddCollectionGroupRoleParams { id: id.0 }, body.0)
            .await
    }

    /// Revoke a group role on a collection
    ///
    /// Removes the group's role.
    ///
    /// Required scopes: `collection.permissions`.
    #[oai(
        path = "/collections/:id/roles/groups/:group_id",
        method = "delete",
        operation_id = "remove_collection_group_role",
        tag = "Tags::Roles"
    )]
    async fn remove_collection_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The group's ID.
        #[oai(name = "group_id")]
        group_id: Path<i64>,
    ) -> poem::Result<RemoveCollectionGroupRoleResponse> {
        self.0
            .remove_collection_group_role(
                req,
                auth,
                RemoveCollectionGroupRoleParams {
                    id: id.0,
                    group_id: group_id.0,
                },
            )
            .await
    }

    /// Change a group role on a collection
    ///
    /// Changes the group's role.
    ///
    /// Required scopes: `collection.permissions`.
    #[oai(
        path = "/collections/:id/roles/groups/:group_id",
        method = "patch",
        operation_id = "change_collection_group_role",
        tag = "Tags::Roles"
    )]
    async fn change_collection_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The group's ID.
        #[oai(name = "group_id")]
        group_id: Path<i64>,
        body: Json<RoleName>,
    ) -> poem::Result<ChangeCollectionGroupRoleResponse> {
        self.0
            .change_collection_group_role(
                req,
                auth,
                ChangeCollectionGroupRoleParams {
                    id: id.0,
                    group_id: group_id.0,
                },
                body.0,
            )
            .await
    }

    /// List user roles of a collection
    ///
    /// User roles, by role name then user ID; the creator comes first.
    ///
    /// Required scopes: `collection.read`, `user.read`.
    #[oai(
        path = "/collections/:id/roles/users",
        method = "get",
        operation_id = "get_collection_user_roles",
        tag = "Tags::Roles"
    )]
    async fn get_collection_user_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_collection_user_roles_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(
            name = "per_page",
            default = "default_get_collection_user_roles_per_page"
        )]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// User IDs to leave out (repeatable).
        #[oai(name = "exclude")]
        exclude: Query<Option<Vec<i64>>>,
    ) -> poem::Result<GetCollectionUserRolesResponse> {
        self.0
            .get_collection_user_roles(
                req,
                auth,
                GetCollectionUserRolesParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    exclude: exclude.0,
                },
            )
            .await
    }

    /// Grant a user role on a collection
    ///
    /// Gives the user a role; 409 when the user already has one.
    ///
    /// Required scopes: `collection.permissions`.
    #[oai(
        path = "/collections/:id/roles/users",
        method = "post",
        operation_id = "add_collection_user_role",
        tag = "Tags::Roles"
    )]
    async fn add_collection_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<UserRoleAssignment>,
    ) -> poem::Result<AddCollectionUserRoleResponse> {
        self.0
            .add_collection_user_role(req, auth, AddCollectionUserRoleParams { id: id.0 }, body.0)
            .await
    }

    /// Revoke a user role on a collection
    ///
    /// Removes the user's role; 409 for the creator.
    ///
    /// Required scopes: `collection.permissions`.
    #[oai(
        path = "/collections/:id/roles/users/:user_id",
        method = "delete",
        operation_id = "remove_collection_user_role",
        tag = "Tags::Roles"
    )]
    async fn remove_collection_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The user's ID.
        #[oai(name = "user_id")]
        user_id: Path<i64>,
    ) -> poem::Result<RemoveCollectionUserRoleResponse> {
        self.0
            .remove_collection_user_role(
                req,
                auth,
                RemoveCollectionUserRoleParams {
                    id: id.0,
                    user_id: user_id.0,
                },
            )
            .await
    }

    /// Change a user role on a collection
    ///
    /// Changes the user's role; 409 for the creator's role.
    ///
    /// Required scopes: `collection.permissions`.
    #[oai(
        path = "/collections/:id/roles/users/:user_id",
        method = "patch",
        operation_id = "change_collection_user_role",
        tag = "Tags::Roles"
    )]
    async fn change_collection_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The collection's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The user's ID.
        #[oai(name = "user_id")]
        user_id: Path<i64>,
        body: Json<RoleName>,
    ) -> poem::Result<ChangeCollectionUserRoleResponse> {
        self.0
            .change_collection_user_role(
                req,
                auth,
                ChangeCollectionUserRoleParams {
                    id: id.0,
                    user_id: user_id.0,
                },
                body.0,
            )
            .await
    }

    /// Search groups
    ///
    /// Searches and filters the groups the caller can read. `page` is capped at 100 here. Adds
    /// `_actions.new_group` to the page.
    ///
    /// Required scopes: `group.read`.
    #[oai(
        path = "/groups",
        method = "get",
        operation_id = "get_groups",
        tag = "Tags::Groups"
    )]
    async fn get_groups(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_groups_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_groups_per_page")]
        per_page: Query<i64>,
        /// Full-text search query; exact matches when surrounded by double quotes.
        #[oai(name = "query")]
        query: Query<Option<String>>,
        /// Order of the results: `_score`, `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`. Falls back to `-last_modified` without a query; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_groups_sort")]
        sort: Query<String>,
        /// Only resources with this visibility (`private` or `public`); other values are ignored.
        #[oai(name = "visibility")]
        visibility: Query<Option<String>>,
        /// Only groups the caller is a member of. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(name = "member_only", default = "default_get_groups_member_only")]
        member_only: Query<String>,
        /// Creator user IDs, combined with OR (repeatable).
        #[oai(name = "user")]
        user: Query<Option<Vec<i64>>>,
    ) -> poem::Result<GetGroupsResponse> {
        self.0
            .get_groups(
                req,
                auth,
                GetGroupsParams {
                    page: page.0,
                    per_page: per_page.0,
                    query: query.0,
                    sort: sort.0,
                    visibility: visibility.0,
                    member_only: member_only.0,
                    user: user.0,
                },
            )
            .await
    }

    /// Create a group
    ///
    /// Creates a group; the caller becomes its admin. A duplicate identifier answers 400 with
    /// `errors.identifier`. 409 when the creation itself fails.
    ///
    /// Required scopes: `group.create`.
    #[oai(
        path = "/groups",
        method = "post",
        operation_id = "new_group",
        tag = "Tags::Groups"
    )]
    async fn new_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: Json<GroupCreate>,
    ) -> poem::Result<NewGroupResponse> {
        self.0.new_group(req, auth, body.0).await
    }

    /// Get a group by identifier
    ///
    /// The group with this identifier.
    ///
    /// Required scopes: `group.read`.
    #[oai(
        path = "/groups/identifier/:identifier",
        method = "get",
        operation_id = "get_group_by_identifier",
        tag = "Tags::Groups"
    )]
    async fn get_group_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The resource's identifier.
        #[oai(
            name = "identifier",
            validator(max_length = 50, pattern = "^[a-z0-9_-]+$")
        )]
        identifier: Path<String>,
    ) -> poem::Result<GetGroupByIdentifierResponse> {
        self.0
            .get_group_by_identifier(
                req,
                auth,
                GetGroupByIdentifierParams {
                    identifier: identifier.0,
                },
            )
            .await
    }

    /// Get a group
    ///
    /// The group with this ID.
    ///
    /// Required scopes: `group.read`.
    #[oai(
        path = "/groups/:id",
        method = "get",
        operation_id = "get_group",
        tag = "Tags::Groups"
    )]
    async fn get_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<GetGroupResponse> {
        self.0
            .get_group(req, auth, GetGroupParams { id: id.0 })
            .await
    }

    /// Delete a group
    ///
    /// Moves the group to the trash.
    ///
    /// Required scopes: `group.delete`.
    #[oai(
        path = "/groups/:id",
        method = "delete",
        operation_id = "delete_group",
        tag = "Tags::Groups"
    )]
    async fn delete_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<DeleteGroupResponse> {
        self.0
            .delete_group(req, auth, DeleteGroupParams { id: id.0 })
            .await
    }

    /// Edit a group
    ///
    /// Changes the given attributes of the group. 409 when the change conflicts.
    ///
    /// Required scopes: `group.update`.
    #[oai(
        path = "/groups/:id",
        method = "patch",
        operation_id = "edit_group",
        tag = "Tags::Groups"
    )]
    async fn edit_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<GroupUpdate>,
    ) -> poem::Result<EditGroupResponse> {
        self.0
            .edit_group(req, auth, EditGroupParams { id: id.0 }, body.0)
            .await
    }

    /// List collections shared with a group
    ///
    /// Collections the group has a role in and the caller can read.
    ///
    /// Required scopes: `group.read`, `collection.read`.
    #[oai(
        path = "/groups/:id/collections",
        method = "get",
        operation_id = "get_group_collections",
        tag = "Tags::Groups"
    )]
    async fn get_group_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_group_collections_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_group_collections_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_group_collections_sort")]
        sort: Query<String>,
    ) -> poem::Result<GetGroupCollectionsResponse> {
        self.0
            .get_group_collections(
                req,
                auth,
                GetGroupCollectionsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                },
            )
            .await
    }

    /// List group members
    ///
    /// Members and their roles, by role name then user ID; the creator first.
    ///
    /// Required scopes: `group.read`, `user.read`.
    #[oai(
        path = "/groups/:id/members",
        method = "get",
        operation_id = "get_group_members",
        tag = "Tags::Groups"
    )]
    async fn get_group_members(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_group_members_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_group_members_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// User IDs to leave out (repeatable).
        #[oai(name = "exclude")]
        exclude: Query<Option<Vec<i64>>>,
    ) -> poem::Result<GetGroupMembersResponse> {
        self.0
            .get_group_members(
                req,
                auth,
                GetGroupMembersParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    exclude: exclude.0,
                },
            )
            .await
    }

    /// Add a group member
    ///
    /// Adds the user with a role; 409 when already a member.
    ///
    /// Required scopes: `group.members`.
    #[oai(
        path = "/groups/:id/members",
        method = "post",
        operation_id = "add_group_member",
        tag = "Tags::Groups"
    )]
    async fn add_group_member(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<UserRoleAssignment>,
    ) -> poem::Result<AddGroupMemberResponse> {
        self.0
            .add_group_member(req, auth, AddGroupMemberParams { id: id.0 }, body.0)
            .await
    }

    /// Remove a group member
    ///
    /// Removes the member; 409 for the creator.
    ///
    /// Required scopes: `group.members`.
    #[oai(
        path = "/groups/:id/members/:user_id",
        method = "delete",
        operation_id = "remove_group_member",
        tag = "Tags::Groups"
    )]
    async fn remove_group_member(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The user's ID.
        #[oai(name = "user_id")]
        user_id: Path<i64>,
    ) -> poem::Result<RemoveGroupMemberResponse> {
        self.0
            .remove_group_member(
                req,
                auth,
                RemoveGroupMemberParams {
                    id: id.0,
                    user_id: user_id.0,
                },
            )
            .await
    }

    /// Change a member's role
    ///
    /// Changes the member's role; 409 for the creator.
    ///
    /// Required scopes: `group.members`.
    #[oai(
        path = "/groups/:id/members/:user_id",
        method = "patch",
        operation_id = "change_group_member",
        tag = "Tags::Groups"
    )]
    async fn change_group_member(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The user's ID.
        #[oai(name = "user_id")]
        user_id: Path<i64>,
        body: Json<RoleName>,
    ) -> poem::Result<ChangeGroupMemberResponse> {
        self.0
            .change_group_member(
                req,
                auth,
                ChangeGroupMemberParams {
                    id: id.0,
                    user_id: user_id.0,
                },
                body.0,
            )
            .await
    }

    /// Purge a group
    ///
    /// Deletes the deleted group for good.
    ///
    /// Required scopes: `misc.manage_trash`.
    #[oai(
        path = "/groups/:id/purge",
        method = "post",
        operation_id = "purge_group",
        tag = "Tags::Groups"
    )]
    async fn purge_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<PurgeGroupResponse> {
        self.0
            .purge_group(req, auth, PurgeGroupParams { id: id.0 })
            .await
    }

    /// List records shared with a group
    ///
    /// Records the group has a role in and the caller can read.
    ///
    /// Required scopes: `group.read`, `record.read`.
    #[oai(
        path = "/groups/:id/records",
        method = "get",
        operation_id = "get_group_records",
        tag = "Tags::Groups"
    )]
    async fn get_group_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_group_records_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_group_records_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_group_records_sort")]
        sort: Query<String>,
    ) -> poem::Result<GetGroupRecordsResponse> {
        self.0
            .get_group_records(
                req,
                auth,
                GetGroupRecordsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                },
            )
            .await
    }

    /// Restore a group
    ///
    /// Restores the deleted group from the trash.
    ///
    /// Required scopes: `misc.manage_trash`.
    #[oai(
        path = "/groups/:id/restore",
        method = "post",
        operation_id = "restore_group",
        tag = "Tags::Groups"
    )]
    async fn restore_group(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<RestoreGroupResponse> {
        self.0
            .restore_group(req, auth, RestoreGroupParams { id: id.0 })
            .await
    }

    /// List group revisions
    ///
    /// Revisions of the group, newest first.
    ///
    /// Required scopes: `group.read`.
    #[oai(
        path = "/groups/:id/revisions",
        method = "get",
        operation_id = "get_group_revisions",
        tag = "Tags::Revisions"
    )]
    async fn get_group_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_group_revisions_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_group_revisions_per_page")]
        per_page: Query<i64>,
    ) -> poem::Result<GetGroupRevisionsResponse> {
        self.0
            .get_group_revisions(
                req,
                auth,
                GetGroupRevisionsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                },
            )
            .await
    }

    /// Get a group revision
    ///
    /// A revision of the group, with its `diff` against the previous revision or the one given
    /// as `revision`.
    ///
    /// Required scopes: `group.read`.
    #[oai(
        path = "/groups/:id/revisions/:revision_id",
        method = "get",
        operation_id = "get_group_revision",
        tag = "Tags::Revisions"
    )]
    async fn get_group_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The revision's ID.
        #[oai(name = "revision_id")]
        revision_id: Path<i64>,
        /// The ID of a revision to compare with instead of the previous one.
        #[oai(name = "revision")]
        revision: Query<Option<i64>>,
    ) -> poem::Result<GetGroupRevisionResponse> {
        self.0
            .get_group_revision(
                req,
                auth,
                GetGroupRevisionParams {
                    id: id.0,
                    revision_id: revision_id.0,
                    revision: revision.0,
                },
            )
            .await
    }

    /// List templates shared with a group
    ///
    /// Templates the group has a role in and the caller can read.
    ///
    /// Required scopes: `group.read`, `template.read`.
    #[oai(
        path = "/groups/:id/templates",
        method = "get",
        operation_id = "get_group_templates",
        tag = "Tags::Groups"
    )]
    async fn get_group_templates(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The group's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_group_templates_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_group_templates_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_group_templates_sort")]
        sort: Query<String>,
    ) -> poem::Result<GetGroupTemplatesResponse> {
        self.0
            .get_group_templates(
                req,
                auth,
                GetGroupTemplatesParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                },
            )
            .await
    }

    /// Instance information
    ///
    /// Information about this Kadi4Mat instance.
    ///
    /// Required scopes: none (any valid access token).
    #[oai(
        path = "/info",
        method = "get",
        operation_id = "get_info",
        tag = "Tags::Misc"
    )]
    async fn get_info(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<GetInfoResponse> {
        self.0.get_info(req, auth).await
    }

    /// List licenses
    ///
    /// The licenses records can carry, by title.
    ///
    /// Required scopes: none (any valid access token).
    #[oai(
        path = "/licenses",
        method = "get",
        operation_id = "get_licenses",
        tag = "Tags::Misc"
    )]
    async fn get_licenses(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_licenses_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_licenses_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
    ) -> poem::Result<GetLicensesResponse> {
        self.0
            .get_licenses(
                req,
                auth,
                GetLicensesParams {
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                },
            )
            .await
    }

    /// OpenID Connect user info
    ///
    /// The OpenID Connect user info of the token's user (also answered to GET on the real
    /// server; listed here because it lives under `/api`).
    ///
    /// Required scopes: none (any valid access token).
    #[oai(
        path = "/oauth/userinfo",
        method = "post",
        operation_id = "oauth_userinfo",
        tag = "Tags::Misc"
    )]
    async fn oauth_userinfo(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<OauthUserinfoResponse> {
        self.0.oauth_userinfo(req, auth).await
    }

    /// Search records
    ///
    /// Searches and filters the records the caller can read. `page` is capped at 100 here. Adds
    /// `_actions.new_record` to the page. With `instance`, the search runs on a connected
    /// external instance (400 when the instance is unknown or not connected, 502 when it
    /// fails).
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records",
        method = "get",
        operation_id = "get_records",
        tag = "Tags::Records"
    )]
    async fn get_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_records_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_records_per_page")]
        per_page: Query<i64>,
        /// Full-text search query; exact matches when surrounded by double quotes.
        #[oai(name = "query")]
        query: Query<Option<String>>,
        /// A URL-encoded JSON array of objects searching the extra metadata, e.g. `[{"type": "float", "key": "temperature", "value": {"min": 250}}]`; invalid JSON is ignored.
        #[oai(name = "extras")]
        extras: Query<Option<String>>,
        /// Order of the results: `_score`, `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`. Falls back to `-last_modified` without a query; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_records_sort")]
        sort: Query<String>,
        /// Only resources with this visibility (`private` or `public`); other values are ignored.
        #[oai(name = "visibility")]
        visibility: Query<Option<String>>,
        /// Only resources with explicit access permissions, whatever their visibility. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(
            name = "explicit_permissions",
            default = "default_get_records_explicit_permissions"
        )]
        explicit_permissions: Query<String>,
        /// Creator user IDs, combined with OR (repeatable).
        #[oai(name = "user")]
        user: Query<Option<Vec<i64>>>,
        /// Collection IDs the records must belong to, combined with OR (repeatable).
        #[oai(name = "collection")]
        collection: Query<Option<Vec<i64>>>,
        /// Include the children of the filtered collections. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(
            name = "child_collections",
            default = "default_get_records_child_collections"
        )]
        child_collections: Query<String>,
        /// Record types, combined with OR (repeatable).
        #[oai(name = "type")]
        type_: Query<Option<Vec<String>>>,
        /// Tags, combined with `tag_operator` (repeatable).
        #[oai(name = "tag")]
        tag: Query<Option<Vec<String>>>,
        /// How to combine the tags: `or` or `and`.
        #[oai(name = "tag_operator", default = "default_get_records_tag_operator")]
        tag_operator: Query<String>,
        /// MIME types of the records' files, combined with OR (repeatable).
        #[oai(name = "mimetype")]
        mimetype: Query<Option<Vec<String>>>,
        /// The name of a connected external Kadi4Mat instance to search instead.
        #[oai(name = "instance")]
        instance: Query<Option<String>>,
    ) -> poem::Result<GetRecordsResponse> {
        self.0
            .get_records(
                req,
                auth,
                GetRecordsParams {
                    page: page.0,
                    per_page: per_page.0,
                    query: query.0,
                    extras: extras.0,
                    sort: sort.0,
                    visibility: visibility.0,
                    explicit_permissions: explicit_permissions.0,
                    user: user.0,
                    collection: collection.0,
                    child_collections: child_collections.0,
                    type_: type_.0,
                    tag: tag.0,
                    tag_operator: tag_operator.0,
                    mimetype: mimetype.0,
                    instance: instance.0,
                },
            )
            .await
    }

    /// Create a record
    ///
    /// Creates a record; the caller becomes its admin. A duplicate identifier answers 400 with
    /// `errors.identifier`. 409 when the creation itself fails.
    ///
    /// Required scopes: `record.create`.
    #[oai(
        path = "/records",
        method = "post",
        operation_id = "new_record",
        tag = "Tags::Records"
    )]
    async fn new_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: Json<RecordCreate>,
    ) -> poem::Result<NewRecordResponse> {
        self.0.new_record(req, auth, body.0).await
    }

    /// Get a file by ID
    ///
    /// A file by its ID alone.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/files/:id",
        method = "get",
        operation_id = "get_file_by_id",
        tag = "Tags::Files"
    )]
    async fn get_file_by_id(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The file's ID.
        #[oai(name = "id")]
        id: Path<uuid::Uuid>,
    ) -> poem::Result<GetFileByIdResponse> {
        self.0
            .get_file_by_id(req, auth, GetFileByIdParams { id: id.0 })
            .await
    }

    /// Get a record by identifier
    ///
    /// The record with this identifier.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/identifier/:identifier",
        method = "get",
        operation_id = "get_record_by_identifier",
        tag = "Tags::Records"
    )]
    async fn get_record_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The resource's identifier.
        #[oai(
            name = "identifier",
            validator(max_length = 50, pattern = "^[a-z0-9_-]+$")
        )]
        identifier: Path<String>,
    ) -> poem::Result<GetRecordByIdentifierResponse> {
        self.0
            .get_record_by_identifier(
                req,
                auth,
                GetRecordByIdentifierParams {
                    identifier: identifier.0,
                },
            )
            .await
    }

    /// Get a record link by ID
    ///
    /// A record link by its ID alone, with both records.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/records/:id",
        method = "get",
        operation_id = "get_record_link_by_id",
        tag = "Tags::Records"
    )]
    async fn get_record_link_by_id(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record link's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<GetRecordLinkByIdResponse> {
        self.0
            .get_record_link_by_id(req, auth, GetRecordLinkByIdParams { id: id.0 })
            .await
    }

    /// Get a record
    ///
    /// The record with this ID.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id",
        method = "get",
        operation_id = "get_record",
        tag = "Tags::Records"
    )]
    async fn get_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<GetRecordResponse> {
        self.0
            .get_record(req, auth, GetRecordParams { id: id.0 })
            .await
    }

    /// Delete a record
    ///
    /// Moves the record to the trash.
    ///
    /// Required scopes: `record.delete`.
    #[oai(
        path = "/records/:id",
        method = "delete",
        operation_id = "delete_record",
        tag = "Tags::Records"
    )]
    async fn delete_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<DeleteRecordResponse> {
        self.0
            .delete_record(req, auth, DeleteRecordParams { id: id.0 })
            .await
    }

    /// Edit a record
    ///
    /// Changes the given attributes of the record. 409 when the change conflicts.
    ///
    /// Required scopes: `record.update`.
    #[oai(
        path = "/records/:id",
        method = "patch",
        operation_id = "edit_record",
        tag = "Tags::Records"
    )]
    async fn edit_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<RecordUpdate>,
    ) -> poem::Result<EditRecordResponse> {
        self.0
            .edit_record(req, auth, EditRecordParams { id: id.0 }, body.0)
            .await
    }

    /// List a record's collections
    ///
    /// Collections the record is in and the caller can read.
    ///
    /// Required scopes: `record.read`, `collection.read`.
    #[oai(
        path = "/records/:id/collections",
        method = "get",
        operation_id = "get_record_collections",
        tag = "Tags::Records"
    )]
    async fn get_record_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_record_collections_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_record_collections_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_record_collections_sort")]
        sort: Query<String>,
        /// Further actions the caller needs permission for in the listed resources (repeatable).
        #[oai(name = "action")]
        action: Query<Option<Vec<String>>>,
    ) -> poem::Result<GetRecordCollectionsResponse> {
        self.0
            .get_record_collections(
                req,
                auth,
                GetRecordCollectionsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                    action: action.0,
                },
            )
            .await
    }

    /// Add a record to a collection
    ///
    /// Adds the record to the collection `id`; 409 when it is already in it.
    ///
    /// Required scopes: `record.link`.
    #[oai(
        path = "/records/:id/collections",
        method = "post",
        operation_id = "add_record_collection",
        tag = "Tags::Records"
    )]
    async fn add_record_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<ResourceReference>,
    ) -> poem::Result<AddRecordCollectionResponse> {
        self.0
            .add_record_collection(req, auth, AddRecordCollectionParams { id: id.0 }, body.0)
            .await
    }

    /// Remove a record from a collection
    ///
    /// Removes the record from the collection.
    ///
    /// Required scopes: `record.link`.
    #[oai(
        path = "/records/:id/collections/:collection_id",
        method = "delete",
        operation_id = "remove_record_collection",
        tag = "Tags::Records"
    )]
    async fn remove_record_collection(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The collection's ID.
        #[oai(name = "collection_id")]
        collection_id: Path<i64>,
    ) -> poem::Result<RemoveRecordCollectionResponse> {
        self.0
            .remove_record_collection(
                req,
                auth,
                RemoveRecordCollectionParams {
                    id: id.0,
                    collection_id: collection_id.0,
                },
            )
            .await
    }

    /// Export a record
    ///
    /// The record in an export format, as an attachment. Unknown export types answer 404.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/export/:export_type",
        method = "get",
        operation_id = "get_record_export",
        tag = "Tags::Records"
    )]
    async fn get_record_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// `json`, `rdf` (Turtle), `pdf`, `qr` (PNG) or `ro-crate` (ZIP, or JSON-LD with `{"metadata_only": true}`); others answer 404.
        #[oai(name = "export_type")]
        export_type: Path<String>,
        /// A URL-encoded JSON object adjusting the exported data, e.g. `{"user": true}` to leave out user information (always applied without `user.read`).
        #[oai(name = "filter", default = "default_get_record_export_filter")]
        filter: Query<String>,
    ) -> poem::Result<GetRecordExportResponse> {
        self.0
            .get_record_export(
                req,
                auth,
                GetRecordExportParams {
                    id: id.0,
                    export_type: export_type.0,
                    filter: filter.0,
                },
            )
            .await
    }

    /// Export a record's extras
    ///
    /// The record's extras as a JSON attachment.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/extras/export/:export_type",
        method = "get",
        operation_id = "get_extras_export",
        tag = "Tags::Records"
    )]
    async fn get_extras_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// `json` only; others answer 404.
        #[oai(name = "export_type")]
        export_type: Path<String>,
        /// A URL-encoded JSON object adjusting the exported data, e.g. `{"user": true}` to leave out user information (always applied without `user.read`).
        #[oai(name = "filter", default = "default_get_extras_export_filter")]
        filter: Query<String>,
    ) -> poem::Result<GetExtrasExportResponse> {
        self.0
            .get_extras_export(
                req,
                auth,
                GetExtrasExportParams {
                    id: id.0,
                    export_type: export_type.0,
                    filter: filter.0,
                },
            )
            .await
    }

    /// List files
    ///
    /// Active files of the record.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/files",
        method = "get",
        operation_id = "get_files",
        tag = "Tags::Files"
    )]
    async fn get_files(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_files_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_files_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `name`, `-name`, `size`, `-size`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_files_sort")]
        sort: Query<String>,
    ) -> poem::Result<GetFilesResponse> {
        self.0
            .get_files(
                req,
                auth,
                GetFilesParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                },
            )
            .await
    }

    /// Download all files
    ///
    /// All files of the record as a ZIP archive attachment, streamed.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/files/download",
        method = "get",
        operation_id = "download_files",
        tag = "Tags::Files"
    )]
    async fn download_files(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<DownloadFilesResponse> {
        self.0
            .download_files(req, auth, DownloadFilesParams { id: id.0 })
            .await
    }

    /// Get a file by name
    ///
    /// The active file of the record with this name.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/files/name/:filename",
        method = "get",
        operation_id = "get_file_by_name",
        tag = "Tags::Files"
    )]
    async fn get_file_by_name(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The file name (percent-encoded).
        #[oai(name = "filename")]
        filename: Path<String>,
    ) -> poem::Result<GetFileByNameResponse> {
        self.0
            .get_file_by_name(
                req,
                auth,
                GetFileByNameParams {
                    id: id.0,
                    filename: filename.0,
                },
            )
            .await
    }

    /// List file revisions
    ///
    /// Revisions of the record's files, newest first.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/files/revisions",
        method = "get",
        operation_id = "get_file_revisions",
        tag = "Tags::Revisions"
    )]
    async fn get_file_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_file_revisions_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_file_revisions_per_page")]
        per_page: Query<i64>,
    ) -> poem::Result<GetFileRevisionsResponse> {
        self.0
            .get_file_revisions(
                req,
                auth,
                GetFileRevisionsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                },
            )
            .await
    }

    /// Get a file revision
    ///
    /// A revision of one of the record's files.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/files/revisions/:revision_id",
        method = "get",
        operation_id = "get_file_revision",
        tag = "Tags::Revisions"
    )]
    async fn get_file_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The revision's ID.
        #[oai(name = "revision_id")]
        revision_id: Path<i64>,
        /// The ID of a revision to compare with instead of the previous one.
        #[oai(name = "revision")]
        revision: Query<Option<i64>>,
    ) -> poem::Result<GetFileRevisionResponse> {
        self.0
            .get_file_revision(
                req,
                auth,
                GetFileRevisionParams {
                    id: id.0,
                    revision_id: revision_id.0,
                    revision: revision.0,
                },
            )
            .await
    }

    /// Get a file
    ///
    /// A file of the record.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/files/:file_id",
        method = "get",
        operation_id = "get_file",
        tag = "Tags::Files"
    )]
    async fn get_file(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The file's ID.
        #[oai(name = "file_id")]
        file_id: Path<uuid::Uuid>,
    ) -> poem::Result<GetFileResponse> {
        self.0
            .get_file(
                req,
                auth,
                GetFileParams {
                    id: id.0,
                    file_id: file_id.0,
                },
            )
            .await
    }

    /// Replace a file's data
    ///
    /// Starts an upload (answered as 201 Upload) that replaces the file's data once finished;
    /// send the data as for new uploads. 413 when the quota is exceeded.
    ///
    /// Required scopes: `record.update`.
    #[oai(
        path = "/records/:id/files/:file_id",
        method = "put",
        operation_id = "edit_file_data",
        tag = "Tags::Files"
    )]
    async fn edit_file_data(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The file's ID.
        #[oai(name = "file_id")]
        file_id: Path<uuid::Uuid>,
        body: Json<FileDataUpdate>,
    ) -> poem::Result<EditFileDataResponse> {
        self.0
            .edit_file_data(
                req,
                auth,
                EditFileDataParams {
                    id: id.0,
                    file_id: file_id.0,
                },
                body.0,
            )
            .await
    }

    /// Delete a file
    ///
    /// Deletes the file.
    ///
    /// Required scopes: `record.update`.
    #[oai(
        path = "/records/:id/files/:file_id",
        method = "delete",
        operation_id = "delete_file",
        tag = "Tags::Files"
    )]
    async fn delete_file(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The file's ID.
        #[oai(name = "file_id")]
        file_id: Path<uuid::Uuid>,
    ) -> poem::Result<DeleteFileResponse> {
        self.0
            .delete_file(
                req,
                auth,
                DeleteFileParams {
                    id: id.0,
                    file_id: file_id.0,
                },
            )
            .await
    }

    /// Edit a file's metadata
    ///
    /// Changes name, description or MIME type; 409 when the name is taken.
    ///
    /// Required scopes: `record.update`.
    #[oai(
        path = "/records/:id/files/:file_id",
        method = "patch",
        operation_id = "edit_file_metadata",
        tag = "Tags::Files"
    )]
    async fn edit_file_metadata(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The file's ID.
        #[oai(name = "file_id")]
        file_id: Path<uuid::Uuid>,
        body: Json<FileMetadataUpdate>,
    ) -> poem::Result<EditFileMetadataResponse> {
        self.0
            .edit_file_metadata(
                req,
                auth,
                EditFileMetadataParams {
                    id: id.0,
                    file_id: file_id.0,
                },
                body.0,
            )
            .await
    }

    /// Download a file
    ///
    /// The file's data as an attachment, with the file's MIME type.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/files/:file_id/download",
        method = "get",
        operation_id = "download_file",
        tag = "Tags::Files"
    )]
    async fn download_file(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The file's ID.
        #[oai(name = "file_id")]
        file_id: Path<uuid::Uuid>,
    ) -> poem::Result<DownloadFileResponse> {
        self.0
            .download_file(
                req,
                auth,
                DownloadFileParams {
                    id: id.0,
                    file_id: file_id.0,
                },
            )
            .await
    }

    /// Purge a record
    ///
    /// Starts deleting the deleted record and its files for good; answers 202 with no body, 503
    /// when the task cannot start.
    ///
    /// Required scopes: `misc.manage_trash`.
    #[oai(
        path = "/records/:id/purge",
        method = "post",
        operation_id = "purge_record",
        tag = "Tags::Records"
    )]
    async fn purge_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<PurgeRecordResponse> {
        self.0
            .purge_record(req, auth, PurgeRecordParams { id: id.0 })
            .await
    }

    /// List record links
    ///
    /// Outgoing (`direction=out`) or incoming (`direction=in`) links of the record whose other
    /// record the caller can read.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/records",
        method = "get",
        operation_id = "get_record_links",
        tag = "Tags::Records"
    )]
    async fn get_record_links(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_record_links_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_record_links_per_page")]
        per_page: Query<i64>,
        /// `out` for outgoing links (linked records as `record_to`), `in` for incoming ones (as `record_from`).
        #[oai(name = "direction", default = "default_get_record_links_direction")]
        direction: Query<String>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `name`, `-name`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_record_links_sort")]
        sort: Query<String>,
        /// Further actions the caller needs permission for in the listed resources (repeatable).
        #[oai(name = "action")]
        action: Query<Option<Vec<String>>>,
    ) -> poem::Result<GetRecordLinksResponse> {
        self.0
            .get_record_links(
                req,
                auth,
                GetRecordLinksParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    direction: direction.0,
                    filter: filter.0,
                    sort: sort.0,
                    action: action.0,
                },
            )
            .await
    }

    /// Link a record
    ///
    /// Creates an outgoing link to `record_to`; answers the link without `record_from`. 409
    /// when the link exists.
    ///
    /// Required scopes: `record.link`.
    #[oai(
        path = "/records/:id/records",
        method = "post",
        operation_id = "new_record_link",
        tag = "Tags::Records"
    )]
    async fn new_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<RecordLinkCreate>,
    ) -> poem::Result<NewRecordLinkResponse> {
        self.0
            .new_record_link(req, auth, NewRecordLinkParams { id: id.0 }, body.0)
            .await
    }

    /// Get a record link
    ///
    /// An outgoing link of the record (without `record_from`).
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/records/:link_id",
        method = "get",
        operation_id = "get_record_link",
        tag = "Tags::Records"
    )]
    async fn get_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The record link's ID.
        #[oai(name = "link_id")]
        link_id: Path<i64>,
    ) -> poem::Result<GetRecordLinkResponse> {
        self.0
            .get_record_link(
                req,
                auth,
                GetRecordLinkParams {
                    id: id.0,
                    link_id: link_id.0,
                },
            )
            .await
    }

    /// Remove a record link
    ///
    /// Deletes the outgoing link.
    ///
    /// Required scopes: `record.link`.
    #[oai(
        path = "/records/:id/records/:link_id",
        method = "delete",
        operation_id = "remove_record_link",
        tag = "Tags::Records"
    )]
    async fn remove_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The record link's ID.
        #[oai(name = "link_id")]
        link_id: Path<i64>,
    ) -> poem::Result<RemoveRecordLinkResponse> {
        self.0
            .remove_record_link(
                req,
                auth,
                RemoveRecordLinkParams {
                    id: id.0,
                    link_id: link_id.0,
                },
            )
            .await
    }

    /// Edit a record link
    ///
    /// Changes the link's name, term or target; 409 when an equal link exists.
    ///
    /// Required scopes: `record.link`.
    #[oai(
        path = "/records/:id/records/:link_id",
        method = "patch",
        operation_id = "edit_record_link",
        tag = "Tags::Records"
    )]
    async fn edit_record_link(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The record link's ID.
        #[oai(name = "link_id")]
        link_id: Path<i64>,
        body: Json<RecordLinkUpdate>,
    ) -> poem::Result<EditRecordLinkResponse> {
        self.0
            .edit_record_link(
                req,
                auth,
                EditRecordLinkParams {
                    id: id.0,
                    link_id: link_id.0,
                },
                body.0,
            )
            .await
    }

    /// Restore a record
    ///
    /// Restores the deleted record from the trash.
    ///
    /// Required scopes: `misc.manage_trash`.
    #[oai(
        path = "/records/:id/restore",
        method = "post",
        operation_id = "restore_record",
        tag = "Tags::Records"
    )]
    async fn restore_record(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<RestoreRecordResponse> {
        self.0
            .restore_record(req, auth, RestoreRecordParams { id: id.0 })
            .await
    }

    /// List record revisions
    ///
    /// Revisions of the record, newest first.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/revisions",
        method = "get",
        operation_id = "get_record_revisions",
        tag = "Tags::Revisions"
    )]
    async fn get_record_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_record_revisions_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_record_revisions_per_page")]
        per_page: Query<i64>,
    ) -> poem::Result<GetRecordRevisionsResponse> {
        self.0
            .get_record_revisions(
                req,
                auth,
                GetRecordRevisionsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                },
            )
            .await
    }

    /// Get a record revision
    ///
    /// A revision of the record, with its `diff` against the previous revision or the one given
    /// as `revision`.
    ///
    /// Required scopes: `record.read`.
    #[oai(
        path = "/records/:id/revisions/:revision_id",
        method = "get",
        operation_id = "get_record_revision",
        tag = "Tags::Revisions"
    )]
    async fn get_record_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The revision's ID.
        #[oai(name = "revision_id")]
        revision_id: Path<i64>,
        /// The ID of a revision to compare with instead of the previous one.
        #[oai(name = "revision")]
        revision: Query<Option<i64>>,
    ) -> poem::Result<GetRecordRevisionResponse> {
        self.0
            .get_record_revision(
                req,
                auth,
                GetRecordRevisionParams {
                    id: id.0,
                    revision_id: revision_id.0,
                    revision: revision.0,
                },
            )
            .await
    }

    /// List group roles of a record
    ///
    /// Group roles, by role name then group ID. Groups the caller cannot read show `id`,
    /// `title`, `identifier` and `visibility` only.
    ///
    /// Required scopes: `record.read`, `group.read`.
    #[oai(
        path = "/records/:id/roles/groups",
        method = "get",
        operation_id = "get_record_group_roles",
        tag = "Tags::Roles"
    )]
    async fn get_record_group_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_record_group_roles_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_record_group_roles_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
    ) -> poem::Result<GetRecordGroupRolesResponse> {
        self.0
            .get_record_group_roles(
                req,
                auth,
                GetRecordGroupRolesParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                },
            )
            .await
    }

    /// Grant a group role on a record
    ///
    /// Gives the group a role; 409 when the group already has one.
    ///
    /// Required scopes: `record.permissions`.
    #[oai(
        path = "/records/:id/roles/groups",
        method = "post",
        operation_id = "add_record_group_role",
        tag = "Tags::Roles"
    )]
    async fn add_record_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<GroupRoleAssignment>,
    ) -> poem::Result<AddRecordGroupRoleResponse> {
        self.0
            .add_record_group_role(req, auth, AddRecordGroupRoleParams { id: id.0 }, body.0)
            .await
    }

    /// Revoke a group role on a record
    ///
    /// Removes the group's role.
    ///
    /// Required scopes: `record.permissions`.
    #[oai(
        path = "/records/:id/roles/groups/:group_id",
        method = "delete",
        operation_id = "remove_record_group_role",
        tag = "Tags::Roles"
    )]
    async fn remove_record_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The group's ID.
        #[oai(name = "group_id")]
        group_id: Path<i64>,
    ) -> poem::Result<RemoveRecordGroupRoleResponse> {
        self.0
            .remove_record_group_role(
                req,
                auth,
                RemoveRecordGroupRoleParams {
                    id: id.0,
                    group_id: group_id.0,
                },
            )
            .await
    }

    /// Change a group role on a record
    ///
    /// Changes the group's role.
    ///
    /// Required scopes: `record.permissions`.
    #[oai(
        path = "/records/:id/roles/groups/:group_id",
        method = "patch",
        operation_id = "change_record_group_role",
        tag = "Tags::Roles"
    )]
    async fn change_record_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The group's ID.
        #[oai(name = "group_id")]
        group_id: Path<i64>,
        body: Json<RoleName>,
    ) -> poem::Result<ChangeRecordGroupRoleResponse> {
        self.0
            .change_record_group_role(
                req,
                auth,
                ChangeRecordGroupRoleParams {
                    id: id.0,
                    group_id: group_id.0,
                },
                body.0,
            )
            .await
    }

    /// List user roles of a record
    ///
    /// User roles, by role name then user ID; the creator comes first.
    ///
    /// Required scopes: `record.read`, `user.read`.
    #[oai(
        path = "/records/:id/roles/users",
        method = "get",
        operation_id = "get_record_user_roles",
        tag = "Tags::Roles"
    )]
    async fn get_record_user_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_record_user_roles_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_record_user_roles_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// User IDs to leave out (repeatable).
        #[oai(name = "exclude")]
        exclude: Query<Option<Vec<i64>>>,
    ) -> poem::Result<GetRecordUserRolesResponse> {
        self.0
            .get_record_user_roles(
                req,
                auth,
                GetRecordUserRolesParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    exclude: exclude.0,
                },
            )
            .await
    }

    /// Grant a user role on a record
    ///
    /// Gives the user a role; 409 when the user already has one.
    ///
    /// Required scopes: `record.permissions`.
    #[oai(
        path = "/records/:id/roles/users",
        method = "post",
        operation_id = "add_record_user_role",
        tag = "Tags::Roles"
    )]
    async fn add_record_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<UserRoleAssignment>,
    ) -> poem::Result<AddRecordUserRoleResponse> {
        self.0
            .add_record_user_role(req, auth, AddRecordUserRoleParams { id: id.0 }, body.0)
            .await
    }

    /// Revoke a user role on a record
    ///
    /// Removes the user's role; 409 for the creator.
    ///
    /// Required scopes: `record.permissions`.
    #[oai(
        path = "/records/:id/roles/users/:user_id",
        method = "delete",
        operation_id = "remove_record_user_role",
        tag = "Tags::Roles"
    )]
    async fn remove_record_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The user's ID.
        #[oai(name = "user_id")]
        user_id: Path<i64>,
    ) -> poem::Result<RemoveRecordUserRoleResponse> {
        self.0
            .remove_record_user_role(
                req,
                auth,
                RemoveRecordUserRoleParams {
                    id: id.0,
                    user_id: user_id.0,
                },
            )
            .await
    }

    /// Change a user role on a record
    ///
    /// Changes the user's role; 409 for the creator's role.
    ///
    /// Required scopes: `record.permissions`.
    #[oai(
        path = "/records/:id/roles/users/:user_id",
        method = "patch",
        operation_id = "change_record_user_role",
        tag = "Tags::Roles"
    )]
    async fn change_record_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The user's ID.
        #[oai(name = "user_id")]
        user_id: Path<i64>,
        body: Json<RoleName>,
    ) -> poem::Result<ChangeRecordUserRoleResponse> {
        self.0
            .change_record_user_role(
                req,
                auth,
                ChangeRecordUserRoleParams {
                    id: id.0,
                    user_id: user_id.0,
                },
                body.0,
            )
            .await
    }

    /// List uploads
    ///
    /// The caller's active and processing uploads of the record, oldest first (not paginated).
    /// `_meta.chunk_size` gives the chunk size.
    ///
    /// Required scopes: `record.update`.
    #[oai(
        path = "/records/:id/uploads",
        method = "get",
        operation_id = "get_uploads",
        tag = "Tags::Uploads"
    )]
    async fn get_uploads(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<GetUploadsResponse> {
        self.0
            .get_uploads(req, auth, GetUploadsParams { id: id.0 })
            .await
    }

    /// Start an upload
    ///
    /// Creates an upload: direct when `size` <= 50 000 000 bytes (one PUT of the whole data),
    /// chunked above (PUT chunks of 10 000 000 bytes, then POST to finish). 409 (with `file`)
    /// when an active file has the name; 413 when the quota is exceeded.
    ///
    /// Required scopes: `record.update`.
    #[oai(
        path = "/records/:id/uploads",
        method = "post",
        operation_id = "new_upload",
        tag = "Tags::Uploads"
    )]
    async fn new_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<UploadCreate>,
    ) -> poem::Result<NewUploadResponse> {
        self.0
            .new_upload(req, auth, NewUploadParams { id: id.0 }, body.0)
            .await
    }

    /// Get an upload
    ///
    /// One of the caller's uploads. After a chunked upload is finished, `_meta.task` reports
    /// the processing `state` and then the new `file` or an `error`.
    ///
    /// Required scopes: `record.update`.
    #[oai(
        path = "/records/:id/uploads/:upload_id",
        method = "get",
        operation_id = "get_upload",
        tag = "Tags::Uploads"
    )]
    async fn get_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The upload's ID.
        #[oai(name = "upload_id")]
        upload_id: Path<uuid::Uuid>,
    ) -> poem::Result<GetUploadResponse> {
        self.0
            .get_upload(
                req,
                auth,
                GetUploadParams {
                    id: id.0,
                    upload_id: upload_id.0,
                },
            )
            .await
    }

    /// Upload data
    ///
    /// Sends raw bytes: the whole file for a direct upload (answers 201 with the new File; 409
    /// when creating the file conflicts), or one chunk for a chunked upload (answers 200 with
    /// the Upload; `Kadi-Chunk-Index` and `Kadi-Chunk-Size` required, index < `chunk_count`,
    /// size <= 10 000 000, only the last chunk smaller). Clients send no Content-Type; any is
    /// accepted. Only the uploading user may send data (others get 404).
    ///
    /// Required scopes: `record.update`.
    #[oai(
        path = "/records/:id/uploads/:upload_id",
        method = "put",
        operation_id = "upload_data",
        tag = "Tags::Uploads"
    )]
    async fn upload_data(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The upload's ID.
        #[oai(name = "upload_id")]
        upload_id: Path<uuid::Uuid>,
        /// Index of the chunk, from 0 (below `chunk_count`). Required for chunked uploads, ignored for direct ones.
        #[oai(
            name = "Kadi-Chunk-Index",
            validator(minimum(value = "0", exclusive = false))
        )]
        kadi_chunk_index: Header<Option<i64>>,
        /// Size of the chunk in bytes: 10 000 000 except for the last chunk, which may be smaller. Required for chunked uploads, ignored for direct ones.
        #[oai(
            name = "Kadi-Chunk-Size",
            validator(
                maximum(value = "10000000", exclusive = false),
                minimum(value = "0", exclusive = false)
            )
        )]
        kadi_chunk_size: Header<Option<i64>>,
        /// MD5 hash of the sent data; when given, the data is verified against it.
        #[oai(name = "Kadi-MD5-Checksum")]
        kadi_md5_checksum: Header<Option<String>>,
        body: Binary<Vec<u8>>,
    ) -> poem::Result<UploadDataResponse> {
        self.0
            .upload_data(
                req,
                auth,
                UploadDataParams {
                    id: id.0,
                    upload_id: upload_id.0,
                    kadi_chunk_index: kadi_chunk_index.0,
                    kadi_chunk_size: kadi_chunk_size.0,
                    kadi_md5_checksum: kadi_md5_checksum.0,
                },
                body.0,
            )
            .await
    }

    /// Finish a chunked upload
    ///
    /// Starts processing a chunked upload once every chunk is there (400 otherwise); answers
    /// 202 with the Upload in state `processing`, 503 when the task cannot start. Poll `GET`
    /// for `_meta.task`.
    ///
    /// Required scopes: `record.update`.
    #[oai(
        path = "/records/:id/uploads/:upload_id",
        method = "post",
        operation_id = "finish_upload",
        tag = "Tags::Uploads"
    )]
    async fn finish_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The upload's ID.
        #[oai(name = "upload_id")]
        upload_id: Path<uuid::Uuid>,
    ) -> poem::Result<FinishUploadResponse> {
        self.0
            .finish_upload(
                req,
                auth,
                FinishUploadParams {
                    id: id.0,
                    upload_id: upload_id.0,
                },
            )
            .await
    }

    /// Cancel an upload
    ///
    /// Deletes the upload and its data.
    ///
    /// Required scopes: `record.update`.
    #[oai(
        path = "/records/:id/uploads/:upload_id",
        method = "delete",
        operation_id = "delete_upload",
        tag = "Tags::Uploads"
    )]
    async fn delete_upload(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The record's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The upload's ID.
        #[oai(name = "upload_id")]
        upload_id: Path<uuid::Uuid>,
    ) -> poem::Result<DeleteUploadResponse> {
        self.0
            .delete_upload(
                req,
                auth,
                DeleteUploadParams {
                    id: id.0,
                    upload_id: upload_id.0,
                },
            )
            .await
    }

    /// List roles
    ///
    /// The roles of each resource type and the actions they permit.
    ///
    /// Required scopes: none (any valid access token).
    #[oai(
        path = "/roles",
        method = "get",
        operation_id = "get_roles",
        tag = "Tags::Roles"
    )]
    async fn get_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<GetRolesResponse> {
        self.0.get_roles(req, auth).await
    }

    /// List tags
    ///
    /// Tags in use on resources the caller can read, by name.
    ///
    /// Required scopes: none (any valid access token).
    #[oai(
        path = "/tags",
        method = "get",
        operation_id = "get_tags",
        tag = "Tags::Misc"
    )]
    async fn get_tags(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_tags_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_tags_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Only tags of this resource type, `record` or `collection`; any other value is ignored, as Kadi4Mat ignores query values it cannot read.
        #[oai(name = "type")]
        type_: Query<Option<String>>,
    ) -> poem::Result<GetTagsResponse> {
        self.0
            .get_tags(
                req,
                auth,
                GetTagsParams {
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    type_: type_.0,
                },
            )
            .await
    }

    /// Search templates
    ///
    /// Searches and filters the templates the caller can read. `page` is capped at 100 here.
    /// Adds `_actions.new_template` to the page. With `instance`, the search runs on a
    /// connected external instance (400 when the instance is unknown or not connected, 502 when
    /// it fails).
    ///
    /// Required scopes: `template.read`.
    #[oai(
        path = "/templates",
        method = "get",
        operation_id = "get_templates",
        tag = "Tags::Templates"
    )]
    async fn get_templates(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_templates_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_templates_per_page")]
        per_page: Query<i64>,
        /// Full-text search query; exact matches when surrounded by double quotes.
        #[oai(name = "query")]
        query: Query<Option<String>>,
        /// Order of the results: `_score`, `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`. Falls back to `-last_modified` without a query; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_templates_sort")]
        sort: Query<String>,
        /// Only resources with this visibility (`private` or `public`); other values are ignored.
        #[oai(name = "visibility")]
        visibility: Query<Option<String>>,
        /// Only resources with explicit access permissions, whatever their visibility. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(
            name = "explicit_permissions",
            default = "default_get_templates_explicit_permissions"
        )]
        explicit_permissions: Query<String>,
        /// Creator user IDs, combined with OR (repeatable).
        #[oai(name = "user")]
        user: Query<Option<Vec<i64>>>,
        /// Only templates of this type (`record` or `extras`).
        #[oai(name = "type")]
        type_: Query<Option<String>>,
        /// The name of a connected external Kadi4Mat instance to search instead.
        #[oai(name = "instance")]
        instance: Query<Option<String>>,
    ) -> poem::Result<GetTemplatesResponse> {
        self.0
            .get_templates(
                req,
                auth,
                GetTemplatesParams {
                    page: page.0,
                    per_page: per_page.0,
                    query: query.0,
                    sort: sort.0,
                    visibility: visibility.0,
                    explicit_permissions: explicit_permissions.0,
                    user: user.0,
                    type_: type_.0,
                    instance: instance.0,
                },
            )
            .await
    }

    /// Create a template
    ///
    /// Creates a template; the caller becomes its admin. A duplicate identifier answers 400
    /// with `errors.identifier`.
    ///
    /// Required scopes: `template.create`.
    #[oai(
        path = "/templates",
        method = "post",
        operation_id = "new_template",
        tag = "Tags::Templates"
    )]
    async fn new_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        body: Json<TemplateCreate>,
    ) -> poem::Result<NewTemplateResponse> {
        self.0.new_template(req, auth, body.0).await
    }

    /// Get a template by identifier
    ///
    /// The template with this identifier.
    ///
    /// Required scopes: `template.read`.
    #[oai(
        path = "/templates/identifier/:identifier",
        method = "get",
        operation_id = "get_template_by_identifier",
        tag = "Tags::Templates"
    )]
    async fn get_template_by_identifier(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The resource's identifier.
        #[oai(
            name = "identifier",
            validator(max_length = 50, pattern = "^[a-z0-9_-]+$")
        )]
        identifier: Path<String>,
    ) -> poem::Result<GetTemplateByIdentifierResponse> {
        self.0
            .get_template_by_identifier(
                req,
                auth,
                GetTemplateByIdentifierParams {
                    identifier: identifier.0,
                },
            )
            .await
    }

    /// Get a template
    ///
    /// The template with this ID.
    ///
    /// Required scopes: `template.read`.
    #[oai(
        path = "/templates/:id",
        method = "get",
        operation_id = "get_template",
        tag = "Tags::Templates"
    )]
    async fn get_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<GetTemplateResponse> {
        self.0
            .get_template(req, auth, GetTemplateParams { id: id.0 })
            .await
    }

    /// Delete a template
    ///
    /// Moves the template to the trash.
    ///
    /// Required scopes: `template.delete`.
    #[oai(
        path = "/templates/:id",
        method = "delete",
        operation_id = "delete_template",
        tag = "Tags::Templates"
    )]
    async fn delete_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<DeleteTemplateResponse> {
        self.0
            .delete_template(req, auth, DeleteTemplateParams { id: id.0 })
            .await
    }

    /// Edit a template
    ///
    /// Changes the given attributes of the template.
    ///
    /// Required scopes: `template.update`.
    #[oai(
        path = "/templates/:id",
        method = "patch",
        operation_id = "edit_template",
        tag = "Tags::Templates"
    )]
    async fn edit_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<TemplateUpdate>,
    ) -> poem::Result<EditTemplateResponse> {
        self.0
            .edit_template(req, auth, EditTemplateParams { id: id.0 }, body.0)
            .await
    }

    /// Export a template
    ///
    /// The template in an export format, as an attachment. Unknown export types answer 404.
    ///
    /// Required scopes: `template.read`.
    #[oai(
        path = "/templates/:id/export/:export_type",
        method = "get",
        operation_id = "get_template_export",
        tag = "Tags::Templates"
    )]
    async fn get_template_export(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// `json`, `json-schema` or `shacl` (Turtle); others answer 404.
        #[oai(name = "export_type")]
        export_type: Path<String>,
        /// A URL-encoded JSON object adjusting the exported data, e.g. `{"user": true}` to leave out user information (always applied without `user.read`).
        #[oai(name = "filter", default = "default_get_template_export_filter")]
        filter: Query<String>,
    ) -> poem::Result<GetTemplateExportResponse> {
        self.0
            .get_template_export(
                req,
                auth,
                GetTemplateExportParams {
                    id: id.0,
                    export_type: export_type.0,
                    filter: filter.0,
                },
            )
            .await
    }

    /// Purge a template
    ///
    /// Deletes the deleted template for good.
    ///
    /// Required scopes: `misc.manage_trash`.
    #[oai(
        path = "/templates/:id/purge",
        method = "post",
        operation_id = "purge_template",
        tag = "Tags::Templates"
    )]
    async fn purge_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<PurgeTemplateResponse> {
        self.0
            .purge_template(req, auth, PurgeTemplateParams { id: id.0 })
            .await
    }

    /// Restore a template
    ///
    /// Restores the deleted template from the trash.
    ///
    /// Required scopes: `misc.manage_trash`.
    #[oai(
        path = "/templates/:id/restore",
        method = "post",
        operation_id = "restore_template",
        tag = "Tags::Templates"
    )]
    async fn restore_template(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<RestoreTemplateResponse> {
        self.0
            .restore_template(req, auth, RestoreTemplateParams { id: id.0 })
            .await
    }

    /// List template revisions
    ///
    /// Revisions of the template, newest first.
    ///
    /// Required scopes: `template.read`.
    #[oai(
        path = "/templates/:id/revisions",
        method = "get",
        operation_id = "get_template_revisions",
        tag = "Tags::Revisions"
    )]
    async fn get_template_revisions(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_template_revisions_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_template_revisions_per_page")]
        per_page: Query<i64>,
    ) -> poem::Result<GetTemplateRevisionsResponse> {
        self.0
            .get_template_revisions(
                req,
                auth,
                GetTemplateRevisionsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                },
            )
            .await
    }

    /// Get a template revision
    ///
    /// A revision of the template, with its `diff` against the previous revision or the one
    /// given as `revision`.
    ///
    /// Required scopes: `template.read`.
    #[oai(
        path = "/templates/:id/revisions/:revision_id",
        method = "get",
        operation_id = "get_template_revision",
        tag = "Tags::Revisions"
    )]
    async fn get_template_revision(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The revision's ID.
        #[oai(name = "revision_id")]
        revision_id: Path<i64>,
        /// The ID of a revision to compare with instead of the previous one.
        #[oai(name = "revision")]
        revision: Query<Option<i64>>,
    ) -> poem::Result<GetTemplateRevisionResponse> {
        self.0
            .get_template_revision(
                req,
                auth,
                GetTemplateRevisionParams {
                    id: id.0,
                    revision_id: revision_id.0,
                    revision: revision.0,
                },
            )
            .await
    }

    /// List group roles of a template
    ///
    /// Group roles, by role name then group ID. Groups the caller cannot read show `id`,
    /// `title`, `identifier` and `visibility` only.
    ///
    /// Required scopes: `template.read`, `group.read`.
    #[oai(
        path = "/templates/:id/roles/groups",
        method = "get",
        operation_id = "get_template_group_roles",
        tag = "Tags::Roles"
    )]
    async fn get_template_group_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_template_group_roles_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(
            name = "per_page",
            default = "default_get_template_group_roles_per_page"
        )]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
    ) -> poem::Result<GetTemplateGroupRolesResponse> {
        self.0
            .get_template_group_roles(
                req,
                auth,
                GetTemplateGroupRolesParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                },
            )
            .await
    }

    /// Grant a group role on a template
    ///
    /// Gives the group a role; 409 when the group already has one.
    ///
    /// Required scopes: `template.permissions`.
    #[oai(
        path = "/templates/:id/roles/groups",
        method = "post",
        operation_id = "add_template_group_role",
        tag = "Tags::Roles"
    )]
    async fn add_template_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<GroupRoleAssignment>,
    ) -> poem::Result<AddTemplateGroupRoleResponse> {
        self.0
            .add_template_group_role(req, auth, AddTemplateGroupRoleParams { id: id.0 }, body.0)
            .await
    }

    /// Revoke a group role on a template
    ///
    /// Removes the group's role.
    ///
    /// Required scopes: `template.permissions`.
    #[oai(
        path = "/templates/:id/roles/groups/:group_id",
        method = "delete",
        operation_id = "remove_template_group_role",
        tag = "Tags::Roles"
    )]
    async fn remove_template_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The group's ID.
        #[oai(name = "group_id")]
        group_id: Path<i64>,
    ) -> poem::Result<RemoveTemplateGroupRoleResponse> {
        self.0
            .remove_template_group_role(
                req,
                auth,
                RemoveTemplateGroupRoleParams {
                    id: id.0,
                    group_id: group_id.0,
                },
            )
            .await
    }

    /// Change a group role on a template
    ///
    /// Changes the group's role.
    ///
    /// Required scopes: `template.permissions`.
    #[oai(
        path = "/templates/:id/roles/groups/:group_id",
        method = "patch",
        operation_id = "change_template_group_role",
        tag = "Tags::Roles"
    )]
    async fn change_template_group_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The group's ID.
        #[oai(name = "group_id")]
        group_id: Path<i64>,
        body: Json<RoleName>,
    ) -> poem::Result<ChangeTemplateGroupRoleResponse> {
        self.0
            .change_template_group_role(
                req,
                auth,
                ChangeTemplateGroupRoleParams {
                    id: id.0,
                    group_id: group_id.0,
                },
                body.0,
            )
            .await
    }

    /// List user roles of a template
    ///
    /// User roles, by role name then user ID; the creator comes first.
    ///
    /// Required scopes: `template.read`, `user.read`.
    #[oai(
        path = "/templates/:id/roles/users",
        method = "get",
        operation_id = "get_template_user_roles",
        tag = "Tags::Roles"
    )]
    async fn get_template_user_roles(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_template_user_roles_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(
            name = "per_page",
            default = "default_get_template_user_roles_per_page"
        )]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// User IDs to leave out (repeatable).
        #[oai(name = "exclude")]
        exclude: Query<Option<Vec<i64>>>,
    ) -> poem::Result<GetTemplateUserRolesResponse> {
        self.0
            .get_template_user_roles(
                req,
                auth,
                GetTemplateUserRolesParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    exclude: exclude.0,
                },
            )
            .await
    }

    /// Grant a user role on a template
    ///
    /// Gives the user a role; 409 when the user already has one.
    ///
    /// Required scopes: `template.permissions`.
    #[oai(
        path = "/templates/:id/roles/users",
        method = "post",
        operation_id = "add_template_user_role",
        tag = "Tags::Roles"
    )]
    async fn add_template_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        body: Json<UserRoleAssignment>,
    ) -> poem::Result<AddTemplateUserRoleResponse> {
        self.0
            .add_template_user_role(req, auth, AddTemplateUserRoleParams { id: id.0 }, body.0)
            .await
    }

    /// Revoke a user role on a template
    ///
    /// Removes the user's role; 409 for the creator.
    ///
    /// Required scopes: `template.permissions`.
    #[oai(
        path = "/templates/:id/roles/users/:user_id",
        method = "delete",
        operation_id = "remove_template_user_role",
        tag = "Tags::Roles"
    )]
    async fn remove_template_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The user's ID.
        #[oai(name = "user_id")]
        user_id: Path<i64>,
    ) -> poem::Result<RemoveTemplateUserRoleResponse> {
        self.0
            .remove_template_user_role(
                req,
                auth,
                RemoveTemplateUserRoleParams {
                    id: id.0,
                    user_id: user_id.0,
                },
            )
            .await
    }

    /// Change a user role on a template
    ///
    /// Changes the user's role; 409 for the creator's role.
    ///
    /// Required scopes: `template.permissions`.
    #[oai(
        path = "/templates/:id/roles/users/:user_id",
        method = "patch",
        operation_id = "change_template_user_role",
        tag = "Tags::Roles"
    )]
    async fn change_template_user_role(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The template's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The user's ID.
        #[oai(name = "user_id")]
        user_id: Path<i64>,
        body: Json<RoleName>,
    ) -> poem::Result<ChangeTemplateUserRoleResponse> {
        self.0
            .change_template_user_role(
                req,
                auth,
                ChangeTemplateUserRoleParams {
                    id: id.0,
                    user_id: user_id.0,
                },
                body.0,
            )
            .await
    }

    /// List the trash
    ///
    /// The caller's deleted records, collections, templates and groups, most recently deleted
    /// first.
    ///
    /// Required scopes: `misc.manage_trash`.
    #[oai(
        path = "/trash",
        method = "get",
        operation_id = "get_trash",
        tag = "Tags::Misc"
    )]
    async fn get_trash(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_trash_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_trash_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
    ) -> poem::Result<GetTrashResponse> {
        self.0
            .get_trash(
                req,
                auth,
                GetTrashParams {
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                },
            )
            .await
    }

    /// List users
    ///
    /// Users, by display name.
    ///
    /// Required scopes: `user.read`.
    #[oai(
        path = "/users",
        method = "get",
        operation_id = "get_users",
        tag = "Tags::Users"
    )]
    async fn get_users(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_users_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_users_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Include inactive users. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(name = "inactive", default = "default_get_users_inactive")]
        inactive: Query<String>,
    ) -> poem::Result<GetUsersResponse> {
        self.0
            .get_users(
                req,
                auth,
                GetUsersParams {
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    inactive: inactive.0,
                },
            )
            .await
    }

    /// Get the current user
    ///
    /// The token's user.
    ///
    /// Required scopes: `user.read`.
    #[oai(
        path = "/users/me",
        method = "get",
        operation_id = "get_current_user",
        tag = "Tags::Users"
    )]
    async fn get_current_user(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
    ) -> poem::Result<GetCurrentUserResponse> {
        self.0.get_current_user(req, auth).await
    }

    /// Get a user
    ///
    /// The user with this ID.
    ///
    /// Required scopes: `user.read`.
    #[oai(
        path = "/users/:id",
        method = "get",
        operation_id = "get_user",
        tag = "Tags::Users"
    )]
    async fn get_user(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The user's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<GetUserResponse> {
        self.0.get_user(req, auth, GetUserParams { id: id.0 }).await
    }

    /// List a user's collections
    ///
    /// Collections the user created that the caller can read (or, with `shared`, those shared
    /// with the user).
    ///
    /// Required scopes: `user.read`, `collection.read`.
    #[oai(
        path = "/users/:id/collections",
        method = "get",
        operation_id = "get_user_collections",
        tag = "Tags::Users"
    )]
    async fn get_user_collections(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The user's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_user_collections_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_user_collections_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_user_collections_sort")]
        sort: Query<String>,
        /// Resources shared with the user (through roles) instead of those the user created. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(name = "shared", default = "default_get_user_collections_shared")]
        shared: Query<String>,
    ) -> poem::Result<GetUserCollectionsResponse> {
        self.0
            .get_user_collections(
                req,
                auth,
                GetUserCollectionsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                    shared: shared.0,
                },
            )
            .await
    }

    /// List a user's groups
    ///
    /// Groups the user created that the caller can read (or, with `common`, groups both are
    /// members of).
    ///
    /// Required scopes: `user.read`, `group.read`.
    #[oai(
        path = "/users/:id/groups",
        method = "get",
        operation_id = "get_user_groups",
        tag = "Tags::Users"
    )]
    async fn get_user_groups(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The user's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_user_groups_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_user_groups_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_user_groups_sort")]
        sort: Query<String>,
        /// Only groups the user and the caller are both members of. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(name = "common", default = "default_get_user_groups_common")]
        common: Query<String>,
    ) -> poem::Result<GetUserGroupsResponse> {
        self.0
            .get_user_groups(
                req,
                auth,
                GetUserGroupsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                    common: common.0,
                },
            )
            .await
    }

    /// List a user's identities
    ///
    /// The user's login identities.
    ///
    /// Required scopes: `user.read`.
    #[oai(
        path = "/users/:id/identities",
        method = "get",
        operation_id = "get_user_identities",
        tag = "Tags::Users"
    )]
    async fn get_user_identities(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The user's ID.
        #[oai(name = "id")]
        id: Path<i64>,
    ) -> poem::Result<GetUserIdentitiesResponse> {
        self.0
            .get_user_identities(req, auth, GetUserIdentitiesParams { id: id.0 })
            .await
    }

    /// List a user's records
    ///
    /// Records the user created that the caller can read (or, with `shared`, those shared with
    /// the user).
    ///
    /// Required scopes: `user.read`, `record.read`.
    #[oai(
        path = "/users/:id/records",
        method = "get",
        operation_id = "get_user_records",
        tag = "Tags::Users"
    )]
    async fn get_user_records(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The user's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_user_records_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_user_records_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_user_records_sort")]
        sort: Query<String>,
        /// Resources shared with the user (through roles) instead of those the user created. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(name = "shared", default = "default_get_user_records_shared")]
        shared: Query<String>,
    ) -> poem::Result<GetUserRecordsResponse> {
        self.0
            .get_user_records(
                req,
                auth,
                GetUserRecordsParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                    shared: shared.0,
                },
            )
            .await
    }

    /// List a user's templates
    ///
    /// Templates the user created that the caller can read (or, with `shared`, those shared
    /// with the user).
    ///
    /// Required scopes: `user.read`, `template.read`.
    #[oai(
        path = "/users/:id/templates",
        method = "get",
        operation_id = "get_user_templates",
        tag = "Tags::Users"
    )]
    async fn get_user_templates(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// The user's ID.
        #[oai(name = "id")]
        id: Path<i64>,
        /// The page to return (1-based). As Kadi4Mat, a page below 1 is taken as 1 (and on the search endpoints `GET /records`, `/collections`, `/templates` and `/groups`, a page above 100 as 100) rather than refused.
        #[oai(name = "page", default = "default_get_user_templates_page")]
        page: Query<i64>,
        /// Items per page, 1 to 100. As Kadi4Mat, a smaller value is taken as 1 and a larger one as 100 rather than refused; `_pagination.per_page` says what was used.
        #[oai(name = "per_page", default = "default_get_user_templates_per_page")]
        per_page: Query<i64>,
        /// A query to filter the results by (title or identifier; names for users, files, links and tags).
        #[oai(name = "filter")]
        filter: Query<Option<String>>,
        /// Order: `last_modified`, `-last_modified`, `created_at`, `-created_at`, `title`, `-title`, `identifier`, `-identifier`; unknown values fall back to the default.
        #[oai(name = "sort", default = "default_get_user_templates_sort")]
        sort: Query<String>,
        /// Resources shared with the user (through roles) instead of those the user created. Boolean flag, read leniently: `true`, `t`, `yes`, `y`, `on` and `1` (any case) mean true, anything else false (clients send Python's `True`/`False`).
        #[oai(name = "shared", default = "default_get_user_templates_shared")]
        shared: Query<String>,
    ) -> poem::Result<GetUserTemplatesResponse> {
        self.0
            .get_user_templates(
                req,
                auth,
                GetUserTemplatesParams {
                    id: id.0,
                    page: page.0,
                    per_page: per_page.0,
                    filter: filter.0,
                    sort: sort.0,
                    shared: shared.0,
                },
            )
            .await
    }

    /// Get a user by identity
    ///
    /// The user owning the identity of this type and username.
    ///
    /// Required scopes: `user.read`.
    #[oai(
        path = "/users/:id/:username",
        method = "get",
        operation_id = "get_user_by_identity",
        tag = "Tags::Users"
    )]
    async fn get_user_by_identity(
        &self,
        req: &poem::Request,
        auth: PersonalAccessToken,
        /// Here the identity type (`local`, `ldap` or `shib`); the segment shares the name `id` with `/users/{id}` because the router needs one name per position.
        #[oai(name = "id")]
        id: Path<String>,
        /// The username within that identity type.
        #[oai(name = "username")]
        username: Path<String>,
    ) -> poem::Result<GetUserByIdentityResponse> {
        self.0
            .get_user_by_identity(
                req,
                auth,
                GetUserByIdentityParams {
                    id: id.0,
                    username: username.0,
                },
            )
            .await
    }
}

/// The poem-openapi service for an implementation; its derived spec is compared with the
/// source spec by the contract test.
pub fn service(api: Arc<dyn Api>) -> poem_openapi::OpenApiService<Routes, ()> {
    poem_openapi::OpenApiService::new(Routes(api), TITLE, VERSION)
}
