//! The licenses a record may carry: the catalogue a Kadi4Mat instance ships (Open
//! Definition's list, which Kadi loads at setup), by short name.

/// (name, title, url).
pub const LICENSES: &[(&str, &str, Option<&str>)] = &[
    (
        "AFL-3.0",
        "Academic Free License 3.0",
        Some("https://opensource.org/licenses/AFL-3.0"),
    ),
    (
        "AGPL-3.0",
        "GNU Affero General Public License v3",
        Some("https://opensource.org/licenses/AGPL-3.0"),
    ),
    (
        "Apache-2.0",
        "Apache License 2.0",
        Some("https://opensource.org/licenses/Apache-2.0"),
    ),
    (
        "BSD-2-Clause",
        "BSD 2-Clause \"Simplified\" or \"FreeBSD\" License",
        Some("https://opensource.org/licenses/BSD-2-Clause"),
    ),
    (
        "BSD-3-Clause",
        "BSD 3-Clause \"New\" or \"Revised\" License",
        Some("https://opensource.org/licenses/BSD-3-Clause"),
    ),
    (
        "CC-BY-4.0",
        "Creative Commons Attribution 4.0 International",
        Some("https://creativecommons.org/licenses/by/4.0/legalcode"),
    ),
    (
        "CC-BY-NC-4.0",
        "Creative Commons Attribution-NonCommercial 4.0 International",
        Some("https://creativecommons.org/licenses/by-nc/4.0/legalcode"),
    ),
    (
        "CC-BY-NC-ND-4.0",
        "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International",
        Some("https://creativecommons.org/licenses/by-nc-nd/4.0/legalcode"),
    ),
    (
        "CC-BY-NC-SA-4.0",
        "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
        Some("https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode"),
    ),
    (
        "CC-BY-ND-4.0",
        "Creative Commons Attribution-NoDerivatives 4.0 International",
        Some("https://creativecommons.org/licenses/by-nd/4.0/legalcode"),
    ),
    (
        "CC-BY-SA-4.0",
        "Creative Commons Attribution-ShareAlike 4.0 International",
        Some("https://creativecommons.org/licenses/by-sa/4.0/legalcode"),
    ),
    (
        "CC0-1.0",
        "Creative Commons Zero v1.0 Universal",
        Some("https://creativecommons.org/publicdomain/zero/1.0/legalcode"),
    ),
    (
        "EPL-2.0",
        "Eclipse Public License 2.0",
        Some("https://opensource.org/licenses/EPL-2.0"),
    ),
    (
        "GPL-2.0",
        "GNU General Public License v2.0",
        Some("https://opensource.org/licenses/GPL-2.0"),
    ),
    (
        "GPL-3.0",
        "GNU General Public License v3.0",
        Some("https://opensource.org/licenses/GPL-3.0"),
    ),
    (
        "LGPL-3.0",
        "GNU Lesser General Public License v3.0",
        Some("https://opensource.org/licenses/LGPL-3.0"),
    ),
    (
        "MIT",
        "MIT License",
        Some("https://opensource.org/licenses/MIT"),
    ),
    (
        "MPL-2.0",
        "Mozilla Public License 2.0",
        Some("https://opensource.org/licenses/MPL-2.0"),
    ),
    (
        "ODC-BY-1.0",
        "Open Data Commons Attribution License v1.0",
        Some("https://opendatacommons.org/licenses/by/1-0/"),
    ),
    (
        "ODbL-1.0",
        "Open Data Commons Open Database License v1.0",
        Some("https://opendatacommons.org/licenses/odbl/1-0/"),
    ),
    (
        "PDDL-1.0",
        "Open Data Commons Public Domain Dedication and License v1.0",
        Some("https://opendatacommons.org/licenses/pddl/1-0/"),
    ),
    ("other-at", "Other (Attribution)", None),
    ("other-closed", "Other (Not Open)", None),
    ("other-open", "Other (Open)", None),
];

/// Whether `name` is a license of the catalogue.
pub fn exists(name: &str) -> bool {
    LICENSES.iter().any(|(n, _, _)| *n == name)
}
