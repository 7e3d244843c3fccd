//! sea-orm entities: one module per table. Storage types only; views live with surfaces.

pub mod api_token;
pub mod dw_application;
pub mod dw_ssl;
pub mod kd_collection;
pub mod kd_collection_record;
pub mod kd_collection_tag;
pub mod kd_file;
pub mod kd_group;
pub mod kd_group_member;
pub mod kd_record;
pub mod kd_record_link;
pub mod kd_record_tag;
pub mod kd_revision;
pub mod kd_role;
pub mod kd_template;
pub mod kd_upload;
pub mod kd_upload_chunk;
pub mod session;
pub mod sy_job;
pub mod sy_member;
pub mod sy_workspace;
pub mod user;
