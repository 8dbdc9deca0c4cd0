//! A router that remembers what it mounts. axum cannot list a router's routes, so every route of
//! the application goes through [`Routes::route`] (same arguments as `Router::route`), which keeps
//! the path pattern; the access table's test (`access::tests`) asks the real router which methods
//! each path answers and fails when a route has no row in `access::ROUTES` or a row no route.

use crate::AppState;
use axum::routing::MethodRouter;
use axum::Router;

/// An axum router plus the path patterns mounted on it, prefixes of nested routers included.
pub struct Routes {
    router: Router<AppState>,
    paths: Vec<String>,
}

impl Default for Routes {
    fn default() -> Self {
        Routes {
            router: Router::new(),
            paths: Vec::new(),
        }
    }
}

impl Routes {
    /// Mounts `method_router` at `path`, as `Router::route` does, and remembers the path.
    pub fn route(mut self, path: &str, method_router: MethodRouter<AppState>) -> Routes {
        self.router = self.router.route(path, method_router);
        self.paths.push(path.to_string());
        self
    }

    pub fn merge(mut self, other: Routes) -> Routes {
        self.router = self.router.merge(other.router);
        self.paths.extend(other.paths);
        self
    }

    /// Mounts `other` under `prefix` (`/api/v1`).
    pub fn nest(mut self, prefix: &str, other: Routes) -> Routes {
        self.router = self.router.nest(prefix, other.router);
        let nested = other.paths.into_iter().map(|p| format!("{prefix}{p}"));
        self.paths.extend(nested);
        self
    }

    /// Wraps the routes mounted so far (a middleware layer), keeping their paths.
    pub fn wrap(mut self, with: impl FnOnce(Router<AppState>) -> Router<AppState>) -> Routes {
        self.router = with(self.router);
        self
    }

    /// Every path pattern mounted, in the order mounted.
    pub fn paths(&self) -> &[String] {
        &self.paths
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}
