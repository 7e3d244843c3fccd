//! The two shapes of KAWA's entity reads, written once: `GET /backoffice/<kind>` (the
//! caller, then the service's list kept by `name` and `tag`) and
//! `GET /backoffice/<kind>/{id}` (the caller, then the service's read by id). The macro
//! writes a whole `Api` impl with every method inline, as `async_trait` must see each
//! method it rewrites.

/// `entity_reads!(Trait { list: [fn(Params) -> Response = service, …] get: [...] })`.
macro_rules! entity_reads {
    ($api:ident {
        list: [$( $list:ident($lparams:ident) -> $lresponse:ident = $lservice:path ),* $(,)?]
        get: [$( $get:ident($gparams:ident) -> $gresponse:ident = $gservice:path ),* $(,)?]
    }) => {
        #[async_trait::async_trait]
        impl api::$api for Kawa {
            $(
            async fn $list(
                &self,
                _req: &poem::Request,
                auth: api::ApiKeyOrAccessTokenCookie,
                params: api::$lparams,
            ) -> poem::Result<api::$lresponse> {
                let caller = self
                    .caller(&auth, params.x_kawa_workspace_id.as_deref())
                    .await?;
                let (name, tag) = (params.name.as_deref(), params.tag.as_deref());
                let found = $lservice(&self.state, &caller, name, tag).await?;
                Ok(api::$lresponse::Ok(generated::support::Json(found)))
            }
            )*
            $(
            async fn $get(
                &self,
                _req: &poem::Request,
                auth: api::ApiKeyOrAccessTokenCookie,
                params: api::$gparams,
            ) -> poem::Result<api::$gresponse> {
                let caller = self
                    .caller(&auth, params.x_kawa_workspace_id.as_deref())
                    .await?;
                let found = $gservice(&self.state, &caller, &params.id).await?;
                Ok(api::$gresponse::Ok(generated::support::Json(found)))
            }
            )*
        }
    };
}

pub(super) use entity_reads;
