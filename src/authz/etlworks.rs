//! Who may do what in Etlworks. A [`Caller`] comes from a live JWT or API key of an
//! enabled user, with the tenant it acts in (an inactive tenant's users are refused): a
//! user's own tenant, or for a super admin the one they switched to. Roles rank
//! Super Admin > Administrator > Editor > Operator > Viewer; an API User may call only
//! user-defined listener APIs, so every built-in operation refuses it.

use generated::etlworks::v1 as api;
use generated::support::WireEnum;

use crate::state::AppState;
use crate::store::entities::et_tenant;
use crate::store::etlworks::{tenants, tokens, users, users::Account};
use crate::surfaces::accounts::{self, Product, TokenRefusal};
use crate::surfaces::etlworks::auth::jwt::{self, Claims, Keys};
use crate::surfaces::etlworks::error::EtlworksError;

/// A user's role, ordered by what it may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    ApiUser,
    Viewer,
    Operator,
    Editor,
    Administrator,
    SuperAdmin,
}

impl Role {
    pub fn parse(stored: &str) -> Role {
        match api::Role::from_wire(stored) {
            Some(role) => Role::from(role),
            // Stored roles come from the contract's enum; anything else grants nothing.
            None => Role::ApiUser,
        }
    }

    pub fn wire(self) -> api::Role {
        match self {
            Role::ApiUser => api::Role::ApiUser,
            Role::Viewer => api::Role::Viewer,
            Role::Operator => api::Role::Operator,
            Role::Editor => api::Role::Editor,
            Role::Administrator => api::Role::Administrator,
            Role::SuperAdmin => api::Role::SuperAdmin,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.wire().as_str()
    }

    /// How the product names the role in a refusal.
    fn title(self) -> &'static str {
        match self {
            Role::ApiUser => "API User",
            Role::Viewer => "Viewer",
            Role::Operator => "Operator",
            Role::Editor => "Editor",
            Role::Administrator => "Administrator",
            Role::SuperAdmin => "Super Admin",
        }
    }
}

impl From<api::Role> for Role {
    fn from(role: api::Role) -> Role {
        match role {
            api::Role::ApiUser => Role::ApiUser,
            api::Role::Viewer => Role::Viewer,
            api::Role::Operator => Role::Operator,
            api::Role::Editor => Role::Editor,
            api::Role::Administrator => Role::Administrator,
            api::Role::SuperAdmin => Role::SuperAdmin,
        }
    }
}

/// How the caller authenticated.
#[derive(Debug, Clone)]
pub enum Via {
    Jwt(Claims),
    ApiKey,
}

/// An enabled user calling with a live token, and the tenant they act in.
#[derive(Debug, Clone)]
pub struct Caller {
    account: Account,
    role: Role,
    tenant: et_tenant::Model,
    via: Via,
}

impl Caller {
    /// `account` acting in `tenant` outside any request: loading and exporting a
    /// fixtures file run the services as the user the file names.
    pub fn acting(account: Account, tenant: et_tenant::Model) -> Caller {
        let role = Role::parse(&account.etl.role);
        Caller {
            account,
            role,
            tenant,
            via: Via::ApiKey,
        }
    }

    pub fn id(&self) -> i32 {
        self.account.person.id
    }

    pub fn login(&self) -> &str {
        &self.account.etl.login
    }

    pub fn account(&self) -> &Account {
        &self.account
    }

    pub fn role(&self) -> Role {
        self.role
    }

    pub fn is_super_admin(&self) -> bool {
        self.role == Role::SuperAdmin
    }

    /// The tenant every resource the caller reads or writes belongs to.
    pub fn tenant(&self) -> &et_tenant::Model {
        &self.tenant
    }

    pub fn tenant_id(&self) -> i32 {
        self.tenant.id
    }

    pub fn via(&self) -> &Via {
        &self.via
    }

    /// The caller, if their role is at least `least`; otherwise Etlworks' 403.
    pub fn at_least(&self, least: Role, doing: &str) -> Result<&Caller, EtlworksError> {
        if self.role >= least {
            Ok(self)
        } else {
            Err(EtlworksError::Forbidden(format!(
                "{} role cannot {doing}: it needs {} or higher",
                self.role.title(),
                least.title()
            )))
        }
    }
}

/// Whether a sign-in waiting for its TOTP code may call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    Refused,
    Allowed,
}

/// The caller behind the bearer `token`.
pub async fn caller(
    state: &AppState,
    keys: &Keys,
    token: &str,
    pending: Pending,
) -> Result<Caller, EtlworksError> {
    let token = token.trim();
    let (account, via) = if jwt::looks_like_jwt(token) {
        let claims = keys.verify(token, state.now_ms())?;
        if claims.mfa && pending == Pending::Refused {
            return Err(EtlworksError::Unauthenticated(
                "Two-factor authentication required: POST /rest/v1/2fa/verify".into(),
            ));
        }
        if tokens::is_revoked(&state.db, &claims.jti).await? {
            return Err(EtlworksError::Unauthenticated(
                "Token was signed out".into(),
            ));
        }
        let account = users::by_id(&state.db, claims.uid)
            .await?
            .ok_or(EtlworksError::Unauthorized)?;
        if account.etl.token_version != claims.ver {
            return Err(EtlworksError::Unauthenticated(
                "Token is no longer valid".into(),
            ));
        }
        (account, Via::Jwt(claims))
    } else {
        let holder = match accounts::token_holder(state, Product::Etlworks, token).await? {
            Ok(holder) => holder,
            Err(TokenRefusal::Unknown) => return Err(EtlworksError::Unauthorized),
            Err(TokenRefusal::Expired) => {
                return Err(EtlworksError::Unauthenticated("API key has expired".into()))
            }
        };
        let account = users::by_id(&state.db, holder.user.id)
            .await?
            .ok_or(EtlworksError::Unauthorized)?;
        (account, Via::ApiKey)
    };
    if !account.etl.enabled {
        return Err(EtlworksError::Unauthenticated("User is disabled".into()));
    }
    let role = Role::parse(&account.etl.role);
    if role == Role::ApiUser {
        return Err(EtlworksError::Forbidden(
            "API User role may call only user-defined listener APIs".into(),
        ));
    }
    let tenant = acting_tenant(state, &account, role, &via).await?;
    Ok(Caller {
        account,
        role,
        tenant,
        via,
    })
}

/// The tenant `account` acts in: their own, or for a super admin the token's (a JWT) or
/// the one they last switched to (an API key), else the first.
async fn acting_tenant(
    state: &AppState,
    account: &Account,
    role: Role,
    via: &Via,
) -> Result<et_tenant::Model, EtlworksError> {
    let wanted = match (role, via) {
        (Role::SuperAdmin, Via::Jwt(claims)) => Some(claims.tenant),
        (Role::SuperAdmin, Via::ApiKey) => account.etl.current_tenant_id,
        _ => account.etl.tenant_id,
    };
    let found = match wanted {
        Some(id) => tenants::by_id(&state.db, id).await?,
        None => None,
    };
    let tenant = match (found, role) {
        (Some(t), _) => t,
        (None, Role::SuperAdmin) => tenants::first(&state.db)
            .await?
            .ok_or(EtlworksError::Internal)?,
        (None, _) => return Err(EtlworksError::Unauthorized),
    };
    if !tenant.active && role != Role::SuperAdmin {
        return Err(EtlworksError::Unauthenticated(format!(
            "Tenant {} is inactive",
            tenant.name
        )));
    }
    Ok(tenant)
}
