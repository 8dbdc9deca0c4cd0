//! The `granty` command: serve the web API and worker, run migrations, seed demo data, add users.

mod audit_cli;
mod backup;
mod config;
mod config_cli;
mod logging;
mod secret_key;
mod seed;
mod signing;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use config::Config;
use granty_domain::roles::Role;
use granty_domain::Language;
use granty_store::accounts::{self, NewUser};
use granty_store::{Db, Storage};
use granty_web::{AppState, Limits, SystemClock};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Parser)]
#[command(
    name = "granty",
    about = "Granty: a municipality's grant cycle with NGOs"
)]
struct Cli {
    /// Folder with default.toml and per-environment files.
    #[arg(long, env = "GRANTY_CONFIG_DIR", default_value = "config")]
    config_dir: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server and the worker (migrates first).
    Serve {
        /// Run the web server only; start workers separately with `granty worker`.
        #[arg(long)]
        no_worker: bool,
    },
    /// Run the background worker alone.
    Worker,
    /// Bring the database schema up to date.
    Migrate,
    /// Create the demo tenant `demo` with its users, organisations and an open call (once).
    SeedDemo,
    /// Check the audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Copy the database and every stored attachment into a new folder (online).
    Backup { dir: PathBuf },
    /// Replace the database and put back the attachments from a backup folder; stop the server first.
    Restore { dir: PathBuf },
    /// Personal data (RODO/GDPR) of one person.
    Person {
        #[command(subcommand)]
        command: PersonCommand,
    },
    /// Manage users.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// The configuration.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// The PDF templates.
    Templates {
        #[command(subcommand)]
        command: TemplatesCommand,
    },
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Check every key, the templates and the signing certificate; print each problem and exit
    /// 1 when there is one.
    Check,
}

#[derive(Subcommand)]
enum TemplatesCommand {
    /// Load every template (and each tenant's overrides); exit 1 naming file and line of each error.
    Check,
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Walk each tenant's hash chain; exit 1 naming the first changed, removed or inserted entry.
    Verify,
}

#[derive(Subcommand)]
enum PersonCommand {
    /// Print everything held about the person as JSON (art. 15 and 20).
    Export { email: String },
    /// Erase the person's details, keeping submitted offers and the audit trail (art. 17).
    Erase { email: String },
    /// Run the retention job now (the worker runs it nightly).
    Retention,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user with a role in a tenant; the password is read from GRANTY_PASSWORD or a prompt.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        tenant: String,
        /// ngo, clerk, evaluator or admin.
        #[arg(long)]
        role: String,
        #[arg(long, default_value = "pl")]
        language: String,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    if let Command::Config {
        command: ConfigCommand::Check,
    } = cli.command
    {
        let fine = config_cli::check(&cli.config_dir);
        std::process::exit(if fine { 0 } else { 1 });
    }
    let config = match Config::load(&cli.config_dir) {
        Ok(config) => config,
        Err(problems) => {
            eprintln!("granty: {problems}");
            std::process::exit(2);
        }
    };
    logging::init(&config);
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(run(cli.command, config))
}

