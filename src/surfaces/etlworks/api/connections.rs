//! `/rest/v1/connections*`, `/rest/v1/formats*`, `/rest/v1/listeners*` and
//! `/rest/v1/io/*`.

use generated::etlworks::v1 as api;
use generated::support::Json;
use poem::Request;

use super::Etlworks;
use crate::store::etlworks::definitions::Filter;
use crate::surfaces::etlworks::connections::{
    self as service, check, keys, transfer, views, CONNECTIONS, FORMATS, LISTENERS,
};
use crate::surfaces::etlworks::connectors::catalog;
use crate::surfaces::etlworks::error::EtlworksError;

#[async_trait::async_trait]
impl api::ConnectionsApi for Etlworks {
    async fn list_connections(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListConnectionsParams,
    ) -> poem::Result<api::ListConnectionsResponse> {
        let caller = self.caller(&auth).await?;
        let filter = Filter {
            q: params.q.as_deref(),
            in_description: true,
            tag: params.tag.as_deref(),
            kind: params.type_.as_deref(),
        };
        let (page, total) = service::list(
            &self.state,
            &caller,
            CONNECTIONS,
            filter,
            params.offset,
            params.limit,
        )
        .await?;
        let page = page.iter().map(views::connection).collect();
        Ok(api::ListConnectionsResponse::Ok(Json(page), total))
    }

    async fn create_connection(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::ConnectionInput,
    ) -> poem::Result<api::CreateConnectionResponse> {
        let caller = self.caller(&auth).await?;
        let saved = service::create(&self.state, &caller, CONNECTIONS, body.into()).await?;
        Ok(api::CreateConnectionResponse::Created(Json(
            views::connection(&saved),
        )))
    }

    async fn list_connector_types(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListConnectorTypesParams,
    ) -> poem::Result<api::ListConnectorTypesResponse> {
        self.caller(&auth).await?;
        let (page, total) = catalog_page(params);
        Ok(api::ListConnectorTypesResponse::Ok(Json(page), total))
    }

    async fn get_connection(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetConnectionParams,
    ) -> poem::Result<api::GetConnectionResponse> {
        let caller = self.caller(&auth).await?;
        let saved = service::get(&self.state, &caller, CONNECTIONS, params.connection_id).await?;
        Ok(api::GetConnectionResponse::Ok(Json(views::connection(
            &saved,
        ))))
    }

    async fn update_connection(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UpdateConnectionParams,
        body: api::ConnectionInput,
    ) -> poem::Result<api::UpdateConnectionResponse> {
        let caller = self.caller(&auth).await?;
        let id = params.connection_id;
        let saved = service::update(&self.state, &caller, CONNECTIONS, id, body.into()).await?;
        Ok(api::UpdateConnectionResponse::Ok(Json(views::connection(
            &saved,
        ))))
    }

    async fn delete_connection(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeleteConnectionParams,
    ) -> poem::Result<api::DeleteConnectionResponse> {
        let caller = self.caller(&auth).await?;
        service::delete(&self.state, &caller, CONNECTIONS, params.connection_id).await?;
        Ok(api::DeleteConnectionResponse::NoContent)
    }

    async fn test_connection(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::TestConnectionParams,
        body: api::ConnectionTestInput,
    ) -> poem::Result<api::TestConnectionResponse> {
        let caller = self.caller(&auth).await?;
        let result = check::test(&self.state, &caller, params.connection_id, body).await?;
        Ok(api::TestConnectionResponse::Ok(Json(result)))
    }

    async fn get_connection_metadata(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetConnectionMetadataParams,
    ) -> poem::Result<api::GetConnectionMetadataResponse> {
        let caller = self.caller(&auth).await?;
        let found =
            check::metadata(&self.state, &caller, params.connection_id, params.path).await?;
        Ok(api::GetConnectionMetadataResponse::Ok(Json(found)))
    }

    async fn upload_connection_key(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UploadConnectionKeyParams,
        body: api::KeyUploadForm,
    ) -> poem::Result<api::UploadConnectionKeyResponse> {
        let caller = self.caller(&auth).await?;
        let file_name = body.file.file_name().map(str::to_string);
        let bytes = body.file.into_vec().await.map_err(|_| {
            EtlworksError::BadRequest("Field 'file': the upload could not be read".into())
        })?;
        let key = keys::KeyFile {
            file_name,
            bytes,
            property: body.property,
        };
        let id = params.connection_id;
        let (property, file_name, size) = keys::upload(&self.state, &caller, id, key).await?;
        Ok(api::UploadConnectionKeyResponse::Created(Json(
            api::KeyUploadResult {
                connection_id: id,
                property,
                file_name,
                size: size as i64,
            },
        )))
    }

    async fn list_formats(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListFormatsParams,
    ) -> poem::Result<api::ListFormatsResponse> {
        let caller = self.caller(&auth).await?;
        let filter = Filter {
            q: params.q.as_deref(),
            kind: params.type_.as_deref(),
            ..Filter::default()
        };
        let (page, total) = service::list(
            &self.state,
            &caller,
            FORMATS,
            filter,
            params.offset,
            params.limit,
        )
        .await?;
        let page = page.iter().map(views::format).collect();
        Ok(api::ListFormatsResponse::Ok(Json(page), total))
    }

