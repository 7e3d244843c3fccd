//! The connector library: a static, honest list of the connectors, formats and
//! listeners Understudy knows, each with its property keys, which of them are secrets,
//! and how far Understudy can reach it ([`Reach`]). A `connectionType` or `formatType`
//! outside this list is refused.

/// What kind of thing a connector talks to (`ConnectorType.category`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Database,
    File,
    Http,
    Queue,
    Saas,
    Listener,
    Email,
}

/// How far Understudy can go with a connector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// A SQLite file: tested, browsed and queried for real.
    Sqlite,
    /// A PostgreSQL server: tested, browsed and queried for real.
    Postgres,
    /// A directory under the data dir: checked, and files uploaded to it.
    ServerStorage,
    /// Only a TCP connection to `host`:`port` (or the default port); Understudy cannot
    /// speak the protocol behind it.
    Tcp {
        host: &'static str,
        port: &'static str,
        default_port: u16,
    },
    /// Nothing Understudy can try (a cloud API, a listener waiting for events).
    None,
}

/// One entry of the library.
#[derive(Debug)]
pub struct Connector {
    /// The discriminator (`connection.db.postgres`).
    pub key: &'static str,
    pub name: &'static str,
    pub category: Category,
    /// The property keys the descriptor defines.
    pub properties: &'static [&'static str],
    /// The keys among them whose values are secrets (never answered in clear).
    pub secrets: &'static [&'static str],
    pub reach: Reach,
}

const HOST: &str = "field.connection.template.host";
const PORT: &str = "field.connection.template.port";
const DATABASE: &str = "field.connection.template.database";

/// The keys of a database reached by host, port, database, user and password.
const SERVER_DB: &[&str] = &[HOST, PORT, DATABASE, "user", "password"];

const fn server_db(key: &'static str, name: &'static str, default_port: u16) -> Connector {
    Connector {
        key,
        name,
        category: Category::Database,
        properties: SERVER_DB,
        secrets: &["password"],
        reach: Reach::Tcp {
            host: HOST,
            port: PORT,
            default_port,
        },
    }
}

/// Every connection and listener connector, as `GET /connections/types` lists them.
pub const CONNECTORS: &[Connector] = &[
    Connector {
        key: "connection.db.postgres",
        name: "PostgreSQL",
        category: Category::Database,
        properties: &[HOST, PORT, DATABASE, "user", "password", "sslmode"],
        secrets: &["password"],
        reach: Reach::Postgres,
    },
    Connector {
        key: "connection.db.sqlite",
        name: "SQLite",
        category: Category::Database,
        properties: &[DATABASE],
        secrets: &[],
        reach: Reach::Sqlite,
    },
    server_db("connection.db.mysql", "MySQL", 3306),
    server_db("connection.db.sqlserver", "Microsoft SQL Server", 1433),
    server_db("connection.db.oracle", "Oracle", 1521),
    Connector {
        key: "connection.db.snowflake",
        name: "Snowflake",
        category: Category::Database,
        properties: &[
            "field.connection.template.account",
            "field.connection.template.warehouse",
            DATABASE,
            "user",
            "password",
            "privateKey",
        ],
        secrets: &["password", "privateKey"],
        reach: Reach::None,
    },
    Connector {
        key: "connection.file.server",
        name: "Server storage",
        category: Category::File,
        properties: &["directory"],
        secrets: &[],
        reach: Reach::ServerStorage,
    },
    Connector {
        key: "connection.file.sftp",
        name: "SFTP",
        category: Category::File,
        properties: &[HOST, PORT, "directory", "user", "password", "privateKey"],
        secrets: &["password", "privateKey"],
        reach: Reach::Tcp {
            host: HOST,
            port: PORT,
            default_port: 22,
        },
    },
    Connector {
        key: "connection.file.ftp",
        name: "FTP",
        category: Category::File,
        properties: &[HOST, PORT, "directory", "user", "password"],
        secrets: &["password"],
        reach: Reach::Tcp {
            host: HOST,
            port: PORT,
            default_port: 21,
        },
    },
    Connector {
        key: "connection.storage.s3",
        name: "Amazon S3",
        category: Category::File,
        properties: &["bucket", "region", "directory", "accessKey", "secretKey"],
        secrets: &["secretKey"],
        reach: Reach::None,
    },
    Connector {
        key: "connection.http",
        name: "HTTP",
        category: Category::Http,
        properties: &["url", "method", "headers", "user", "password", "token"],
        secrets: &["password", "token"],
        reach: Reach::None,
    },
    Connector {
        key: "connection.kafka",
        name: "Kafka",
        category: Category::Queue,
        properties: &["bootstrapServers", "topic", "user", "password"],
        secrets: &["password"],
        reach: Reach::None,
    },
    Connector {
        key: "connection.salesforce",
        name: "Salesforce",
        category: Category::Saas,
        properties: &["instanceUrl", "user", "password", "securityToken"],
        secrets: &["password", "securityToken"],
        reach: Reach::None,
    },
    Connector {
        key: "connection.email.smtp",
        name: "Outbound email (SMTP)",
        category: Category::Email,
        properties: &[HOST, PORT, "user", "password", "from"],
        secrets: &["password"],
        reach: Reach::Tcp {
            host: HOST,
            port: PORT,
            default_port: 25,
        },
    },
    Connector {
        key: "listener.http",
        name: "HTTP listener",
        category: Category::Listener,
        properties: &["pattern", "method", "flowId", "authentication"],
        secrets: &[],
        reach: Reach::None,
    },
    Connector {
        key: "listener.kafka",
        name: "Kafka listener",
        category: Category::Listener,
        properties: &[
            "bootstrapServers",
            "topic",
            "groupId",
            "flowId",
            "user",
            "password",
        ],
        secrets: &["password"],
        reach: Reach::None,
    },
    Connector {
        key: "listener.sqs",
        name: "Amazon SQS listener",
        category: Category::Listener,
        properties: &["queueUrl", "region", "flowId", "accessKey", "secretKey"],
        secrets: &["secretKey"],
        reach: Reach::None,
    },
    Connector {
        key: "listener.mqtt",
        name: "MQTT listener",
        category: Category::Listener,
        properties: &["url", "topic", "flowId", "user", "password"],
        secrets: &["password"],
        reach: Reach::None,
    },
];

