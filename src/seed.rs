//! `granty seed-demo`: a demo tenant with an open call, a clerk, three evaluators and two NGOs,
//! and a second call past its deadline with the NGOs' offers in every phase (see [`offers`]).

mod agreement_call;
mod calendar;
mod decisions;
mod evaluation;
mod offer_content;
mod offers;
mod past_call;
mod pdf;
mod plan;
mod scored_call;
mod settled_call;
mod settled_reports;

pub use offers::Files;

use anyhow::{Context, Result};
use chrono::{DateTime, Duration, TimeZone, Utc};
use granty_domain::call::{CallAction, CallInput, Publication};
use granty_domain::organisation::{OrganisationInput, RepresentativeInput};
use granty_domain::roles::Role;
use granty_domain::{Currency, Language};
use granty_store::accounts::{self, NewTenant, NewUser};
use granty_store::{calls, organisations, two_factor, Db, StoreError};

pub const DEMO_PASSWORD: &str = "granty-demo-2026";

pub struct DemoLogin {
    pub email: &'static str,
    pub role: Role,
    /// The person's name, as invitations and the audit trail show it.
    pub name: &'static str,
}

pub const DEMO_LOGINS: &[DemoLogin] = &[
    DemoLogin {
        email: "urzednik@demo.granty.pl",
        role: Role::Clerk,
        name: "Katarzyna Wiśniewska",
    },
    DemoLogin {
        email: "admin@demo.granty.pl",
        role: Role::Admin,
        name: "Piotr Zieliński",
    },
    DemoLogin {
        email: "oceniajacy1@demo.granty.pl",
        role: Role::Evaluator,
        name: "Jan Kowalczyk",
    },
    DemoLogin {
        email: "oceniajacy2@demo.granty.pl",
        role: Role::Evaluator,
        name: "Maria Lewandowska",
    },
    DemoLogin {
        email: "oceniajacy3@demo.granty.pl",
        role: Role::Evaluator,
        name: "Tomasz Wójcik",
    },
    DemoLogin {
        email: "fundacja@demo.granty.pl",
        role: Role::Ngo,
        name: "Anna Nowak",
    },
    DemoLogin {
        email: "stowarzyszenie@demo.granty.pl",
        role: Role::Ngo,
        name: "Ewa Kamińska",
    },
    DemoLogin {
        email: TWO_FACTOR_CLERK,
        role: Role::Clerk,
        name: "Marek Dąbrowski",
    },
];

/// A clerk who logs in with a two-factor code, to try the second step: type
/// [`DEMO_TOTP_SECRET`] into an authenticator app (the other demo logins need no code).
pub const TWO_FACTOR_CLERK: &str = "urzednik2fa@demo.granty.pl";
/// Fixed and printed on purpose: the demo town only, never a real account.
pub const DEMO_TOTP_SECRET: &str = "GRANTYDEMOTOTPSECRETGRANTYDEMO23";