async fn connect(config: &Config) -> Result<Db> {
    if let Some(path) = config.database_url.0.strip_prefix("sqlite://") {
        let file = path.split('?').next().unwrap_or(path);
        if let Some(parent) = std::path::Path::new(file)
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
        {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
    }
    let keys = config.secret_key.load()?;
    let db = Db::connect(&config.database_url.0)
        .await
        .context("connecting to the database (database_url)")?
        .with_secret_keys(keys);
    db.migrate().await.context("running migrations")?;
    secret_key::seal_two_factor_secrets(&db).await?;
    Ok(db)
}

async fn run(command: Command, config: Config) -> Result<()> {
    match command {
        Command::Migrate => {
            connect(&config).await?;
            println!("Database is up to date.");
        }
        Command::SeedDemo => {
            let db = connect(&config).await?;
            let storage =
                Storage::open(&config.storage).context("opening storage (storage_url)")?;
            let limits = Limits {
                max_attachment_bytes: config.max_attachment_bytes,
                ..Limits::default()
            };
            let documents = load_templates(&config)?;
            let now = chrono::Utc::now();
            // A development identity generated now is dated a day back, so the seeded signing
            // (at `now`) falls inside its validity.
            let signer = config.signing.load(now - chrono::Duration::days(1))?;
            let files = seed::Files {
                storage: &storage,
                rules: limits.file_rules(),
                documents: &documents,
                signer: signer.as_ref(),
            };
            match seed::seed_demo(&db, &files, now).await? {
                Some(seeded) => seeded.print(&config.public_url),
                None => println!("Demo tenant `demo` already exists: nothing added."),
            }
            println!(
                "Demo logins (tenant `demo`, password `{}`):",
                seed::DEMO_PASSWORD
            );
            for login in seed::DEMO_LOGINS {
                println!("  {:<32} {}", login.email, login.role.code());
            }
            println!(
                "  {} also asks for a two-factor code: add the key {} to an authenticator app.",
                seed::TWO_FACTOR_CLERK,
                seed::DEMO_TOTP_SECRET
            );
        }
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    name,
                    tenant,
                    role,
                    language,
                },
        } => {
            let db = connect(&config).await?;
            let role: Role = role.parse().map_err(anyhow::Error::msg)?;
            let language: Language = language.parse()?;
            let password = match std::env::var("GRANTY_PASSWORD") {
                Ok(p) => p,
                Err(_) => rpassword::prompt_password("Password: ")?,
            };
            let tenant = accounts::tenant_by_slug(&db.reader, &tenant)
                .await
                .map_err(|_| anyhow::anyhow!("no tenant `{tenant}`"))?;
            let now = chrono::Utc::now();
            let id = accounts::create_user(
                &db,
                NewUser {
                    email: &email,
                    password: &password,
                    display_name: &name,
                    language,
                },
                now,
            )
            .await
            .map_err(|e| anyhow::anyhow!("adding the user: {e:?}"))?;
            accounts::grant_role(&db, id, tenant.id, role, now)
                .await
                .map_err(|e| anyhow::anyhow!("{e:?}"))?;
            println!("User {email} added as {} in {}.", role.code(), tenant.slug);
        }
        Command::Audit {
            command: AuditCommand::Verify,
        } => {
            let db = connect(&config).await?;
            if !audit_cli::verify(&db).await? {
                std::process::exit(1);
            }
        }
        Command::Backup { dir } => {
            let db = connect(&config).await?;
            let storage =
                Storage::open(&config.storage).context("opening storage (storage_url)")?;
            backup::backup(&config.database_url.0, &db, &storage, &dir).await?;
            println!("Backup written to {}.", dir.display());
        }
        Command::Restore { dir } => {
            let storage =
                Storage::open(&config.storage).context("opening storage (storage_url)")?;
            backup::restore(&config.database_url.0, &storage, &dir).await?;
            // A backup from an older version is brought up to date.
            connect(&config).await?;
            println!("Restored from {}.", dir.display());
        }
        Command::Person { command } => person(command, &config).await?,
        Command::Worker => {
            let db = connect(&config).await?;
            let mailer = mailer(&config)?;
            granty_worker::run(
                db,
                mailer,
                Arc::new(granty_worker::SystemNow),
                config.worker.clone(),
                Arc::new(load_templates(&config)?),
                // A worker alone serves no /metrics: its deliveries show in the outbox gauges.
                granty_worker::WorkerMetrics::default(),
                shutdown_signal(),
            )
            .await?;
        }
        Command::Serve { no_worker } => serve(config, no_worker).await?,
        // Handled in `main`, before the configuration is loaded (it may not load).
        Command::Config { .. } => {}
        Command::Templates {
            command: TemplatesCommand::Check,
        } => {
            load_templates(&config)?;
            println!("templates in {} are fine", config.templates_dir.display());
        }
    }
    Ok(())
}

/// The PDF templates, refused at start-up when one is broken (file, line, what).
pub(crate) fn load_templates(config: &Config) -> Result<granty_documents::Engine> {
    let folder = config.templates_dir.display();
    let engine = granty_documents::Engine::load(&config.templates_dir)
        .map_err(|errors| anyhow::anyhow!("the templates in {folder} are broken:\n{errors}"))?;
    let missing: Vec<String> = engine
        .missing_kinds()
        .iter()
        .map(|kind| format!("{folder}/{}.xml", kind.stem()))
        .collect();
    if !missing.is_empty() {
        anyhow::bail!(
            "templates_dir: no template {} (is `templates_dir` the pdf-templates folder?)",
            missing.join(", ")
        );
    }
    Ok(engine)
}

