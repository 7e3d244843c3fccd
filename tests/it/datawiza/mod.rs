//! `/admin/api/v1/*`, mirrored: applications listing and SSL settings.

mod applications;
mod ssl;

/// Two applications, as in the seed's sample, for listing and SSL tests.
pub const FIXTURES: &str = r#"
datawiza:
  applications:
    - id: 68496c6bd01242b98e2f469eaa2f3465
      name: TEST MFA RULE
      publicDomain: https://jde.example.com
      listenPort: 443
    - id: d1f23a6f395045dabc2967cb300eb749
      name: aaaa2222
      publicDomain: https://header.datawiza.net
    - name: Payroll Portal
      publicDomain: https://payroll.example.com
      listenPort: 8443
      enabled: false
"#;
