//! The partners of a joint offer as signing parties: each partner named in the offer is matched
//! to its organisation in Granty (the offer's partner links, by registration number, else by
//! name), whose members sign for it with as many signatures as its representation rule needs
//! (art. 14 ust. 5, art. 16 ust. 6). A partner without an account signs on paper.

use crate::entities::{application_partner, organisation};
use crate::error::StoreResult;
use granty_domain::agreement::{Party, PartyRole};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// The organisations linked as partners of offer `application_id`.
pub(super) async fn partner_organisations(
    conn: &impl ConnectionTrait,
    application_id: i64,
) -> StoreResult<Vec<organisation::Model>> {
    let ids: Vec<i64> = application_partner::Entity::find()
        .filter(application_partner::Column::ApplicationId.eq(application_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| p.organisation_id)
        .collect();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(conn)
        .await?)
}

/// Gives each partner party its organisation and signature count, where one matches.
pub(super) fn link(parties: &mut [Party], organisations: &[organisation::Model]) {
    let digits = |text: &str| -> String { text.chars().filter(char::is_ascii_digit).collect() };
    for party in parties.iter_mut().filter(|p| p.role == PartyRole::Partner) {
        let number = digits(&party.registration_number);
        let same_number = |o: &&organisation::Model| {
            !number.is_empty()
                && (digits(&o.nip) == number
                    || o.krs.as_deref().map(digits) == Some(number.clone()))
        };
        let same_name =
            |o: &&organisation::Model| o.name.trim().eq_ignore_ascii_case(party.name.trim());
        let found = organisations
            .iter()
            .find(same_number)
            .or_else(|| organisations.iter().find(same_name));
        if let Some(o) = found {
            party.organisation_id = Some(o.id);
            party.signatures_required = u32::try_from(o.signatures_required.max(1)).unwrap_or(1);
        }
    }
}
