//! Kadi4Mat's token scopes: `<object>.<action>`. A token with none has full access (seed
//! 004); a token with some may do only what they name.

/// Every scope a personal access token may carry.
pub const ALL: &[&str] = &[
    "record.create",
    "record.read",
    "record.link",
    "record.update",
    "record.permissions",
    "record.delete",
    "collection.create",
    "collection.read",
    "collection.link",
    "collection.update",
    "collection.permissions",
    "collection.delete",
    "template.create",
    "template.read",
    "template.update",
    "template.permissions",
    "template.delete",
    "group.create",
    "group.read",
    "group.update",
    "group.members",
    "group.delete",
    "user.read",
    "misc.manage_trash",
];

/// The scopes as stored: known, de-duplicated, in [`ALL`]'s order, space-separated;
/// `None` for none (full access).
pub fn normalise(scopes: &[String]) -> Result<Option<String>, String> {
    let wanted: Vec<&str> = scopes
        .iter()
        .flat_map(|s| s.split([' ', ',']))
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(unknown) = wanted.iter().find(|s| !ALL.contains(s)) {
        return Err(format!(
            "{unknown:?} is not a Kadi4Mat scope; scopes: {}",
            ALL.join(", ")
        ));
    }
    let kept: Vec<&str> = ALL.iter().copied().filter(|s| wanted.contains(s)).collect();
    Ok((!kept.is_empty()).then(|| kept.join(" ")))
}

/// The scopes of `required` a token with `stored` scopes lacks (none for full access).
pub fn missing<'a>(stored: Option<&str>, required: &[&'a str]) -> Vec<&'a str> {
    let Some(stored) = stored.filter(|s| !s.trim().is_empty()) else {
        return Vec::new();
    };
    let held: Vec<&str> = stored.split(' ').collect();
    required
        .iter()
        .copied()
        .filter(|r| !held.contains(r))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_are_checked_ordered_and_empty_means_all() {
        let given = vec!["user.read record.read".to_string(), "record.read".into()];
        assert_eq!(
            normalise(&given).unwrap().as_deref(),
            Some("record.read user.read")
        );
        assert_eq!(normalise(&[]).unwrap(), None);
        assert!(normalise(&["record.fly".into()]).is_err());
        assert_eq!(missing(None, &["record.read"]), Vec::<&str>::new());
        assert_eq!(
            missing(Some("record.read"), &["record.read", "user.read"]),
            vec!["user.read"]
        );
    }
}
