//! Starting and stopping real mode: open the store, bootstrap, start background jobs,
//! serve until told to stop, then drain.

use std::net::SocketAddr;
use std::time::Duration;

use poem::listener::{Acceptor, Listener, TcpListener};
use tokio::sync::watch;

use crate::bootstrap::{self, Bootstrap};
use crate::config::Config;
use crate::state::{AppState, Environment};
use crate::store;
use crate::surfaces::etlworks::jobs as etlworks_jobs;
use crate::surfaces::kadi4mat::jobs as kadi4mat_jobs;
use crate::surfaces::kawa::workflows::runner as kawa_runs;
use crate::surfaces::syntho::jobs;

/// A server that is listening; dropping it does not stop it, [`Running::stop`] does.
pub struct Running {
    pub addr: SocketAddr,
    pub state: AppState,
    /// What bootstrap created on first start (clear-text credentials, shown once).
    pub bootstrap: Option<Bootstrap>,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Asks the server to stop and waits until in-flight requests and jobs are done.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

/// Opens the database, bootstraps, binds and starts serving in the background, on the
/// system clock and the operating system's random source.
pub async fn start(config: Config) -> Result<Running, String> {
    start_with(config, Environment::system()).await
}

/// [`start`] with the clock and id source given (tests drive time; the same seed gives
/// the same ids).
pub async fn start_with(config: Config, env: Environment) -> Result<Running, String> {
    if config.database_url.is_none() {
        std::fs::create_dir_all(&config.data_dir)
            .map_err(|e| format!("cannot create {}: {e}", config.data_dir.display()))?;
    }
    let db = store::connect(&config.resolved_database_url())
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    let state = AppState::new(db, config, env);
    let created = bootstrap::run(&state).await?;

    let acceptor = TcpListener::bind(SocketAddr::new(state.config.host, state.config.port))
        .into_acceptor()
        .await
        .map_err(|e| {
            format!(
                "cannot listen on {}:{}: {e}",
                state.config.host, state.config.port
            )
        })?;
    let addr = acceptor
        .local_addr()
        .first()
        .and_then(|a| a.as_socket_addr().copied())
        .ok_or("the listener has no address")?;

    let (stop_tx, stop_rx) = watch::channel(false);
    let job_runner = state.config.run_jobs.then(|| {
        let syntho = tokio::spawn(jobs::run(state.clone(), stop_rx.clone()));
        let kadi4mat = tokio::spawn(kadi4mat_jobs::run(state.clone(), stop_rx.clone()));
        let kawa = tokio::spawn(kawa_runs::run(state.clone(), stop_rx.clone()));
        let etlworks = tokio::spawn(etlworks_jobs::run(state.clone(), stop_rx.clone()));
        async move {
            let _ = syntho.await;
            let _ = kadi4mat.await;
            let _ = kawa.await;
            let _ = etlworks.await;
        }
    });
    let app = crate::http::app(state.clone());
    let mut server_stop = stop_rx;
    let task = tokio::spawn(async move {
        let result = poem::Server::new_with_acceptor(acceptor)
            .run_with_graceful_shutdown(
                app,
                async move {
                    let _ = server_stop.wait_for(|stopped| *stopped).await;
                },
                Some(Duration::from_secs(20)),
            )
            .await;
        if let Err(e) = result {
            tracing::error!(error = %e, "server stopped with an error");
        }
        if let Some(runners) = job_runner {
            runners.await;
        }
    });
    Ok(Running {
        addr,
        state,
        bootstrap: created,
        stop: stop_tx,
        task,
    })
}