    async fn create_format(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::FormatInput,
    ) -> poem::Result<api::CreateFormatResponse> {
        let caller = self.caller(&auth).await?;
        let saved = service::create(&self.state, &caller, FORMATS, body.into()).await?;
        Ok(api::CreateFormatResponse::Created(Json(views::format(
            &saved,
        ))))
    }

    async fn get_format(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetFormatParams,
    ) -> poem::Result<api::GetFormatResponse> {
        let caller = self.caller(&auth).await?;
        let saved = service::get(&self.state, &caller, FORMATS, params.format_id).await?;
        Ok(api::GetFormatResponse::Ok(Json(views::format(&saved))))
    }

    async fn update_format(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UpdateFormatParams,
        body: api::FormatInput,
    ) -> poem::Result<api::UpdateFormatResponse> {
        let caller = self.caller(&auth).await?;
        let id = params.format_id;
        let saved = service::update(&self.state, &caller, FORMATS, id, body.into()).await?;
        Ok(api::UpdateFormatResponse::Ok(Json(views::format(&saved))))
    }

    async fn delete_format(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeleteFormatParams,
    ) -> poem::Result<api::DeleteFormatResponse> {
        let caller = self.caller(&auth).await?;
        service::delete(&self.state, &caller, FORMATS, params.format_id).await?;
        Ok(api::DeleteFormatResponse::NoContent)
    }

    async fn list_listeners(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ListListenersParams,
    ) -> poem::Result<api::ListListenersResponse> {
        let caller = self.caller(&auth).await?;
        let filter = Filter {
            q: params.q.as_deref(),
            kind: params.type_.as_deref(),
            ..Filter::default()
        };
        let (page, total) = service::list(
            &self.state,
            &caller,
            LISTENERS,
            filter,
            params.offset,
            params.limit,
        )
        .await?;
        let page = page.iter().map(views::listener).collect();
        Ok(api::ListListenersResponse::Ok(Json(page), total))
    }

    async fn create_listener(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::ListenerInput,
    ) -> poem::Result<api::CreateListenerResponse> {
        let caller = self.caller(&auth).await?;
        let saved = service::create(&self.state, &caller, LISTENERS, body.into()).await?;
        Ok(api::CreateListenerResponse::Created(Json(views::listener(
            &saved,
        ))))
    }

    async fn get_listener(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::GetListenerParams,
    ) -> poem::Result<api::GetListenerResponse> {
        let caller = self.caller(&auth).await?;
        let saved = service::get(&self.state, &caller, LISTENERS, params.listener_id).await?;
        Ok(api::GetListenerResponse::Ok(Json(views::listener(&saved))))
    }

    async fn update_listener(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::UpdateListenerParams,
        body: api::ListenerInput,
    ) -> poem::Result<api::UpdateListenerResponse> {
        let caller = self.caller(&auth).await?;
        let id = params.listener_id;
        let saved = service::update(&self.state, &caller, LISTENERS, id, body.into()).await?;
        Ok(api::UpdateListenerResponse::Ok(Json(views::listener(
            &saved,
        ))))
    }

    async fn delete_listener(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::DeleteListenerParams,
    ) -> poem::Result<api::DeleteListenerResponse> {
        let caller = self.caller(&auth).await?;
        service::delete(&self.state, &caller, LISTENERS, params.listener_id).await?;
        Ok(api::DeleteListenerResponse::NoContent)
    }

    async fn export_bundle(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        body: api::ExportRequest,
    ) -> poem::Result<api::ExportBundleResponse> {
        let caller = self.caller(&auth).await?;
        let bundle = transfer::export(&self.state, &caller, body).await?;
        Ok(api::ExportBundleResponse::Ok(Json(bundle)))
    }

    async fn import_bundle(
        &self,
        _req: &Request,
        auth: api::BearerAuth,
        params: api::ImportBundleParams,
        body: api::ExportBundle,
    ) -> poem::Result<api::ImportBundleResponse> {
        let caller = self.caller(&auth).await?;
        let result = transfer::import(&self.state, &caller, params.preview, body).await?;
        Ok(api::ImportBundleResponse::Ok(Json(result)))
    }
}

/// The page of the connector library `params` ask for, and how many match.
fn catalog_page(params: api::ListConnectorTypesParams) -> (Vec<api::ConnectorType>, i64) {
    use api::ConnectorTypeCategory as Out;
    use catalog::Category as C;
    let wire = |c: C| match c {
        C::Database => Out::Database,
        C::File => Out::File,
        C::Http => Out::Http,
        C::Queue => Out::Queue,
        C::Saas => Out::Saas,
        C::Listener => Out::Listener,
        C::Email => Out::Email,
    };
    let wanted = params.category.map(|c| c.as_str());
    let all: Vec<api::ConnectorType> = catalog::CONNECTORS
        .iter()
        .map(|c| api::ConnectorType {
            connection_type: c.key.into(),
            name: c.name.into(),
            category: wire(c.category),
            property_keys: c.properties.iter().map(|k| k.to_string()).collect(),
        })
        .filter(|c| wanted.is_none_or(|w| c.category.as_str() == w))
        .collect();
    let total = all.len() as i64;
    let (offset, limit) = crate::surfaces::etlworks::fields::page(params.offset, params.limit);
    let page = all
        .into_iter()
        .skip(offset as usize)
        .take(limit as usize)
        .collect();
    (page, total)
}
