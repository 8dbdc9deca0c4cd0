//! Who makes an address, and what a rotated or guessed one answers: a new address stops the old
//! one at once; another organisation's member, the staff and the logged-out cannot make or
//! read an organisation's; a clerk's feed stops when the person is no longer staff.

use super::*;
use crate::on_both_databases;
use granty_domain::roles::Role;
use granty_store::entities::{audit_event, calendar_feed, membership};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

on_both_databases!(
    a_new_address_stops_the_old_one_at_once,
    only_the_organisations_members_make_its_address,
    a_clerks_address_is_the_staffs_own_and_ends_with_the_role,
);

async fn audited(app: &TestApp, action: &str) -> usize {
    audit_event::Entity::find()
        .filter(audit_event::Column::Entity.eq("calendar_feed"))
        .filter(audit_event::Column::Action.eq(action))
        .all(&app.db.reader)
        .await
        .expect("audit")
        .len()
}

async fn a_new_address_stops_the_old_one_at_once(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let path = organisation_feed(s.organisation);
    let (status, before) = app.get(&s.ngo, &path).await;
    assert_eq!(status, StatusCode::OK, "{before}");
    assert_eq!(before["active"], false);

    let (status, first) = issue(&app, &s.ngo, &path).await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    let old = url_of(&app, &first);
    assert_eq!(fetch(&app, &old).await.0, StatusCode::OK);
    // Only the hash is stored: the database never holds the address's token.
    let token = old
        .rsplit('/')
        .next()
        .expect("token")
        .trim_end_matches(".ics");
    let rows = calendar_feed::Entity::find()
        .all(&app.db.reader)
        .await
        .expect("rows");
    assert_eq!(rows.len(), 1);
    assert_ne!(rows[0].token_hash, token);
    assert_eq!(rows[0].token_hash.len(), 64);

    app.clock.advance(chrono::Duration::minutes(5));
    let (status, second) = issue(&app, &s.ngo, &path).await;
    assert_eq!(status, StatusCode::OK, "{second}");
    assert_eq!(second["rotated"], true);
    let new = url_of(&app, &second);
    assert_ne!(new, old);
    let (status, _, body) = fetch(&app, &old).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "the old address still works: {body}"
    );
    assert!(!body.contains("VCALENDAR"));
    assert_eq!(fetch(&app, &new).await.0, StatusCode::OK);
    let (_, after) = app.get(&s.ngo, &path).await;
    assert_eq!(after["active"], true);
    assert_eq!(after["created_at"], first["made_at"]);
    assert_eq!(after["renewed_at"], second["made_at"]);
    assert_eq!(
        (audited(&app, "create").await, audited(&app, "rotate").await),
        (1, 1)
    );
    // Still one row: the address was replaced in place.
    let rows = calendar_feed::Entity::find()
        .all(&app.db.reader)
        .await
        .expect("rows");
    assert_eq!(rows.len(), 1);

    // Guessed, malformed and suffix-less addresses are unknown alike.
    let guessed = app.url(&format!("/calendar/{}.ics", "ab".repeat(32)));
    for url in [
        guessed,
        app.url("/calendar/nothing.ics"),
        new.replace(".ics", ""),
    ] {
        assert_eq!(fetch(&app, &url).await.0, StatusCode::NOT_FOUND, "{url}");
    }
}

async fn only_the_organisations_members_make_its_address(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let stranger = app.user("obca@example.org", Role::Ngo).await;
    app.organisation(&stranger, "Obca Fundacja", "7740001454")
        .await;
    let evaluator = app.user("ocena@miasto.pl", Role::Evaluator).await;
    let path = organisation_feed(s.organisation);
    // Another organisation's member, the town's clerk and an evaluator: as if it did not exist.
    for token in [&stranger, &s.clerk, &evaluator] {
        assert_eq!(issue(&app, token, &path).await.0, StatusCode::NOT_FOUND);
        assert_eq!(app.get(token, &path).await.0, StatusCode::NOT_FOUND);
    }
    let (status, _) = app.send(app.client.post(app.url(&path))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(audited(&app, "create").await, 0);
    // An organisation of another town is unknown to this town's members.
    let elsewhere = app.other_tenant("inne-miasto").await;
    let outsider = app
        .user_in("inna@example.org", Role::Ngo, elsewhere, "inne-miasto")
        .await;
    assert_eq!(issue(&app, &outsider, &path).await.0, StatusCode::NOT_FOUND);
    // Its own member makes it.
    let (status, made) = issue(&app, &s.ngo, &path).await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
}

async fn a_clerks_address_is_the_staffs_own_and_ends_with_the_role(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let evaluator = app.user("ocena@miasto.pl", Role::Evaluator).await;
    for token in [&s.ngo, &evaluator] {
        assert_eq!(
            issue(&app, token, CLERK_FEED).await.0,
            StatusCode::FORBIDDEN
        );
        assert_eq!(app.get(token, CLERK_FEED).await.0, StatusCode::FORBIDDEN);
    }
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let (status, mine) = issue(&app, &s.clerk, CLERK_FEED).await;
    assert_eq!(status, StatusCode::CREATED, "{mine}");
    let (status, theirs) = issue(&app, &admin, CLERK_FEED).await;
    assert_eq!(
        status,
        StatusCode::CREATED,
        "each of the staff has their own: {theirs}"
    );
    let url = url_of(&app, &mine);
    let (status, _, body) = fetch(&app, &url).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("BEGIN:VTIMEZONE"));

    // The clerk becomes an NGO member: the address stops with the role.
    let row = membership::Entity::find()
        .filter(membership::Column::TenantId.eq(app.tenant_id))
        .filter(membership::Column::Role.eq("clerk"))
        .one(&app.db.writer)
        .await
        .expect("membership")
        .expect("the clerk");
    let mut row = row.into_active_model();
    row.role = Set("ngo".into());
    row.update(&app.db.writer).await.expect("role");
    assert_eq!(fetch(&app, &url).await.0, StatusCode::NOT_FOUND);
    assert_eq!(fetch(&app, &url_of(&app, &theirs)).await.0, StatusCode::OK);
}
