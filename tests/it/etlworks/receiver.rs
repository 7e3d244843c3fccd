//! A webhook receiver for the tests: a bare HTTP/1.1 listener on 127.0.0.1 that keeps
//! every request it gets and answers each with the next status it was told to (200 once
//! the list runs out), or with what a function says (a fake OAuth provider).

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request the receiver got.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    /// Path and query.
    pub target: String,
    /// Lower-case names.
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(&name.to_ascii_lowercase())
            .map_or("", String::as_str)
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

/// What the receiver answers to a request: a status and a body.
pub type Responder = Arc<dyn Fn(&Received) -> (u16, String) + Send + Sync>;

/// A running receiver.
pub struct Receiver {
    pub url: String,
    got: Arc<Mutex<Vec<Received>>>,
    statuses: Arc<Mutex<VecDeque<u16>>>,
}

impl Receiver {
    /// Starts a receiver answering `statuses` in turn, then 200.
    pub async fn start(statuses: &[u16]) -> Receiver {
        let statuses = Arc::new(Mutex::new(
            statuses.iter().copied().collect::<VecDeque<_>>(),
        ));
        let s = statuses.clone();
        let answer: Responder = Arc::new(move |_| {
            let status = s.lock().unwrap().pop_front().unwrap_or(200);
            (status, "ok".to_string())
        });
        Receiver::start_with(answer, statuses).await
    }

    /// Starts a receiver answering each request with what `answer` says (a fake
    /// provider's JSON, say).
    pub async fn answering(answer: Responder) -> Receiver {
        Receiver::start_with(answer, Arc::default()).await
    }

    async fn start_with(answer: Responder, statuses: Arc<Mutex<VecDeque<u16>>>) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
        let url = format!("http://{}/hook", listener.local_addr().expect("an address"));
        let got = Arc::new(Mutex::new(Vec::new()));
        let g = got.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (g, a) = (g.clone(), answer.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, g, a).await;
                });
            }
        });
        Receiver { url, got, statuses }
    }

    /// The receiver's address without the path (`http://127.0.0.1:<port>`).
    pub fn base(&self) -> String {
        self.url.trim_end_matches("/hook").to_string()
    }

    /// Every request so far.
    pub fn got(&self) -> Vec<Received> {
        self.got.lock().unwrap().clone()
    }

    /// Statuses not answered yet.
    pub fn pending_statuses(&self) -> usize {
        self.statuses.lock().unwrap().len()
    }
}

/// A URL nothing listens on (a port bound and released).
pub async fn closed_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("a port");
    let addr = listener.local_addr().expect("an address");
    drop(listener);
    format!("http://{addr}/hook")
}

async fn serve(
    mut stream: TcpStream,
    got: Arc<Mutex<Vec<Received>>>,
    answer: Responder,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut chunk)).await??;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or_default().split(' ');
    let method = first.next().unwrap_or_default().to_string();
    let target = first.next().unwrap_or_default().to_string();
    let headers: HashMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut chunk)).await??;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = buf[head_end..].to_vec();
    let received = Received {
        method,
        target,
        headers,
        body,
    };
    let (status, text) = answer(&received);
    got.lock().unwrap().push(received);
    let reply = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    );
    stream.write_all(reply.as_bytes()).await?;
    stream.shutdown().await
}