/// The file formats a format may have (`formatType`), each with its property keys.
pub const FORMATS: &[(&str, &[&str])] = &[
    (
        "format.csv",
        &[
            "delimiter",
            "firstRowFieldNames",
            "encoding",
            "quote",
            "escape",
            "lineSeparator",
        ],
    ),
    ("format.json", &["encoding", "rootElement", "pretty"]),
    ("format.xml", &["encoding", "rootElement", "rowElement"]),
    ("format.excel", &["sheet", "firstRowFieldNames"]),
    ("format.fixed", &["columnWidths", "encoding"]),
    ("format.parquet", &["compression"]),
    ("format.avro", &["compression", "schema"]),
];

/// The connector `key`, connection or listener.
pub fn connector(key: &str) -> Option<&'static Connector> {
    CONNECTORS.iter().find(|c| c.key == key)
}

/// Whether `key` is a format type of the library.
pub fn is_format(key: &str) -> bool {
    FORMATS.iter().any(|(k, _)| *k == key)
}

/// Words that mark a property as a secret whatever the descriptor says (a key a client
/// added beyond the descriptor's is never answered in clear either).
const SECRET_WORDS: &[&str] = &[
    "password",
    "secret",
    "token",
    "privatekey",
    "private_key",
    "apikey",
    "api_key",
    "credential",
    "passphrase",
];

/// Whether property `key` of `connector` holds a secret.
pub fn is_secret(connector: Option<&Connector>, key: &str) -> bool {
    if connector.is_some_and(|c| c.secrets.contains(&key)) {
        return true;
    }
    let lower = key.to_ascii_lowercase();
    SECRET_WORDS.iter().any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_secrets_are_declared_properties() {
        for (i, c) in CONNECTORS.iter().enumerate() {
            assert!(
                CONNECTORS[i + 1..].iter().all(|o| o.key != c.key),
                "{}",
                c.key
            );
            for s in c.secrets {
                assert!(c.properties.contains(s), "{}: {s}", c.key);
            }
        }
    }

    #[test]
    fn secrets_are_found_by_descriptor_and_by_name() {
        let pg = connector("connection.db.postgres");
        assert!(is_secret(pg, "password"));
        assert!(is_secret(pg, "sshPrivateKey"));
        assert!(is_secret(None, "API_TOKEN"));
        assert!(!is_secret(pg, "user"));
    }
}