async fn serve(config: Config, no_worker: bool) -> Result<()> {
    let db = connect(&config).await?;
    let storage =
        Storage::open(&config.storage).context("opening attachment storage (storage_url)")?;
    tokio::spawn(remove_unreferenced_files(db.clone(), storage.clone()));
    let limits = Limits {
        max_attachment_bytes: config.max_attachment_bytes,
        ..Limits::default()
    };
    let documents = Arc::new(load_templates(&config)?);
    // One registry for the process: the worker's counters and the web's metrics.
    let worker_metrics = granty_worker::WorkerMetrics::default();
    let mut registry = granty_web::metrics::Registry::default();
    worker_metrics.register(&mut registry);
    let token = config.metrics_token.as_ref().map(|t| t.0.clone());
    let metrics = granty_web::Metrics::new(registry, token);
    let state = AppState {
        db: db.clone(),
        storage,
        clock: Arc::new(SystemClock),
        limits: Arc::new(limits),
        accounts: Arc::new(config.accounts.clone()),
        secure_cookies: config.public_url.scheme() == "https",
        documents: documents.clone(),
        signer: config.signing.load(chrono::Utc::now())?.map(Arc::new),
        metrics: Arc::new(metrics),
        public_url: Arc::new(config.public_url.clone()),
    };
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("listening on {} (listen)", config.listen))?;
    let worker = if no_worker {
        None
    } else {
        let mailer = mailer(&config)?;
        let job = granty_worker::run(
            db,
            mailer,
            Arc::new(granty_worker::SystemNow),
            config.worker.clone(),
            documents,
            worker_metrics,
            shutdown_signal(),
        );
        Some(tokio::spawn(job))
    };
    tracing::info!(mail = %config.mail.describe(), "mail transport configured");
    println!(
        "Granty is ready at {} (API under /api/v1)",
        config.public_url
    );
    // The peer's address reaches handlers (login throttling counts per client address).
    let app =
        granty_web::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    if let Some(worker) = worker {
        worker.await??;
    }
    Ok(())
}

async fn person(command: PersonCommand, config: &Config) -> Result<()> {
    use granty_store::personal;
    let db = connect(config).await?;
    let now = chrono::Utc::now();
    let failed = |e: granty_store::StoreError| anyhow::anyhow!("{e:?}");
    match command {
        PersonCommand::Export { email } => {
            let data = personal::export(&db, &email).await.map_err(failed)?;
            println!("{}", serde_json::to_string_pretty(&data)?);
        }
        PersonCommand::Erase { email } => {
            let id = personal::erase(&db, &email, now).await.map_err(failed)?;
            println!("Person {id} erased; submitted offers and the audit trail are kept.");
        }
        PersonCommand::Retention => {
            let policy = config.worker.retention;
            let purged = personal::retention::purge(&db, now, &policy)
                .await
                .map_err(failed)?;
            println!("{purged:?}");
        }
    }
    Ok(())
}

/// Removes files a killed process left without their row (see `granty_store::orphans`): only
/// those older than an hour, so an upload in flight on another instance keeps its file.
async fn remove_unreferenced_files(db: Db, storage: Storage) {
    let older_than = chrono::Utc::now() - chrono::Duration::hours(1);
    match granty_store::orphans::remove_unreferenced(&db, &storage, older_than).await {
        Ok(0) => {}
        Ok(removed) => tracing::info!(removed, "removed files no row points to"),
        Err(error) => tracing::warn!(%error, "could not look for files no row points to"),
    }
}

fn mailer(config: &Config) -> Result<Arc<dyn granty_worker::mailer::Mailer>> {
    use granty_worker::mailer::{FolderMailer, SmtpMailer};
    Ok(match &config.mail {
        config::MailConfig::Smtp { url } => Arc::new(
            SmtpMailer::new(&url.0, config.mail_from.clone())
                .map_err(|e| anyhow::anyhow!("configuration key `smtp_url`: {e}"))?,
        ),
        config::MailConfig::Outbox(folder) => Arc::new(
            FolderMailer::new(folder.clone(), config.mail_from.clone()).with_context(|| {
                format!("creating the outbox folder {} (smtp_url)", folder.display())
            })?,
        ),
    })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
