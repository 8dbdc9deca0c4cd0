//! The access table walked: every route of `granty_web::access::ROUTES`, called by every kind of
//! caller on every kind of object it names, answers what the table says. One set of objects per
//! database (`world`); what a route changes or removes is done on a throwaway copy (`fresh`).
//! The rules that must hold whatever the table says are asserted on their own in `holds`.

mod bodies;
mod committee;
mod fresh;
mod holds;
mod make;
mod objects;
mod recipes;
mod send;
mod things;
mod world;

use crate::on_both_databases;
use crate::support::Backend;
use futures::stream::{self, StreamExt};
use granty_web::access::{Answer, Caller as TableCaller, Route, ROUTES};
use reqwest::StatusCode;
use send::Reply;
use world::{Caller, World};

on_both_databases!(every_route_answers_every_caller_as_the_table_says);

/// How an answer reads against the table: let in, sent to log in, 403, 404, or something else.
fn class(reply: &Reply) -> Result<Answer, StatusCode> {
    let status = reply.status;
    match status.as_u16() {
        401 => Ok(Answer::Login),
        // A logout also ends on the login page, with the session cookie cleared.
        303 | 302 | 307 if reply.location.starts_with("/login") && !reply.ended_session => {
            Ok(Answer::Login)
        }
        403 => Ok(Answer::Forbidden),
        404 => Ok(Answer::NotFound),
        200..=399 | 409 | 410 | 422 => Ok(Answer::Allowed),
        _ => Err(status),
    }
}

/// How many callers of one route ask at once (the whole cast: they do not share what they change).
const CALLERS_AT_ONCE: usize = 14;

fn table_caller(world: &World, caller: &Caller) -> TableCaller {
    TableCaller {
        role: caller.role,
        town: world.towns[caller.town].id,
    }
}

/// Calls `route` as `caller` on each object it names; returns what differed from the table.
async fn walk_route(world: &World, route: &Route, caller: &Caller) -> Vec<String> {
    let Some(recipe) = recipes::recipe(route) else {
        return vec![format!(
            "{} {}: no recipe to call it",
            route.method, route.path
        )];
    };
    let mut differences = vec![];
    for thing in world.things(recipe.objects, caller) {
        if thing.mirrors_the_first_town_for(caller) {
            continue;
        }
        let expected = route
            .access
            .answer(table_caller(world, caller), thing.target(world, caller));
        let acts = recipe.destructive && expected == Answer::Allowed;
        let thing = match thing.fresh.always() || acts {
            true => world.fresh(&thing, caller).await,
            false => thing,
        };
        let request = (route.method, route.path, recipe.body);
        let let_in = expected == Answer::Allowed;
        let reply = world.send(request, caller, &thing, let_in).await;
        let got = class(&reply);
        if got != Ok(expected) {
            differences.push(format!(
                "{} {} as {} on {}: expected {expected:?}, got {} {}",
                route.method, route.path, caller.name, thing.label, reply.status, reply.location
            ));
        }
    }
    differences
}

async fn every_route_answers_every_caller_as_the_table_says(backend: Backend) {
    let world = World::build(backend).await;
    let mut differences = vec![];
    let mut calls = 0;
    for route in ROUTES {
        // The callers of one route at once; routes one after another.
        let walks = world.callers.iter().map(|c| walk_route(&world, route, c));
        let found: Vec<Vec<String>> = stream::iter(walks)
            .buffer_unordered(CALLERS_AT_ONCE)
            .collect()
            .await;
        calls += found.len();
        differences.extend(found.into_iter().flatten());
    }
    assert!(calls >= ROUTES.len() * 11, "every route with every caller");
    assert!(
        differences.is_empty(),
        "{} answers differ from the access table:\n{}",
        differences.len(),
        differences.join("\n")
    );
}