/// What seed-demo created besides the logins and the open call.
pub struct Seeded {
    pub past_call: &'static str,
    /// How many of the past call's offers are in each phase.
    pub phases: Vec<(&'static str, usize)>,
    /// The call in evaluation (call 3) and its committee.
    pub evaluation: evaluation::Seeded,
    /// The scored call (call 4), ready for the awards.
    pub scored: scored_call::Seeded,
    /// The decided call (call 5) and its agreement in realisation.
    pub agreement: agreement_call::Seeded,
    /// The call from 2024 (call 6): an agreement settled with a return paid late, and a final
    /// report awaiting the clerk's review.
    pub settled: settled_call::Seeded,
    /// The foundation's and the clerk's calendar feeds.
    pub calendar: calendar::Seeded,
}

/// Seeds the demo tenant once; `None` when it already existed.
pub async fn seed_demo(db: &Db, files: &Files<'_>, now: DateTime<Utc>) -> Result<Option<Seeded>> {
    if accounts::tenant_by_slug(&db.reader, "demo").await.is_ok() {
        return Ok(None);
    }
    let tenant = accounts::create_tenant(
        db,
        NewTenant {
            slug: "demo",
            name: "Gmina Demo",
            time_zone: chrono_tz::Europe::Warsaw,
            currency: Currency::PLN,
            default_language: Language::Pl,
        },
        now,
    )
    .await
    .map_err(store)?;
    let mut ids = Vec::new();
    for login in DEMO_LOGINS {
        let id = accounts::create_user(
            db,
            NewUser {
                email: login.email,
                password: DEMO_PASSWORD,
                display_name: login.name,
                language: Language::Pl,
            },
            now,
        )
        .await
        .map_err(store)?;
        accounts::grant_role(db, id, tenant.id, login.role, now)
            .await
            .map_err(store)?;
        if login.email == TWO_FACTOR_CLERK {
            two_factor::enrol_fixed_secret(db, id, DEMO_TOTP_SECRET, now)
                .await
                .map_err(store)?;
        }
        ids.push(id);
    }
    let actor = |index: usize, role: Role| granty_store::Actor {
        user_id: ids[index],
        email: DEMO_LOGINS[index].email.to_string(),
        display_name: String::new(),
        language: Language::Pl,
        role,
        tenant: tenant.clone(),
    };
    let foundation = organisations::create(
        db,
        &actor(5, Role::Ngo),
        &organisation(
            FOUNDATION,
            "foundation",
            "5260001246",
            "123456785",
            "0000123456",
        ),
        now,
    )
    .await
    .map_err(store)?;
    let association = organisations::create(
        db,
        &actor(6, Role::Ngo),
        &organisation(
            ASSOCIATION,
            "association",
            "7740001454",
            "123456785",
            "0000654321",
        ),
        now,
    )
    .await
    .map_err(store)?;
    let clerk = actor(0, Role::Clerk);
    create_open_call(db, &clerk, now).await?;
    let ngos = [
        offers::Ngo {
            actor: actor(5, Role::Ngo),
            organisation_id: foundation.id,
            organisation_name: FOUNDATION,
            contact: ("Anna Nowak", "anna@fundacja.example.org"),
        },
        offers::Ngo {
            actor: actor(6, Role::Ngo),
            organisation_id: association.id,
            organisation_name: ASSOCIATION,
            contact: ("Ewa Kamińska", "ewa@stowarzyszenie.example.org"),
        },
    ];
    // The past call is created after the open one, so the open call stays call 1 with its
    // receipts starting at K1/…/0001, as the browser journeys expect.
    let past = past_call::create_past_call(db, &clerk, now).await?;
    let phases = offers::seed_offers(db, files, &clerk, &ngos, &past).await?;
    let evaluators = [
        actor(2, Role::Evaluator),
        actor(3, Role::Evaluator),
        actor(4, Role::Evaluator),
    ];
    let evaluation =
        evaluation::seed_evaluation(db, files, &clerk, &ngos, &evaluators, now).await?;
    let [third, fourth, ..] = &evaluation.more[..] else {
        anyhow::bail!("the call in evaluation seeds three more organisations");
    };
    let filers = [&ngos[0], &ngos[1], third, fourth];
    let scored = scored_call::seed_scored_call(db, files, &clerk, filers, &evaluators, now).await?;
    let people = agreement_call::People {
        clerk: &clerk,
        admin: &actor(1, Role::Admin),
        ngo: &ngos[0],
        evaluators: &evaluators,
    };
    let agreement = agreement_call::seed_agreement_call(db, files, &people, now).await?;
    // Seeded last, so the earlier calls, offers and agreements keep the ids the journeys use.
    let parties = settled_call::Parties {
        clerk: &clerk,
        foundation: &ngos[0],
        association: &ngos[1],
        evaluators: &evaluators,
    };
    let settled = settled_call::seed_settled_call(db, files, &parties).await?;
    let calendar =
        calendar::seed_calendar_feeds(db, &ngos[0].actor, foundation.id, &clerk, now).await?;
    Ok(Some(Seeded {
        past_call: past_call::PAST_CALL_TITLE,
        phases,
        evaluation,
        scored,
        agreement,
        settled,
        calendar,
    }))
}

const FOUNDATION: &str = "Fundacja Zielony Zakątek";
const ASSOCIATION: &str = "Stowarzyszenie Aktywni Razem";

/// The call open for four weeks from seeding, announced yesterday; the browser journeys file
/// their offers in it.
async fn create_open_call(db: &Db, clerk: &granty_store::Actor, now: DateTime<Utc>) -> Result<()> {
    let zone = chrono_tz::Europe::Warsaw;
    let local_deadline = (now + Duration::weeks(4)).with_timezone(&zone).date_naive();
    let deadline = zone
        .from_local_datetime(
            &local_deadline
                .and_hms_opt(15, 30, 0)
                .context("deadline time")?,
        )
        .earliest()
        .context("deadline in zone")?
        .with_timezone(&Utc);
    let realisation_start = local_deadline + Duration::days(30);
    let input = CallInput {
        title: "Otwarty konkurs ofert: kultura i dziedzictwo lokalne".into(),
        task_area: "Kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego".into(),
        description: "Wspieranie wydarzeń kulturalnych dla mieszkańców gminy.".into(),
        budget: "150000".into(),
        min_grant: "5000".into(),
        max_grant: "30000".into(),
        min_own_contribution: "10".into(),
        admin_cost_cap: "15".into(),
        opens_at: Some(now - Duration::days(1)),
        deadline: Some(deadline),
        realisation_start: Some(realisation_start),
        realisation_end: Some(realisation_start + Duration::days(180)),
        required_attachments: vec![granty_domain::call::RequiredAttachment {
            code: "statut".into(),
            name: "Statut organizacji".into(),
        }],
        ..CallInput::default()
    };
    let published_on = (now - Duration::days(1)).with_timezone(&zone).date_naive();
    let call = calls::create(db, clerk, &input, None, now - Duration::days(1))
        .await
        .map_err(store)?;
    calls::transition(
        db,
        clerk,
        call.id,
        CallAction::Publish {
            confirm_short_deadline: false,
            // The demo town announced it in BIP and on its notice board the same day.
            publication: Publication {
                bip_on: Some(published_on),
                notice_board_on: Some(published_on),
                website_on: None,
            },
        },
        now - Duration::days(1),
    )
    .await
    .map_err(store)?;
    Ok(())
}

fn organisation(name: &str, form: &str, nip: &str, regon: &str, krs: &str) -> OrganisationInput {
    OrganisationInput {
        name: name.into(),
        legal_form: form.into(),
        krs: krs.into(),
        nip: nip.into(),
        regon: regon.into(),
        street: "ul. Rynek 1".into(),
        postal_code: "00-001".into(),
        city: "Demo".into(),
        country: "PL".into(),
        email: "kontakt@example.org".into(),
        phone: String::new(),
        bank_account: "PL61109010140000071219812874".into(),
        representatives: vec![RepresentativeInput {
            name: "Anna Nowak".into(),
            function: "Prezes Zarządu".into(),
        }],
        representation_rule: "prezes zarządu samodzielnie".into(),
        signatures_required: Some(1),
    }
}

fn store(error: StoreError) -> anyhow::Error {
    anyhow::anyhow!("seeding the demo tenant: {error:?}")
}

impl Seeded {
    /// What seed-demo tells the person who ran it.
    pub fn print(&self, public_url: &url::Url) {
        let seeded = self;
        println!("Demo tenant `demo` created, with:");
        println!("  an open call (call 1), no offers yet;");
        println!("  \"{}\" (call 2), past its deadline:", seeded.past_call);
        for (phase, count) in &seeded.phases {
            println!("    {count} offer(s) {phase}");
        }
        let evaluation = &seeded.evaluation;
        println!("  \"{}\" (call 3), in evaluation:", evaluation.title);
        println!(
            "    {} formally accepted offer(s), {} per offer, assigned to the {} demo evaluators",
            evaluation.offers, evaluation.per_offer, evaluation.members
        );
        println!(
            "    (oceniajacy3 is an NGO nominee); none has declared impartiality yet: an evaluator \
             who logs in is asked to declare first, at /evaluations/calls/3/declaration"
        );
        let scored = &seeded.scored;
        println!("  \"{}\" (call 4), scored:", scored.title);
        println!(
            "    {} formally accepted offer(s), every card submitted by the 3 demo evaluators, no \
             awards yet: the pool covers only part of \"{}\" (fundacja@), at /clerk/calls/4/ranking",
            scored.offers, scored.partly_covered
        );
        self.agreement.print();
        self.settled.print();
        self.calendar.print(public_url);
    }
}
