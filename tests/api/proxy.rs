//! A TCP proxy the test can cut and restore, standing in for a service that goes away (a
//! PostgreSQL restart, object storage down) without disturbing the machine's real services,
//! which other tests use at the same time.
//!
//! Cut means what a restarting server does to its clients: every open connection is closed and
//! new ones are refused (the listening port is closed, so connecting fails with "connection
//! refused"). Restore listens on the same port again.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

pub struct Proxy {
    pub port: u16,
    target: SocketAddr,
    /// The accepting task and every connection's pump: aborting them closes the sockets.
    tasks: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Proxy {
    /// Forwards a fresh loopback port to `target`.
    pub async fn start(target: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("address").port();
        let proxy = Proxy {
            port,
            target,
            tasks: Arc::default(),
        };
        proxy.serve(listener);
        proxy
    }

    /// The service goes away: open connections drop, new ones are refused.
    pub async fn cut(&self) {
        self.abort_all();
        // A connection accepted just as the accepting task was aborted may have registered its
        // pump after the first sweep: sweep again once the abort has landed.
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        self.abort_all();
    }

    fn abort_all(&self) {
        for task in self.tasks.lock().unwrap().drain(..) {
            task.abort();
        }
    }

    /// The service is back on the same port.
    pub async fn restore(&self) {
        // The port was just freed; binding it again may take a moment after the abort lands.
        for _ in 0..50 {
            if let Ok(listener) = TcpListener::bind(("127.0.0.1", self.port)).await {
                self.serve(listener);
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        panic!("could not listen on port {} again", self.port);
    }

    fn serve(&self, listener: TcpListener) {
        let (target, tasks) = (self.target, self.tasks.clone());
        let accepting = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let pump = tokio::spawn(async move {
                    if let Ok(server) = TcpStream::connect(target).await {
                        let (mut client, mut server) = (client, server);
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
                tasks.lock().unwrap().push(pump);
            }
        });
        self.tasks.lock().unwrap().push(accepting);
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.abort_all();
    }
}
