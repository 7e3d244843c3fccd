//! The caller's own profile (names, email, locale, time zone, UI settings) and
//! notification preferences.

use generated::etlworks::v1 as api;

use super::audit::{self, Write};
use super::error::EtlworksError;
use super::fields;
use crate::authz::etlworks::Caller;
use crate::state::AppState;
use crate::store::etlworks::users;

/// A new user's UI settings.
pub const DEFAULT_SETTINGS: &str =
    r#"{"theme":"system","dateFormat":"yyyy-MM-dd HH:mm","defaultPageSize":50}"#;

/// A new user's notification preferences.
pub const DEFAULT_NOTIFICATIONS: &str = r#"{"emailOnFlowFailure":true,"emailOnFlowSuccess":false,"inAppMessages":true,"digest":"none"}"#;

pub fn get(caller: &Caller) -> api::UserProfile {
    view(caller.account(), caller)
}

/// Changes the fields given; the others keep their value.
pub async fn update(
    state: &AppState,
    caller: &Caller,
    input: api::UserProfileUpdate,
) -> Result<api::UserProfile, EtlworksError> {
    let before = get(caller);
    let mut account = caller.account().clone();
    if let Some(email) = input.email {
        let email = fields::email("email", &email)?;
        if users::email_taken(&state.db, &email, Some(caller.id())).await? {
            return Err(EtlworksError::Conflict(format!(
                "User with email {email} already exists"
            )));
        }
        account.person.email = email;
    }
    if let Some(first) = input.first_name {
        account.person.first_name = first;
    }
    if let Some(last) = input.last_name {
        account.person.last_name = last;
    }
    if let Some(locale) = input.locale {
        account.etl.locale = fields::language_tag("locale", &locale)?;
    }
    if let Some(zone) = input.time_zone {
        if zone.parse::<chrono_tz::Tz>().is_err() {
            return Err(EtlworksError::BadRequest(format!(
                "Field 'timeZone': {zone:?} is not an IANA time zone"
            )));
        }
        account.etl.time_zone = zone;
    }
    if let Some(settings) = input.settings {
        account.etl.settings =
            serde_json::to_string(&settings).map_err(|_| EtlworksError::Internal)?;
    }
    let txn = crate::store::begin(&state.db).await?;
    let saved = users::update(&txn, account).await?;
    let after = view(&saved, caller);
    let write = Write::new("update_profile", "user", caller.id().to_string())
        .named(caller.login())
        .before(&before)
        .after(&after);
    audit::record(&txn, state.now_ms(), caller, write).await?;
    txn.commit().await?;
    Ok(after)
}

pub fn notifications(caller: &Caller) -> api::NotificationPreferences {
    // Stored by this module from the contract's type; a row it cannot read (edited by
    // hand) reads as the defaults rather than failing the call.
    serde_json::from_str(&caller.account().etl.notifications).unwrap_or(
        api::NotificationPreferences {
            email_on_flow_failure: true,
            email_on_flow_success: false,
            in_app_messages: true,
            digest: api::NotificationPreferencesDigest::None,
        },
    )
}

pub async fn set_notifications(
    state: &AppState,
    caller: &Caller,
    input: api::NotificationPreferences,
) -> Result<api::NotificationPreferences, EtlworksError> {
    let before = notifications(caller);
    let mut account = caller.account().clone();
    account.etl.notifications =
        serde_json::to_string(&input).map_err(|_| EtlworksError::Internal)?;
    let txn = crate::store::begin(&state.db).await?;
    users::update(&txn, account).await?;
    let write = Write::new("update_notifications", "user", caller.id().to_string())
        .named(caller.login())
        .before(&before)
        .after(&input);
    audit::record(&txn, state.now_ms(), caller, write).await?;
    txn.commit().await?;
    Ok(input)
}

fn view(account: &users::Account, caller: &Caller) -> api::UserProfile {
    // As for the preferences: an unreadable row reads as the defaults.
    let settings = serde_json::from_str(&account.etl.settings).unwrap_or(api::ProfileSettings {
        theme: api::ProfileSettingsTheme::System,
        date_format: "yyyy-MM-dd HH:mm".into(),
        default_page_size: 50,
    });
    api::UserProfile {
        id: account.person.id.into(),
        login: account.etl.login.clone(),
        email: account.person.email.clone(),
        first_name: account.person.first_name.clone(),
        last_name: account.person.last_name.clone(),
        locale: account.etl.locale.clone(),
        time_zone: account.etl.time_zone.clone(),
        role: caller.role().wire(),
        tenant_id: Some(caller.tenant_id().into()),
        tenant_name: Some(caller.tenant().name.clone()),
        settings,
    }
}
